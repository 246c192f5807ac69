import fs from 'node:fs';
import path from 'node:path';
import { wordCount } from '../src/util/word-count.ts';
import { runIngest, tenSamples } from './run-child.ts';

/** One serial ingest of a share of the real corpus. */
export interface RealCorpusRun {
  /** The share of the corpus's lines ingested (its first lines). */
  share: number;
  articles: number;
  words: number;
  seconds: number;
  cpuSeconds: number;
  articlesPerCpuSecond: number;
  wordsPerCpuSecond: number;
  /** Consolidated events after the ingest (same-event mentions merged across stories). */
  events: number;
  /** Wall seconds of the per-batch consolidation, summed. */
  batchConsolidateSeconds: number;
  /** CPU time, and per-batch consolidation time, over the smallest share's (what 10× the articles costs). */
  cpuRatio: number;
  batchConsolidateRatio: number;
  retainedHeapMB: number;
  ingestPeakRssMB: number;
  dbMB: number;
}

/** The real-corpus figures, or why they are missing. */
export type RealCorpusResult = { corpus: string; runs: RealCorpusRun[] } | { absent: string };

/**
 * Ingests the first tenth and then the whole of a real JSONL corpus (the Reuters-21578 stories in
 * ../shared), serially with retained-memory sampling, and reports rates and how time and memory grow
 * with 10× the articles on real text rather than generated.
 * @example measureRealCorpus('../shared/corpus/reuters21578/reuters21578.jsonl', '/tmp/b', [0.1, 1])
 */
export function measureRealCorpus(file: string | null, tmp: string, shares: readonly number[] = [0.1, 1], log: (msg: string) => void = () => {}): RealCorpusResult {
  if (!file) return { absent: 'the real corpus (../shared/corpus/reuters21578/reuters21578.jsonl) is absent' };
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  // words of each line, counted once for every share (a broken line has none: the ingest counts it as failed)
  const wordsOfLine = lines.map((l) => {
    try {
      return wordCount(String((JSON.parse(l) as { text?: unknown }).text ?? ''));
    } catch {
      return 0;
    }
  });
  const runs: RealCorpusRun[] = [];
  for (const share of shares) {
    const n = Math.round(lines.length * share);
    const part = lines.slice(0, n);
    const corpus = path.join(tmp, `real-${share}.jsonl`);
    fs.writeFileSync(corpus, `${part.join('\n')}\n`);
    const words = wordsOfLine.slice(0, n).reduce((sum, w) => sum + w, 0);
    log(`real corpus: ${n} stories (${Math.round(share * 100)}%)`);
    const run = runIngest({ corpus, db: path.join(tmp, `real-${share}.sqlite`), workers: 0, sampleEvery: tenSamples(n) }, { sampleRetained: true });
    fs.rmSync(corpus, { force: true });
    const batchConsolidateSeconds = (run.timings.consolidate ?? 0) / 1000;
    // without the memory sampling's forced collections
    const cpuSeconds = run.cpuSeconds - run.sampleSeconds;
    const base = runs[0];
    runs.push({
      share,
      articles: run.stored,
      words,
      seconds: run.seconds - run.sampleSeconds,
      cpuSeconds,
      articlesPerCpuSecond: run.stored / cpuSeconds,
      wordsPerCpuSecond: words / cpuSeconds,
      events: run.events,
      batchConsolidateSeconds,
      cpuRatio: base ? cpuSeconds / base.cpuSeconds : 1,
      batchConsolidateRatio: base ? batchConsolidateSeconds / base.batchConsolidateSeconds : 1,
      retainedHeapMB: run.retainedHeapMB ?? NaN,
      ingestPeakRssMB: run.ingestPeakRssMB,
      dbMB: run.dbMB,
    });
  }
  return { corpus: path.basename(file), runs };
}

/** The summary lines of the real-corpus figures. */
export function realCorpusLines(r: RealCorpusResult | undefined): string[] {
  if (!r) return [];
  if ('absent' in r) return [`real corpus: skipped (${r.absent})`];
  return r.runs.map(
    (x) =>
      `real corpus ${r.corpus}, first ${Math.round(x.share * 100)}% (${x.articles} stories, ${Math.round(x.words / Math.max(1, x.articles))} words each): ${x.articlesPerCpuSecond.toFixed(1)} articles and ${Math.round(x.wordsPerCpuSecond)} words per CPU second, ${x.events} events; ${x.cpuRatio.toFixed(1)}× the first share's CPU time, per-batch consolidation ${x.batchConsolidateRatio.toFixed(1)}×; memory kept ${Math.round(x.retainedHeapMB)} MB heap (peak RSS ${Math.round(x.ingestPeakRssMB)} MB), database ${x.dbMB.toFixed(1)} MB`,
  );
}
