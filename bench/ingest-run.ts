/**
 * One measured ingest, run in its own process so its peak memory (maxRSS) is its own:
 * `node --import tsx bench/ingest-run.ts '{"corpus":"...","db":"...","workers":0}'` prints one JSON line.
 * workers 0 is the serial in-process ingest (CPU time counted after its resources load); N ≥ 1 the parallel
 * ingest with N worker threads (CPU time includes the workers loading theirs).
 */
import fs from 'node:fs';
import { consolidate } from '../src/consolidate/consolidate.ts';
import { loadResources } from '../src/data-loading/resources.ts';
import { ingest, type IngestSummary } from '../src/ingest/ingest.ts';
import { parallelIngest } from '../src/ingest/parallel-ingest.ts';
import { createAnalyzer } from '../src/pipeline/analyze.ts';
import { readInputs } from '../src/read/read-inputs.ts';
import { openStore } from '../src/store/open-store.ts';

/** What the parent asks for. */
export interface IngestRunArgs {
  corpus: string;
  db: string;
  workers: number;
  batch?: number;
  /** With --expose-gc: inputs between memory samples (default 200); each sample forces a full collection. */
  sampleEvery?: number;
}

/** What one run measured. */
export interface IngestRunResult {
  workers: number;
  stored: number;
  failed: number;
  events: number;
  /** Seconds for the whole ingest: read, analyse, write, consolidate per batch; resources loaded beforehand. */
  seconds: number;
  /** CPU seconds (user + system, all threads) the ingest took: robust on a busy machine, unlike wall time. */
  cpuSeconds: number;
  /** Seconds until the first analysed article came back (worker threads starting and loading resources). */
  startupSeconds: number;
  /**
   * Articles per wall second once the ingest runs full: from the second batch write to the end, commits
   * included (start-up and the backlog analysed meanwhile left out); the overall rate when fewer than three
   * batches were written.
   */
  steadyArticlesPerSecond: number;
  /** Seconds for one more full consolidation of the finished database. */
  consolidateSeconds: number;
  /** Milliseconds per stage (summed over workers) plus store and consolidate. */
  timings: Record<string, number>;
  /** Peak resident memory during the ingest, sampled after every input (worker threads included). */
  ingestPeakRssMB: number;
  /** With --expose-gc: the most heap and resident memory in use right after a full collection (what is kept). */
  retainedHeapMB?: number;
  /** Seconds the memory sampling itself took (forced full collections), included in seconds and cpuSeconds. */
  sampleSeconds: number;
  retainedRssMB?: number;
  /** Peak resident memory of the whole run, the final full consolidation included. */
  maxRssMB: number;
  dbMB: number;
  firstFailure?: string;
}

const args = JSON.parse(process.argv[2]) as IngestRunArgs;
for (const f of [args.db, `${args.db}-wal`, `${args.db}-shm`]) fs.rmSync(f, { force: true });
const db = openStore(args.db);
const timings = new Map<string, number>();
let summary: IngestSummary;
let seconds: number;
let peakRss = process.memoryUsage.rss();
// sampled after every input: the serial ingest blocks the event loop, so a timer could not sample it
let startedAt = 0;
let firstResultAt = 0;
/** [time, articles stored] at each batch write, as progress reports them. */
const writes: [number, number][] = [];
/** With --expose-gc: the largest heap still in use right after a full collection, sampled every `sampleEvery` inputs. */
let retainedHeap = 0;
let sampleMs = 0;
let retainedRss = 0;
const gc = (globalThis as { gc?: () => void }).gc;
const onProgress = (progress: IngestSummary) => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  if (gc && progress.read % (args.sampleEvery ?? 200) === 0) {
    const g0 = performance.now();
    gc();
    retainedHeap = Math.max(retainedHeap, process.memoryUsage().heapUsed);
    retainedRss = Math.max(retainedRss, process.memoryUsage.rss());
    sampleMs += performance.now() - g0;
  }
  if (!firstResultAt && progress.read > 0) {
    firstResultAt = performance.now();
  }
  if (progress.stored > (writes[writes.length - 1]?.[1] ?? 0)) writes.push([performance.now(), progress.stored]);
};

/**
 * Articles per second from the second batch write to the end of the ingest, or null with fewer than three
 * writes: past the start-up (the workers' first results), and over every commit, its last included. Commits
 * land on one batch write in five (GroupCommit), so a median of the rates between writes would leave them out.
 */
function steadyRate(endedAt: number, stored: number): number | null {
  if (writes.length < 3) return null;
  const [t, n] = writes[1];
  return ((stored - n) * 1000) / (endedAt - t);
}
let cpu0: NodeJS.CpuUsage;
if (args.workers === 0) {
  const analyzer = createAnalyzer(loadResources()); // loaded before the clocks start, as the workers' are not
  cpu0 = process.cpuUsage();
  const t0 = (startedAt = performance.now());
  summary = ingest(db, analyzer, readInputs([args.corpus]), { batchSize: args.batch, timings, onProgress });
  seconds = (performance.now() - t0) / 1000;
} else {
  cpu0 = process.cpuUsage();
  const t0 = (startedAt = performance.now());
  summary = await parallelIngest(db, readInputs([args.corpus]), { workers: args.workers, batchSize: args.batch, timings, onProgress });
  seconds = (performance.now() - t0) / 1000;
}
const cpu = process.cpuUsage(cpu0);
const sampleSeconds = sampleMs / 1000; // the sampling inside the clocked ingest only
onProgress({ ...summary, read: 0 }); // one more sample at the end (read 0 passes the every-N test)
const c0 = performance.now();
db.transaction(() => consolidate(db))(); // one transaction, as consolidate asks: outside one, every statement commits
const consolidateSeconds = (performance.now() - c0) / 1000;
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
const result: IngestRunResult = {
  workers: args.workers,
  stored: summary.stored,
  failed: summary.failed,
  events: summary.events,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  startupSeconds: (firstResultAt - startedAt) / 1000,
  steadyArticlesPerSecond: steadyRate(startedAt + seconds * 1000, summary.stored) ?? summary.stored / seconds,
  consolidateSeconds,
  timings: Object.fromEntries(timings),
  ingestPeakRssMB: peakRss / 1024 / 1024,
  retainedHeapMB: gc ? retainedHeap / 1024 / 1024 : undefined,
  retainedRssMB: gc ? retainedRss / 1024 / 1024 : undefined,
  sampleSeconds,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
  dbMB: fs.statSync(args.db).size / 1024 / 1024,
  firstFailure: summary.failures[0] ? `${summary.failures[0].code} ${summary.failures[0].reason}` : undefined,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
