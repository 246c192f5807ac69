/**
 * One measured ingest, run in its own process so its peak memory (maxRSS) is its own:
 * `node --import tsx bench/ingest-run.ts '{"corpus":"...","db":"...","workers":0}'` prints one JSON line.
 * workers 0 is the serial in-process ingest; N ≥ 1 the parallel ingest with N worker threads.
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
  /** Seconds for one more full consolidation of the finished database. */
  consolidateSeconds: number;
  /** Milliseconds per stage (summed over workers) plus store and consolidate. */
  timings: Record<string, number>;
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
const cpu0 = process.cpuUsage();
if (args.workers === 0) {
  const analyzer = createAnalyzer(loadResources());
  const t0 = performance.now();
  summary = ingest(db, analyzer, readInputs([args.corpus]), { batchSize: args.batch, timings });
  seconds = (performance.now() - t0) / 1000;
} else {
  const t0 = performance.now();
  summary = await parallelIngest(db, readInputs([args.corpus]), { workers: args.workers, batchSize: args.batch, timings });
  seconds = (performance.now() - t0) / 1000;
}
const cpu = process.cpuUsage(cpu0);
const c0 = performance.now();
consolidate(db);
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
  consolidateSeconds,
  timings: Object.fromEntries(timings),
  maxRssMB: process.resourceUsage().maxRSS / 1024,
  dbMB: fs.statSync(args.db).size / 1024 / 1024,
  firstFailure: summary.failures[0] ? `${summary.failures[0].code} ${summary.failures[0].reason}` : undefined,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
