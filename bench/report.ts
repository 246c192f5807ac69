import os from 'node:os';
import type { BaselineFigure } from './baselines.ts';
import type { PairedRatios } from './paired-ratios.ts';
import type { IngestRunResult } from './ingest-run.ts';
import { realCorpusLines, type RealCorpusResult } from './real-corpus.ts';

/** Everything one `npm run bench` measured; written to bench/results.json. */
export interface BenchResults {
  /** loadAverage: the 1-minute load when the run began; wall-clock figures mean little when it exceeds the cores. */
  machine: { cpus: number; model: string; node: string; platform: string; loadAverage: number };
  seed: number;
  corpus: { articles: number; words: number; wordsPerArticle: number };
  baselines: Record<string, BaselineFigure>;
  timeVsChrono: unknown;
  /** The serial ingest in one process: rates per CPU second (robust on a busy machine) and per wall second. */
  endToEnd: {
    articlesPerCpuSecond: number;
    wordsPerCpuSecond: number;
    articlesPerSecond: number;
    seconds: number;
    cpuSeconds: number;
    maxRssMB: number;
    events: number;
    failed: number;
    /** Share of the end-to-end time per stage (and store, consolidate, other: reading, JSON, dedup). */
    shares: Record<string, number>;
    pipelineMsPerArticle: number;
  };
  /** From the serial ingest run's stage shares and CPU time, against the baselines measured before it. */
  ratios: { pipelineOverTokenize: number; pipelineOverWinkSbdPos: number; endToEndOverTokenize: number };
  /** The same ratios measured in one process, the pipeline and wink alternating round by round. */
  paired: PairedRatios;
  /** The corpus the worker counts are compared on, and the serial (one-core) ingest of it. */
  parallelCorpus: { articles: number; serialArticlesPerSecond: number; serialSteadyArticlesPerSecond: number };
  /**
   * Rates by wall time (so they need an otherwise idle machine): overall, and steady (from the second batch
   * write to the end, commits included, without the workers' start-up); speedups compare steady rates.
   */
  parallel: {
    workers: number;
    articlesPerSecond: number;
    steadyArticlesPerSecond: number;
    startupSeconds: number;
    cpuSeconds: number;
    speedupOverOneWorker: number;
    /** Steady rate ÷ the serial ingest's steady rate on one core, on the same corpus. */
    speedupOverSerial: number;
    /** Share of the run the writer thread (SQLite writes and consolidation) was busy, not waiting for analyses. */
    writerBusyShare: number;
    /**
     * Writer-thread wall ms per article while busy. One writer takes at most 1000 ÷ this articles/s, whatever
     * the number of workers; on a machine with fewer cores than threads it is inflated by sharing a core.
     */
    writerMsPerArticle: number;
    /** The machine's one-minute load average as the run started (other work on it skews wall rates). */
    loadAverage: number;
    maxRssMB: number;
    events: number;
  }[];
  /**
   * The same corpus analysed by the ingest's workers with no writer (results dropped): how the analysis alone
   * scales with threads. Steady rates are articles per wall second over the second half of the articles.
   */
  analysisOnly: { workers: number; steadyArticlesPerSecond: number; startupSeconds: number; speedupOverOneWorker: number }[];
  scaling: {
    factor: number;
    articles: number;
    /** CPU seconds of the whole ingest (analysis, storing and per-batch consolidation), less the memory sampling's collections. */
    ingestCpuSeconds: number;
    /** The whole ingest's CPU time relative to the 1× run. */
    ingestTimeRatio: number;
    extractSeconds: number;
    extractCpuSeconds: number;
    /** CPU time relative to the 1× run. */
    extractTimeRatio: number;
    /** Wall seconds of the incremental consolidation after each batch, summed over the ingest. */
    batchConsolidateSeconds: number;
    batchConsolidateTimeRatio: number;
    /** Wall seconds of one full consolidation of the finished database. */
    consolidateSeconds: number;
    consolidateTimeRatio: number;
    /** Peak resident memory during the ingest (sampled after every input): garbage not yet collected included. */
    ingestPeakRssMB: number;
    /** Heap and resident memory kept right after full collections (every 200 inputs): what grows if anything leaks. */
    retainedHeapMB: number;
    retainedRssMB: number;
    /** Peak of the whole run, the final full consolidation included. */
    maxRssMB: number;
    dbMB: number;
    events: number;
  }[];
  consolidationScale: unknown;
  /** Serial ingests of a tenth and all of the real corpus in ../shared (absent when skipped). */
  real?: RealCorpusResult;
}

