import fs from 'node:fs';
import path from 'node:path';
import { runIngest } from './run-child.ts';

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
  const runs: RealCorpusRun[] = [];
  for (const share of shares) {
    const part = lines.slice(0, Math.round(lines.length * share));
    const corpus = path.join(tmp, `real-${share}.jsonl`);
    fs.writeFileSync(corpus, `${part.join('\n')}\n`);
    let words = 0;
    for (const l of part) {
      try {
        words += String((JSON.parse(l) as { text?: unknown }).text ?? '').split(/\s+/).filter(Boolean).length;
      } catch {
        // a broken line is counted as failed by the ingest
      }
    }
    log(`real corpus: ${part.length} stories (${Math.round(share * 100)}%)`);
    // ten memory samples a run: each forces a full collection, which also slows the code after it
    const sampleEvery = Math.max(200, Math.ceil(part.length / 10));
    const run = runIngest({ corpus, db: path.join(tmp, `real-${share}.sqlite`), workers: 0, sampleEvery }, { sampleRetained: true });
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
