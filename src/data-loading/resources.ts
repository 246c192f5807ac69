import { loadAgreementLexicon, type AgreementLexicon } from '../agreements/agreement-lexicon.ts';
import { loadClaimRules, type ClaimRules } from '../consolidate/claim-rules.ts';
import { loadCountryLexicon, type CountryLexicon } from '../actors/country-lexicon.ts';
import { loadActorLexicon, type ActorLexicon } from '../actors/actor-lexicon.ts';
import { loadEventLexicon, type EventLexicon } from '../events/event-lexicon.ts';
import { loadTimeLexicon, type TimeLexicon } from '../time/lexicon.ts';

/** Everything the stages read, loaded once from `data/` and packages before any article is processed. */
export interface Resources {
  countries: CountryLexicon;
  actors: ActorLexicon;
  events: EventLexicon;
  time: TimeLexicon;
  agreements: AgreementLexicon;
  claims: ClaimRules;
}

/**
 * Loads and validates every resource; throws E020 on a bad data file.
 * @example const resources = loadResources();
 */
export function loadResources(dataDir?: string): Resources {
  return {
    countries: loadCountryLexicon(dataDir),
    actors: loadActorLexicon(dataDir),
    events: loadEventLexicon(dataDir),
    time: loadTimeLexicon(dataDir),
    agreements: loadAgreementLexicon(dataDir),
    claims: loadClaimRules(dataDir),
  };
}
