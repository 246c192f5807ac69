import { loadOrganisationLexicon, type OrganisationLexicon } from './organisation-lexicon.ts';
import { loadPersonDictionary, type PersonDictionary } from './phoenix-persons.ts';
import { loadTitleLexicon, type TitleLexicon } from './title-lexicon.ts';

/** Everything the organisation, person and coreference stages read. */
export interface ActorLexicon {
  titles: TitleLexicon;
  organisations: OrganisationLexicon;
  persons: PersonDictionary;
}

/**
 * Loads titles, names, organisations and dictionary persons from `data/actors/`; throws E020 on a bad file.
 * @example const actors = loadActorLexicon();
 */
export function loadActorLexicon(dataDir?: string): ActorLexicon {
  return {
    titles: loadTitleLexicon(dataDir),
    organisations: loadOrganisationLexicon(dataDir),
    persons: loadPersonDictionary(dataDir),
  };
}
