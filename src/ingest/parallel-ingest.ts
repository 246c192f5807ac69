import os from 'node:os';
import { Piscina } from 'piscina';
import { loadUpdateRules, updateAfterBatch } from '../consolidate/update.ts';
import { loadResources } from '../data-loading/resources.ts';
import { createAnalyzer, type Analyzer } from '../pipeline/analyze.ts';
import { addTime, type StageTimings } from '../pipeline/runner.ts';
import type { RawArticle, ReadResult } from '../read/raw-article.ts';
import type { Db } from '../store/open-store.ts';
import type { ArticleDoc } from '../model/doc.ts';
import type { PackedArticle } from '../store/packed-article.ts';
import { GroupCommit } from '../store/group-commit.ts';
import { hasArticle } from '../store/write-article.ts';
import type { AnalyzeResult, AnalyzeTask } from './analyze-worker.ts';
import { emptySummary, ingest, storeBatch, type IngestOptions, type IngestSummary } from './ingest.ts';

/** Options for a parallel ingest, on top of the serial ones. */
export interface ParallelIngestOptions extends IngestOptions {
  /** Worker threads that analyse articles (default: the number of cores). */
  workers?: number;
  /** Articles sent to a worker per task (default 16): larger chunks cost fewer messages. */
  chunkSize?: number;
  /** Accumulates per-stage analysis time (summed over workers), plus `store`, `consolidate` and `writer-waiting` (idle, awaiting workers) on the writer thread. */
  timings?: StageTimings;
}

/** The worker-thread entry that analyses articles (a bootstrap that registers tsx, then analyze-worker.ts). */
export const ANALYZE_WORKER = new URL('./analyze-worker.mjs', import.meta.url).href;
/** Articles sent to a worker per task unless `chunkSize` says otherwise. */
export const DEFAULT_CHUNK_SIZE = 16;