/** Machine facts recorded with every result. */
export function machine(loadAverage: number): BenchResults['machine'] {
  return { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.arch()}`, loadAverage };
}

/**
 * Milliseconds a run spent in the analysis stages: every stage timing but the writer's (storing,
 * consolidation, and a parallel writer's wait for workers). Summed over workers when there are several.
 * @example analysisMs(run) / run.stored
 */
export function analysisMs(run: IngestRunResult): number {
  return Object.entries(run.timings)
    .filter(([k]) => k !== 'store' && k !== 'consolidate' && k !== 'writer-waiting')
    .reduce((sum, [, ms]) => sum + ms, 0);
}

/** Shares of the end-to-end time, from the serial run's timings. */
export function sharesOf(run: IngestRunResult): Record<string, number> {
  const total = run.seconds * 1000;
  const shares: Record<string, number> = {};
  let accounted = 0;
  for (const [name, ms] of Object.entries(run.timings)) {
    shares[name] = ms / total;
    accounted += ms;
  }
  shares.other = Math.max(0, total - accounted) / total;
  return shares;
}

const f1 = (n: number) => n.toFixed(1);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** The human summary: the lines the README quotes. Ratios and rates, with the issue's targets alongside. */
export function formatSummary(r: BenchResults): string {
  const e = r.endToEnd;
  const lines = [
    `dyad bench — ${r.corpus.articles} generated articles (${Math.round(r.corpus.wordsPerArticle)} words each), seed ${r.seed}; ${r.machine.cpus} × ${r.machine.model}, Node ${r.machine.node}, load ${r.machine.loadAverage.toFixed(1)}`,
    `end to end, one core: ${f1(e.articlesPerCpuSecond)} articles per CPU second, ${Math.round(e.wordsPerCpuSecond)} words per CPU second (wall: ${f1(e.articlesPerSecond)} articles/s); peak RSS ${Math.round(e.maxRssMB)} MB (target ≥ 300 articles/s)`,
    `pipeline ÷ bare wink tokenization, from the ingest run: ${f1(r.ratios.pipelineOverTokenize)}× (target ≤ 3×); ÷ wink sbd+pos: ${f1(r.ratios.pipelineOverWinkSbdPos)}×; end to end ÷ tokenization: ${f1(r.ratios.endToEndOverTokenize)}×`,
    `pipeline ÷ bare wink tokenization, paired in one process (median of ${r.paired.rounds} alternating rounds on ${r.paired.articles} articles): ${f1(r.paired.pipelineOverTokenize)}× (rounds ${f1(r.paired.pipelineOverTokenizeRange[0])}–${f1(r.paired.pipelineOverTokenizeRange[1])}×; ${r.paired.pipelineMsPerArticle.toFixed(2)} against ${r.paired.tokenizeMsPerArticle.toFixed(2)} CPU ms per article); ÷ wink sbd+pos: ${f1(r.paired.pipelineOverWinkSbdPos)}×`,
    `baselines (articles per CPU second): wink tokenize ${f1(r.baselines.winkTokenize.articlesPerCpuSecond)}, wink sbd+pos ${f1(r.baselines.winkSbdPos.articlesPerCpuSecond)}, chrono ${f1(r.baselines.chrono.articlesPerCpuSecond)}`,
    `stage shares: ${Object.entries(e.shares)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(', ')}`,
  ];
  lines.push(
    `worker counts on ${r.parallelCorpus.articles} articles; serial ingest of them: ${f1(r.parallelCorpus.serialArticlesPerSecond)} articles/s wall, ${f1(r.parallelCorpus.serialSteadyArticlesPerSecond)} steady`,
  );
  for (const p of r.parallel) {
    lines.push(
      `${p.workers} worker${p.workers > 1 ? 's' : ''}: ${f1(p.articlesPerSecond)} articles/s wall (${f1(p.steadyArticlesPerSecond)} steady; first result after ${f1(p.startupSeconds)} s), ${p.speedupOverOneWorker.toFixed(2)}× one worker, ${p.speedupOverSerial.toFixed(2)}× the serial ingest, writer busy ${pct(p.writerBusyShare)} (${p.writerMsPerArticle.toFixed(2)} ms per article, so one writer takes at most ${f1(1000 / p.writerMsPerArticle)} articles/s), load ${p.loadAverage.toFixed(1)} at start, peak RSS ${Math.round(p.maxRssMB)} MB${p.workers === 2 ? ' (target ≥ 1.7×; needs an idle machine)' : ''}`,
    );
  }
  for (const a of r.analysisOnly) {
    lines.push(
      `analysis alone (no writer), ${a.workers} worker${a.workers > 1 ? 's' : ''}: ${f1(a.steadyArticlesPerSecond)} articles/s steady (first result after ${f1(a.startupSeconds)} s), ${a.speedupOverOneWorker.toFixed(2)}× one worker`,
    );
  }
  for (const s of r.scaling) {
    lines.push(
      `scale ${s.factor}× (${s.articles} articles): ingest ${f1(s.ingestCpuSeconds)} CPU s (${s.ingestTimeRatio.toFixed(1)}× the 1× time), extraction ${f1(s.extractCpuSeconds)} CPU s (${s.extractTimeRatio.toFixed(1)}× the 1× time), per-batch consolidation ${s.batchConsolidateSeconds.toFixed(2)} s (${s.batchConsolidateTimeRatio.toFixed(1)}×), full consolidation ${s.consolidateSeconds.toFixed(2)} s (${s.consolidateTimeRatio.toFixed(1)}×), memory kept ${Math.round(s.retainedHeapMB)} MB heap / ${Math.round(s.retainedRssMB)} MB RSS (peak RSS ${Math.round(s.ingestPeakRssMB)} MB, ${Math.round(s.maxRssMB)} MB with the full consolidation), database ${f1(s.dbMB)} MB`,
    );
  }
  lines.push(timeLine(r.timeVsChrono));
  if (r.consolidationScale !== undefined) lines.push(consolidationLine(r.consolidationScale));
  lines.push(...realCorpusLines(r.real));
  return `${lines.join('\n')}\n`;
}

/** The time engineer's figure (src/time/bench-time.ts), or why it is missing. */
function timeLine(t: unknown): string {
  const v = t as { stageWordsPerSecond?: number; chronoWordsPerSecond?: number; ratio?: number } | undefined;
  if (v?.ratio === undefined) return `time stage vs chrono: ${JSON.stringify(t)}`;
  return `time stage vs chrono-node: ${Math.round(v.stageWordsPerSecond ?? 0)} vs ${Math.round(v.chronoWordsPerSecond ?? 0)} words/s (${v.ratio.toFixed(2)}× chrono's speed)`;
}

/** The consolidation engineer's figure (src/consolidate/scale-bench.ts), or why it is missing. */
function consolidationLine(c: unknown): string {
  const v = c as
    | { generated?: { articles: number; mentions: number }[]; ratio10x?: number; incrementalRatio10x?: number; busyDyad?: { articles: number; days: number; seconds: number }[]; busyDyadRatio10x?: number }
    | undefined;
  if (v?.ratio10x === undefined || !v.generated) return `consolidation scale: ${JSON.stringify(c)}`;
  const [a, b] = v.generated;
  const busy = v.busyDyad?.length === 2 ? `; one busy dyad, ${v.busyDyad[0].articles} → ${v.busyDyad[1].articles} reports over ${v.busyDyad[0].days} → ${v.busyDyad[1].days} days in date order, by batch: ${v.busyDyadRatio10x?.toFixed(1)}× (${v.busyDyad[0].seconds.toFixed(3)} → ${v.busyDyad[1].seconds.toFixed(3)} s)` : '';
  return `consolidation of generated mentions, ${a.articles} → ${b.articles} articles (${a.mentions} → ${b.mentions} mentions): full rebuild ${v.ratio10x.toFixed(1)}× the time, incremental by batch ${v.incrementalRatio10x?.toFixed(1)}×${busy} (target ≤ 12×)`;
}
