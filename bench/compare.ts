import type { IngestRunResult } from './ingest-run.ts';
import { median } from './median.ts';
import { analysisMs } from './report.ts';

/** One pair of ingests of the same corpus, one on each side, run one after the other. */
export interface IngestPair {
  base: IngestRunResult;
  head: IngestRunResult;
}

/** A figure per article of both sides over the pairs: head ÷ base per pair, and their median. */
export interface PairedFigure {
  name: string;
  /** Milliseconds per article, base and head, per pair. */
  base: number[];
  head: number[];
  /** head ÷ base per pair. */
  ratios: number[];
  median: number;
}

/** What bench:compare found. */
export interface Comparison {
  pairs: number;
  articles: number;
  figures: PairedFigure[];
  /** Why the two sides are not doing the same work, when they are not (different articles stored or events made). */
  mismatch?: string;
}

/**
 * The figures compared, each in milliseconds per stored article (totals here, divided by the articles stored):
 * `steady` is the wall time per article at the steady rate, from the second batch write to the end (see ingest-run.ts), the figure
 * that tells worker runs apart.
 */
const FIGURES: [string, (r: IngestRunResult) => number][] = [
  ['cpu', (r) => r.cpuSeconds * 1000],
  ['wall', (r) => r.seconds * 1000],
  ['steady', (r) => (1000 * r.stored) / r.steadyArticlesPerSecond],
  ['analysis', analysisMs],
  ['store', (r) => r.timings.store ?? 0],
  ['consolidate', (r) => r.timings.consolidate ?? 0],
];

/**
 * Compares pairs of ingests, pair by pair: on a noisy machine the two runs of a pair share its conditions, so
 * the ratio within a pair is steadier than either side's absolute figure, and the median over pairs steadier still.
 * @example comparePairs(pairs).figures.find((f) => f.name === 'cpu')!.median // 0.93
 */
export function comparePairs(pairs: readonly IngestPair[]): Comparison {
  if (!pairs.length) throw new Error('no pairs to compare');
  const articles = pairs[0].base.stored;
  const mismatches = pairs
    .filter(({ base, head }) => base.stored !== head.stored || base.events !== head.events)
    .map(({ base, head }) => `base stored ${base.stored} articles and made ${base.events} events, head ${head.stored} and ${head.events}`);
  const figures = FIGURES.map(([name, of]): PairedFigure => {
    const base = pairs.map((p) => of(p.base) / p.base.stored);
    const head = pairs.map((p) => of(p.head) / p.head.stored);
    const ratios = base.map((b, i) => head[i] / b);
    return { name, base, head, ratios, median: median(ratios) };
  });
  return { pairs: pairs.length, articles, figures, ...(mismatches.length ? { mismatch: mismatches[0] } : {}) };
}

/** A comparison as text: per figure, each side's milliseconds per article by pair, and head ÷ base (median, range). */
export function formatComparison(c: Comparison, base: string, head: string): string {
  const ms = (v: number[]) => v.map((x) => x.toFixed(2)).join(' ');
  const lines = [`${c.pairs} pairs of ingests of ${c.articles} articles; ms per article (by pair), and head ÷ base`, `  base ${base}`, `  head ${head}`];
  for (const f of c.figures) {
    const lo = Math.min(...f.ratios);
    const hi = Math.max(...f.ratios);
    lines.push(`  ${f.name.padEnd(12)} base ${ms(f.base)} | head ${ms(f.head)} | ${f.median.toFixed(3)}x (${lo.toFixed(3)}–${hi.toFixed(3)})`);
  }
  if (c.mismatch) lines.push(`  the two sides did different work: ${c.mismatch}`);
  return lines.join('\n');
}