/** The default worker count: the cores this process may use. */
export function defaultWorkers(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** An analyzer for this thread, built only if something needs it (re-dating an undated article after a batch). */
function lazyAnalyzer(): Analyzer {
  let real: Analyzer | null = null;
  const get = () => (real ??= createAnalyzer(loadResources()));
  return { analyze: (doc, timings) => get().analyze(doc, timings), analyzeBatch: (docs, timings) => get().analyzeBatch(docs, timings) };
}

/**
 * Reads, analyses and stores articles like `ingest`, with the analysis spread over worker threads and this
 * thread as the single SQLite writer. Articles are written in input order, so the database ends up the same
 * as after a serial ingest. At most a few chunks per worker are in flight, so memory does not grow with the
 * corpus.
 * @example await parallelIngest(db, readInputs(['corpus/']), { workers: 4 })
 */
export async function parallelIngest(db: Db, inputs: Iterable<ReadResult>, options: ParallelIngestOptions = {}): Promise<IngestSummary> {
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const batchSize = options.batchSize ?? 200;
  const timings = options.timings;
  const summary = emptySummary();
  // enough queued work to keep every worker busy while this thread writes a whole batch, and no more:
  // memory is bounded by the window, never by the corpus
  const maxInFlight = Math.ceil(batchSize / chunkSize) + workers * 2;
  // the window is handed to the workers at once: piscina gives a worker its next task from this thread's
  // event loop, which a batch's synchronous write blocks, so a worker holding one task at a time would sit
  // idle for most of every write
  const pool = new Piscina<AnalyzeTask, AnalyzeResult>({
    filename: ANALYZE_WORKER,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: Math.ceil(maxInFlight / workers),
  });
  const inFlight: { articles: RawArticle[]; result: Promise<AnalyzeResult> }[] = [];
  /**
   * Ids admitted but not yet written (or failed), with the input each came from: duplicates of these are caught
   * here, older ones by the db; an analysis failure names the input as the reader did.
   */
  const pending = new Map<string, string>();
  let analysed: ArticleDoc[] = [];
  /** The analysed articles as the workers packed them for the store, by article id. */
  let packed = new Map<string, PackedArticle>();

  const rules = loadUpdateRules();
  const analyzer = lazyAnalyzer();
  // the same writes and per-batch update as the serial ingest, in the same order, committed as it commits
  const commits = new GroupCommit(db, options.commitEvery);
  const write = (docs: ArticleDoc[]) =>
    commits.run(docs.length, () => {
      storeBatch(db, docs, { analyzer, rules, summary, timings }, packed);
      for (const doc of docs) pending.delete(doc.id);
    });
  const flush = () => {
    if (analysed.length === 0) return;
    write(analysed);
    analysed = [];
    packed = new Map();
  };
  const dispatch = (articles: RawArticle[]) => {
    if (articles.length > 0) inFlight.push({ articles, result: pool.run({ articles, timings: timings !== undefined }) });
  };
  const collectOldest = async () => {
    const { articles, result } = inFlight.shift()!;
    const t0 = performance.now();
    const { outcomes, timings: taskTimings } = await result;
    addTime(timings, 'writer-waiting', performance.now() - t0);
    for (const [name, ms] of taskTimings) addTime(timings, name, ms);
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) {
        analysed.push(outcome.doc);
        packed.set(outcome.doc.id, outcome.packed);
      } else {
        summary.failed++;
        summary.failures.push({ input: pending.get(articles[i].id) ?? articles[i].name, code: 'E010', reason: outcome.reason });
      }
    });
    if (analysed.length >= batchSize) flush();
    options.onProgress?.(summary);
  };

  try {
    let chunk: RawArticle[] = [];
    for (const item of inputs) {
      summary.read++;
      if (!item.ok) {
        summary.failed++;
        summary.failures.push({ input: item.input, code: item.code, reason: item.reason });
      } else if (pending.has(item.article.id) || hasArticle(db, item.article.id)) {
        summary.skipped++;
      } else {
        pending.set(item.article.id, item.input ?? item.article.name);
        chunk.push(item.article);
        if (chunk.length >= chunkSize) {
          dispatch(chunk);
          chunk = [];
        }
      }
      while (inFlight.length >= maxInFlight) await collectOldest();
    }
    dispatch(chunk);
    while (inFlight.length > 0) await collectOldest();
    flush();
    commits.close();
    if (summary.stored === 0) summary.events = db.transaction(() => updateAfterBatch(db, analyzer, [], rules).events)();
    options.onProgress?.(summary);
    return summary;
  } finally {
    // the batches stored so far are committed, also when reading or analysing failed
    commits.close();
    await pool.destroy();
  }
}

/**
 * Inputs with fewer articles than this are analysed in this thread: starting workers (each loads the pipeline
 * and its dictionaries, about 3 s before its first result on the 2-core development machine) and draining
 * their backlog through the writer at the end cost more than they save. Measured there with `dyad ingest`:
 * serial was still faster at 600 generated articles (6.6 s against 7.3 s with one or two workers), the
 * workers faster from about 1,000 on (12.5 s against 13.8 s at 1,200).
 */
const SMALL_INPUT = 1000;

/**
 * Ingests with `workers` worker threads (default: the core count), or in this thread when `workers` is 0 or
 * the input holds fewer than SMALL_INPUT (1,000) items. Both paths store the same articles and events.
 * @example await ingestWithWorkers(db, readInputs(['corpus/']), { workers: 2 })
 */
export async function ingestWithWorkers(db: Db, inputs: Iterable<ReadResult>, options: ParallelIngestOptions = {}): Promise<IngestSummary> {
  const workers = options.workers ?? defaultWorkers();
  const rest = inputs[Symbol.iterator]();
  const head: ReadResult[] = [];
  let exhausted = false;
  while (!exhausted && head.length < SMALL_INPUT) {
    const next = rest.next();
    if (next.done) exhausted = true;
    else head.push(next.value);
  }
  const all = (function* () {
    yield* head;
    if (!exhausted) yield* { [Symbol.iterator]: () => rest };
  })();
  if (workers === 0 || exhausted) return ingest(db, createAnalyzer(loadResources()), all, options);
  return parallelIngest(db, all, { ...options, workers });
}
