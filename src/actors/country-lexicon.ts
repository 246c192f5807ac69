import countries, { type Country } from 'world-countries';
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
  /** Whether the phrase matches only as written: capitals and periods, up to 6 characters ("US", "U.K."). */
  asWritten: boolean;
  /** For a historical name: the state's own ISO 3166-3 code and its last day ("Soviet Union" → SUN until 1991-12-26). */
  historical?: { code: string; until: string };
}

/** Whether a phrase matches only as written: capital letters and periods, up to 6 characters (US, U.K.). */
const asWritten = (phrase: string) => /^[A-Z.]+$/.test(phrase.replace(/\./g, '')) && phrase.length <= 6;

/** Countries by ISO alpha-3, and a matcher for every form of their names. */
export interface CountryLexicon {
  names: Map<string, string>;
  matcher: PhraseMatcher<CountryForm | { guard: string }>;
  /** Lower-cased country phrases that are also personal names ("chad", "jordan"), with their guard rule. */
  personNames: Map<string, string>;
}

const extraSchema = z.object({
  forms: z.array(
    z.object({
      id: z.string(),
      code: z.string().regex(/^[A-Z]{3}$/),
      form: z.string(),
      phrases: z.array(z.string()).min(1),
      note: z.string().optional(),
      historical: z.object({ code: z.string().regex(/^[A-Z]{3}$/), until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).optional(),
      example: z.string(),
    }),
  ),
  notCountry: z.array(z.object({ id: z.string(), phrases: z.array(z.string()).min(1), example: z.string() })),
  personNames: z.array(z.object({ id: z.string(), phrases: z.array(z.string()).min(1), example: z.string() })),
});

const PACKAGE_RULE = 'world-countries';
const FORM_ORDER = ['name', 'official-name', 'alternative-name', 'adjective', 'capital'];

/** Every phrase of the package with the countries and forms that use it. */
function packageForms(list: readonly Country[]): Map<string, { country: Country; form: string }[]> {
  const out = new Map<string, { country: Country; form: string }[]>();
  const add = (country: Country, phrase: string | undefined, form: string) => {
    if (!phrase || phrase.length < 2) return;
    out.set(phrase, [...(out.get(phrase) ?? []), { country, form }]);
  };
  for (const c of list) {
    add(c, c.name.common, 'name');
    add(c, c.name.official, 'official-name');
    add(c, `the ${c.name.official}`, 'official-name');
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[\x20-\x7e]+$/.test(alt)) add(c, alt, 'alternative-name');
    add(c, c.demonyms?.eng?.m, 'adjective');
    add(c, c.demonyms?.eng?.f, 'adjective');
    for (const capital of c.capital ?? []) add(c, capital, 'capital');
  }
  return out;
}

/**
 * The country a shared phrase stands for: the strongest form wins ("Niger" is a name before it is
 * anything else); between countries with the same form, the one UN member ("American" → USA, not the
 * Northern Mariana Islands); a phrase two UN members share ("Congolese") names neither.
 */
function pickCountry(candidates: { country: Country; form: string }[]): { country: Country; form: string } | null {
  const rank = (f: string) => FORM_ORDER.indexOf(f);
  const best = Math.min(...candidates.map((c) => rank(c.form)));
  const top = candidates.filter((c) => rank(c.form) === best);
  const codes = new Set(top.map((c) => c.country.cca3));
  if (codes.size === 1) return top[0];
  const members = top.filter((c) => c.country.unMember);
  return new Set(members.map((c) => c.country.cca3)).size === 1 ? members[0] : null;
}

/**
 * Builds the country lexicon from the world-countries package plus `data/actors/countries-extra.yaml`.
 * Guards ("National Security Council") are added as blocking phrases, matched longest-first.
 */
export function loadCountryLexicon(dataDir?: string): CountryLexicon {
  const extra = loadDataFile('actors/countries-extra.yaml', extraSchema, dataDir);
  assertUniqueIds('actors/countries-extra.yaml', [...extra.forms, ...extra.notCountry, ...extra.personNames]);
  const personNames = new Map<string, string>();
  for (const g of extra.personNames) for (const p of g.phrases) personNames.set(p.toLowerCase(), g.id);
  const names = new Map<string, string>();
  const matcher = new PhraseMatcher<CountryForm | { guard: string }>([]);
  for (const g of extra.notCountry) for (const p of g.phrases) matcher.add(p, { guard: g.id });
  const list = ((countries as unknown as { default?: Country[] }).default ?? countries) as Country[];
  for (const c of list) names.set(c.cca3, c.name.common);
  for (const f of extra.forms) {
    for (const phrase of f.phrases) {
      matcher.add(phrase, { code: f.code, name: names.get(f.code) ?? f.code, form: f.form, rule: f.id, phrase, asWritten: asWritten(phrase), ...(f.historical ? { historical: f.historical } : {}) });
    }
  }
  for (const [phrase, candidates] of packageForms(list)) {
    const chosen = pickCountry(candidates);
    if (chosen) matcher.add(phrase, { code: chosen.country.cca3, name: chosen.country.name.common, form: chosen.form, rule: `${PACKAGE_RULE}.${chosen.form}`, phrase, asWritten: asWritten(phrase) });
  }
  return { names, matcher, personNames };
}
