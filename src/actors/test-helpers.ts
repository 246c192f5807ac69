import { loadActorLexicon, type ActorLexicon } from './actor-lexicon.ts';
import { loadCountryLexicon, type CountryLexicon } from './country-lexicon.ts';
import type { Resources } from '../data-loading/resources.ts';
import { makeDoc, type ArticleDoc } from '../model/doc.ts';
import { parseIsoDate } from '../model/calendar-date.ts';
import { createAnalyzer, type Analyzer } from '../pipeline/analyze.ts';
import { tokenizeStage } from '../pipeline/stages/tokenize.ts';
import { countriesStage } from '../pipeline/stages/countries.ts';
import { ACTOR_STAGES } from '../pipeline/stages/actors.ts';

let lexicons: { countries: CountryLexicon; actors: ActorLexicon } | null = null;
let analyzer: Analyzer | null = null;

/**
 * Runs tokenize, countries and the actor stages over a text, with only the resources they read (so actor
 * tests do not depend on other areas' data files). Loaded once per test process.
 * @example analyzeActors('Foreign Minister Ana Ruiz of Wakanda said.', '2020-01-02').roles
 */
export function analyzeActors(text: string, published: string | null = null): ArticleDoc {
  lexicons ??= { countries: loadCountryLexicon(), actors: loadActorLexicon() };
  analyzer ??= createAnalyzer(lexicons as unknown as Resources, [tokenizeStage, countriesStage, ...ACTOR_STAGES]);
  return analyzer.analyze(makeDoc({ id: 't', name: 't', text, published: published ? parseIsoDate(published) : null }));
}
