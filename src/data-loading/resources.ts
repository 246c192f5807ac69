import { loadCountryLexicon, type CountryLexicon } from '../actors/country-lexicon.ts';
import { loadEventLexicon, type EventLexicon } from '../events/event-lexicon.ts';

/** Everything the stages read, loaded once from `data/` and packages before any article is processed. */
export interface Resources {
  countries: CountryLexicon;
  events: EventLexicon;
}

/**
 * Loads and validates every resource; throws E020 on a bad data file.
 * @example const resources = loadResources();
 */
export function loadResources(dataDir?: string): Resources {
  return {
    countries: loadCountryLexicon(dataDir),
    events: loadEventLexicon(dataDir),
  };
}
