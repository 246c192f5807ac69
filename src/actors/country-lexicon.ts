import countries from 'world-countries';
import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';
import { PhraseMatcher } from '../lexicon/phrase-matcher.ts';

/** One way of naming a country, with the rule that supplies it. */
export interface CountryForm {
  code: string;
  name: string;
  /** name, official-name, adjective, capital, seat-of-government, historical-name, ... */
  form: string;
  rule: string;
  /** The phrase as written in the data: all-capital phrases (US, UK) must match with the same case. */
  phrase: string;
}

/** Countries by ISO alpha-3, and a matcher for every form of their names. */
export interface CountryLexicon {
  names: Map<string, string>;
  matcher: PhraseMatcher<CountryForm | { guard: string }>;
}

const extraSchema = z.object({
  forms: z.array(
    z.object({
      id: z.string(),
      code: z.string().regex(/^[A-Z]{3}$/),
      form: z.string(),
      phrases: z.array(z.string()).min(1),
      note: z.string().optional(),
      example: z.string(),
    }),
  ),
  notCountry: z.array(z.object({ id: z.string(), phrases: z.array(z.string()).min(1), example: z.string() })),
});

const PACKAGE_RULE = 'world-countries';

/**
 * Builds the country lexicon from the world-countries package plus `data/actors/countries-extra.yaml`.
 * Guards ("National Security Council") are added as blocking phrases, matched longest-first.
 */
export function loadCountryLexicon(dataDir?: string): CountryLexicon {
  const extra = loadDataFile('actors/countries-extra.yaml', extraSchema, dataDir);
  assertUniqueIds('actors/countries-extra.yaml', [...extra.forms, ...extra.notCountry]);
  const names = new Map<string, string>();
  const matcher = new PhraseMatcher<CountryForm | { guard: string }>([]);
  for (const g of extra.notCountry) for (const p of g.phrases) matcher.add(p, { guard: g.id });
  const list = (countries as unknown as { default?: unknown }).default ?? countries;
  for (const c of list as typeof countries) names.set(c.cca3, c.name.common);
  for (const f of extra.forms) {
    for (const phrase of f.phrases) {
      matcher.add(phrase, { code: f.code, name: names.get(f.code) ?? f.code, form: f.form, rule: f.id, phrase });
    }
  }
  for (const c of list as typeof countries) {
    const name = c.name.common;
    const add = (phrase: string | undefined, form: string) => {
      if (!phrase || phrase.length < 2) return;
      matcher.add(phrase, { code: c.cca3, name, form, rule: `${PACKAGE_RULE}.${form}`, phrase });
    };
    add(name, 'name');
    add(c.name.official, 'official-name');
    add(`the ${c.name.official}`, 'official-name');
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[\x20-\x7e]+$/.test(alt)) add(alt, 'alternative-name');
    add(c.demonyms?.eng?.m, 'adjective');
    add(c.demonyms?.eng?.f, 'adjective');
    for (const capital of c.capital ?? []) add(capital, 'capital');
  }
  return { names, matcher };
}
