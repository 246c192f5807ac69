import fs from 'node:fs';
import path from 'node:path';
import type { Timex } from '../model/annotations.ts';
import { loadTimeLexicon, type TimeLexicon } from '../time/lexicon.ts';
import { tagRawText } from '../time/tag-text.ts';
import { prf, type EvalReport, type Scorer } from './report.ts';
import { missingShared, sharedPath } from './shared-path.ts';

/** One gold time expression of gold/seeds.json (`occ`: 0-based occurrence of `text` in the article). */
export interface SeedTimex {
  text: string;
  occ?: number;
  type: string;
  value: string;
  mod?: string;
}

/** How one gold expression fared: found with the right extent, value, type and mod. */
export interface SeedTimexResult {
  doc: string;
  gold: SeedTimex;
  found: Timex | null;
  exact: boolean;
  valueRight: boolean;
  typeRight: boolean;
}

const isWordChar = (ch: string | undefined) => !!ch && /\w/.test(ch);

/**
 * Offset of the `occ`-th whole-word occurrence of `needle` in `text` ("now" is not in "known"), or -1.
 * @example nthIndexOf('a b a', 'a', 1) // 4
 */
export function nthIndexOf(text: string, needle: string, occ: number): number {
  let seen = -1;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + needle.length])) continue;
    if (++seen === occ) return at;
  }
  return -1;
}

/**
 * Compares the tagger's output on one article with its gold timexes: a gold expression is found
 * by the system expression overlapping it; its value is right when value and mod both match.
 * @example compareSeed('a.txt', rawText, '2017-02-17', goldTimexes, lexicon)
 */
export function compareSeed(doc: string, raw: string, dct: string, gold: readonly SeedTimex[], lexicon: TimeLexicon): { results: SeedTimexResult[]; system: Timex[] } {
  const { timexes } = tagRawText(raw, dct, lexicon);
  const results = gold.map((g) => {
    const start = nthIndexOf(raw, g.text, g.occ ?? 0);
    const end = start + g.text.length;
    const found = start < 0 ? null : (timexes.find((t) => t.start < end && start < t.end) ?? null);
    return {
      doc,
      gold: g,
      found,
      exact: !!found && found.start === start && found.end === end,
      valueRight: !!found && found.value === g.value && (found.mod ?? '') === (g.mod ?? ''),
      typeRight: !!found && found.type === g.type,
    };
  });
  return { results, system: timexes };
}

/** Scores the tagger on the 33 seed time expressions, each article at its dct_for_timex_scoring. */
export const timeSeedsScorer: Scorer = {
  name: 'time-seeds',
  async run(): Promise<EvalReport> {
    const goldFile = sharedPath('gold/seeds.json');
    const seedsDir = sharedPath('corpus/seeds');
    if (!goldFile || !seedsDir) return { name: 'time-seeds', rows: [], skipped: missingShared('gold/seeds.json and corpus/seeds') };
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as {
      documents: Record<string, { dct_for_timex_scoring?: string; published?: string }>;
      timexes: Record<string, SeedTimex[]>;
    };
    const lexicon = loadTimeLexicon();
    const all: SeedTimexResult[] = [];
    let systemCount = 0;
    for (const [doc, timexes] of Object.entries(gold.timexes)) {
      const meta = gold.documents[doc] ?? {};
      const raw = fs.readFileSync(path.join(seedsDir, doc), 'utf8');
      const { results, system } = compareSeed(doc, raw, meta.dct_for_timex_scoring ?? meta.published ?? '', timexes, lexicon);
      all.push(...results);
      systemCount += system.length;
    }
    const n = all.length;
    const found = all.filter((r) => r.found).length;
    const exact = all.filter((r) => r.exact).length;
    const valueRight = all.filter((r) => r.valueRight).length;
    const typeRight = all.filter((r) => r.typeRight).length;
    return {
      name: 'time-seeds',
      rows: [
        { part: 'timexes', metric: 'extent (relaxed)', prf: prf(found, systemCount - found, n - found) },
        { part: 'timexes', metric: 'extent (strict)', score: exact / n, detail: `${exact}/${n}` },
        { part: 'timexes', metric: 'type', score: typeRight / n, detail: `${typeRight}/${n}` },
        { part: 'timexes', metric: 'value+mod', score: valueRight / n, detail: `${valueRight}/${n}` },
      ],
      misses: all
        .filter((r) => !r.valueRight || !r.exact)
        .map((r) => `${r.doc}: "${r.gold.text}" ${r.gold.type} ${r.gold.value}${r.gold.mod ? ` ${r.gold.mod}` : ''} → ${r.found ? `"${r.found.text}" ${r.found.type} ${r.found.value}${r.found.mod ? ` ${r.found.mod}` : ''}` : 'not found'}`),
    };
  },
};
