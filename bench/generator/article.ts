import countries from 'world-countries';
import { Rng } from './rng.ts';
import {
  DEFINITE_NAMES, EVENT_TEMPLATES, FILLER_TEMPLATES, HEADLINES, MONTHS, NAME_SYLLABLES, RELATIVE_FUTURE, RELATIVE_PAST, TITLES, TOPICS, WEEKDAYS,
} from './vocabulary.ts';

/** One generated article, in the JSONL shape `dyad ingest` reads. */
export interface GeneratedArticle {
  title: string;
  published: string;
  source: string;
  text: string;
}

interface Country {
  name: string;
  adjective: string;
  capital: string;
  people: { name: string; surname: string; title: string }[];
}


function fictionalName(rng: Rng): { name: string; surname: string } {
  const first = rng.pick(NAME_SYLLABLES.first) + rng.pick(NAME_SYLLABLES.middle);
  const surname = rng.pick(NAME_SYLLABLES.first) + rng.pick(NAME_SYLLABLES.middle) + rng.pick(NAME_SYLLABLES.last);
  return { name: `${first} ${surname}`, surname };
}

/** The fields of a world-countries record the generator reads. */
interface PackageCountry {
  independent: boolean;
  capital?: string[];
  name: { common: string };
  demonyms: { eng: { m: string } };
}

/** The country pool: independent countries with a capital and an adjective, each with five fictional office holders. */
function buildCountries(seed: number): Country[] {
  const rng = new Rng(seed ^ 0x5f3759df);
  const all = ((countries as unknown as { default?: unknown }).default ?? countries) as unknown as PackageCountry[];
  const list = all.filter(
    (c) => c.independent && c.capital?.[0] && c.demonyms?.eng?.m && /^[A-Za-z .'-]+$/.test(c.name.common),
  );
  // shuffle so the seed decides which countries are "in the news" most
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list.map((c) => ({
    name: DEFINITE_NAMES.test(c.name.common) ? `the ${c.name.common}` : c.name.common,
    adjective: c.demonyms.eng.m,
    capital: c.capital![0],
    people: TITLES.slice(0, 5).map((_, k) => ({ ...fictionalName(rng), title: TITLES[(k + rng.int(0, 4)) % TITLES.length] })),
  }));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date phrase fitting the status: past for what happened, future for what is planned, sometimes absolute. */
function datePhrase(rng: Rng, published: Date, future: boolean): string {
  const r = rng.next();
  if (r < 0.15) return '';
  if (r < 0.55) return rng.pick(future ? RELATIVE_FUTURE : RELATIVE_PAST);
  if (r < 0.7) return `on ${rng.pick(WEEKDAYS)}`;
  const shift = (future ? 1 : -1) * rng.int(1, 120) * 86400000;
  const d = new Date(published.getTime() + shift);
  const month = MONTHS[d.getUTCMonth()];
  if (r < 0.85) return `on ${month} ${d.getUTCDate()}`;
  if (r < 0.93) return `on ${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
  return `in ${month} ${d.getUTCFullYear()}`;
}

/** Picks a country index, skewed so a few countries dominate the news as they do in real corpora. */
function pickCountry(rng: Rng, n: number, not = -1): number {
  for (;;) {
    const i = Math.floor(n * rng.next() ** 2.2);
    if (i !== not) return i;
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A seeded generator of varied news articles (~600 words) about country pairs, with people and titles,
 * dates in many forms and events that happened, are planned, are denied or are only possible.
 * @example const gen = new ArticleGenerator(42); const first = gen.article(0);
 */
export class ArticleGenerator {
  private readonly countries: Country[];

  constructor(private readonly seed: number, private readonly targetWords = 600) {
    this.countries = buildCountries(seed);
  }

  /** Article number `i` of this seed's corpus: the same `(seed, i)` always gives the same article. */
  article(i: number): GeneratedArticle {
    const rng = new Rng((this.seed * 2654435761) ^ (i * 40503 + 1));
    const n = this.countries.length;
    const a = this.countries[pickCountry(rng, n)];
    const bIndex = pickCountry(rng, n, this.countries.indexOf(a));
    const b = this.countries[bIndex];
    const c = this.countries[pickCountry(rng, n, bIndex)];
    const published = new Date(Date.UTC(2015 + rng.int(0, 10), rng.int(0, 11), rng.int(1, 28)));
    const topic = rng.pick(TOPICS);
    const fill = (template: string, future: boolean, x: Country, y: Country): string => {
      const px = rng.pick(x.people);
      const py = rng.pick(y.people);
      const date = datePhrase(rng, published, future);
      const s = template
        .replace(/\{PA\}/g, `${x.adjective} ${px.title} ${px.name}`)
        .replace(/\{PB\}/g, `${y.adjective} ${py.title} ${py.name}`)
        .replace(/\{pa\}/g, px.surname)
        .replace(/\{pb\}/g, py.surname)
        .replace(/\{adjA\}/g, x.adjective)
        .replace(/\{adjB\}/g, y.adjective)
        .replace(/\{capA\}/g, x.capital)
        .replace(/\{capB\}/g, y.capital)
        .replace(/\{A\}/g, x.name)
        .replace(/\{B\}/g, y.name)
        .replace(/\{TOPIC\}/g, rng.chance(0.6) ? topic : rng.pick(TOPICS))
        .replace(/\{N\}/g, () => String(rng.int(2, 90)))
        .replace(/ ?\{DATE\}/g, date ? ` ${date}` : '');
      return cap(s);
    };
    const title = fill(rng.pick(HEADLINES), false, a, b).replace(/\.$/, '');
    const paragraphs: string[] = [];
    let words = 0;
    const used = new Set<string>();
    const fresh = (list: readonly string[]): string => {
      let t = rng.pick(list);
      for (let k = 0; k < 4 && used.has(t); k++) t = rng.pick(list);
      used.add(t);
      return t;
    };
    while (words < this.targetWords) {
      const sentences: string[] = [];
      for (let k = rng.int(1, 3); k > 0; k--) {
        let s: string;
        if (rng.chance(0.4)) {
          const r = rng.next();
          const status = r < 0.6 ? 'occurred' : r < 0.8 ? 'planned' : r < 0.9 ? 'negated' : 'hypothetical';
          const [x, y] = rng.chance(0.8) ? (rng.chance(0.5) ? [a, b] : [b, a]) : [a, c];
          s = fill(fresh(EVENT_TEMPLATES[status]), status === 'planned', x, y);
        } else s = fill(fresh(FILLER_TEMPLATES), false, a, b);
        sentences.push(s);
        words += s.split(' ').length;
      }
      paragraphs.push(sentences.join(' '));
    }
    const dateline = `${a.capital.toUpperCase()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()} -`;
    const text = `${title}\n\n${dateline} ${paragraphs.join('\n\n')}\n`;
    const iso = `${published.getUTCFullYear()}-${pad(published.getUTCMonth() + 1)}-${pad(published.getUTCDate())}`;
    return { title, published: iso, source: 'dyad-bench', text };
  }

  /** Articles `from` to `from + count - 1`. */
  *articles(count: number, from = 0): Generator<GeneratedArticle> {
    for (let i = from; i < from + count; i++) yield this.article(i);
  }
}
