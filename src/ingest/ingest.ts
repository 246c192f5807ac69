import { makeDoc, type ArticleDoc } from '../model/doc.ts';
import type { Analyzer } from '../pipeline/analyze.ts';
import { addTime, type StageTimings } from '../pipeline/runner.ts';
import type { ReadResult } from '../read/raw-article.ts';
import { articleWindows, seedsOf, type Seed } from '../consolidate/stored-mentions.ts';
import { loadUpdateRules, updateAfterBatch, writeArticleExtras } from '../consolidate/update.ts';
import type { Db } from '../store/open-store.ts';
import { canonicalizePersons } from '../store/canonical-persons.ts';
import { GroupCommit } from '../store/group-commit.ts';
import { packArticle, type PackedArticle } from '../store/packed-article.ts';
import { hasArticle, writeArticles } from '../store/write-article.ts';

/** One input that could not be read or analysed. */
export interface IngestFailure {
  input: string;
  code: string;
  reason: string;
}

/** What an ingest did. */
export interface IngestSummary {
  read: number;
  stored: number;
  /** Articles already in the database (same id). */
  skipped: number;
  failed: number;
  failures: IngestFailure[];
  events: number;
}

/**
 * Characters of article text a serial batch holds at most, besides its `batchSize` articles (a batch of one
 * article may hold more). A batch's analysed docs stay in memory until it is stored, about 17 MB for an article of
 * 400,000 characters, so long articles are stored a few at a time. 200 news articles hold far less (about
 * 800,000 characters at 600 words each).
 */
export const BATCH_CHARS = 4_000_000;

/** Options for ingest. */
export interface IngestOptions {
  /**
   * Articles analysed, stored and consolidated together (default 200; a serial ingest also closes a batch at
   * `batchChars` characters).
   */
  batchSize?: number;
  /**
   * Articles per transaction (default COMMIT_EVERY, 1,000): whole batches are committed together once they hold
   * this many (see GroupCommit). A crash loses at most the articles since the last commit, never half an article.
   */
  commitEvery?: number;
  /** Characters of article text after which a serial ingest closes its batch (default BATCH_CHARS). */
  batchChars?: number;
  /** Called after every input with the running summary. */
  onProgress?: (summary: IngestSummary) => void;
  /** Accumulates time per pipeline stage, plus `store` (SQLite writes) and `consolidate` (for the benchmark). */
  timings?: StageTimings;
}

/** What storing a batch needs besides the docs. */
export interface BatchContext {
  analyzer: Analyzer;
  rules: ReturnType<typeof loadUpdateRules>;
  summary: IngestSummary;
  timings?: StageTimings;
}

/**
 * Stores a batch of analysed, new articles with all their spans, then updates the consolidated events the
 * batch touched. Call inside the batch's transaction; serial and parallel ingest share it, so both store the
 * same rows in the same order. `packed` holds, by article id, articles a worker thread packed already (see
 * packArticle); the others are packed here. A doc a worker packed comes with its sentences, timexes, actor
 * mentions and event mentions emptied: the packed form holds them.
 */
export function storeBatch(db: Db, docs: readonly ArticleDoc[], ctx: BatchContext, packed?: ReadonlyMap<string, PackedArticle>): void {
  const t0 = performance.now();
  const seeds = new Map<string, Seed[]>();
  const stored = writeArticles(
    db,
    docs,
    docs.map((doc) => packed?.get(doc.id) ?? packArticle(doc, articleWindows(ctx.rules.consolidation, doc))),
  );
  for (const doc of docs) writeArticleExtras(db, doc);
  docs.forEach((doc, i) => seeds.set(doc.id, seedsOf(db, doc, stored[i])));
  ctx.summary.stored += docs.length;
  canonicalizePersons(db, docs.map((d) => d.id));
  const t1 = performance.now();
  addTime(ctx.timings, 'store', t1 - t0);
  ctx.summary.events = updateAfterBatch(db, ctx.analyzer, docs.map((d) => d.id), ctx.rules, seeds).events;
  addTime(ctx.timings, 'consolidate', performance.now() - t1);
}

/** A new, empty ingest summary. */
export function emptySummary(): IngestSummary {
  return { read: 0, stored: 0, skipped: 0, failed: 0, failures: [], events: 0 };
}

/**
 * Reads, analyses and stores articles a batch at a time, and commits whole batches every `commitEvery` articles
 * (see GroupCommit); an article already stored (same content hash) is skipped, a bad input is recorded and the
 * rest still go in. Consolidates events after each batch.
 * @example ingest(db, analyzer, readInputs(['examples']))
 */
export function ingest(db: Db, analyzer: Analyzer, inputs: Iterable<ReadResult>, options: IngestOptions = {}): IngestSummary {
  const batchSize = options.batchSize ?? 200;
  const batchCharLimit = options.batchChars ?? BATCH_CHARS;
  const summary = emptySummary();
  let batch: ReadResult[] = [];
  let batchChars = 0;
  /** Articles that failed analysis in this run (stored ones are found by hasArticle), so memory stays flat. */
  const failed = new Set<string>();
  const ctx: BatchContext = { analyzer, rules: loadUpdateRules(), summary, timings: options.timings };
  const commits = new GroupCommit(db, options.commitEvery);
  const store = (items: ReadResult[]) => {
    const fresh: { input: string; doc: ArticleDoc }[] = [];
    const inBatch = new Set<string>();
    for (const item of items) {
      if (!item.ok) continue;
      const a = item.article;
      if (inBatch.has(a.id) || failed.has(a.id) || hasArticle(db, a.id)) {
        summary.skipped++;
        continue;
      }
      inBatch.add(a.id);
      fresh.push({ input: item.input ?? a.name, doc: makeDoc({ ...a }) });
    }
    const docs: ArticleDoc[] = [];
    analyzer.analyzeBatch(fresh.map((f) => f.doc), options.timings).forEach((outcome, i) => {
      if (outcome.ok) return void docs.push(outcome.doc);
      failed.add(fresh[i].doc.id);
      summary.failed++;
      summary.failures.push({ input: fresh[i].input, code: 'E010', reason: `analysis failed: ${outcome.error.message}` });
    });
    storeBatch(db, docs, ctx);
  };
  const flush = (items: ReadResult[]) => commits.run(items.length, () => store(items));
  try {
    for (const item of inputs) {
      summary.read++;
      if (!item.ok) {
        summary.failed++;
        summary.failures.push({ input: item.input, code: item.code, reason: item.reason });
      } else {
        batch.push(item);
        batchChars += item.article.text.length;
      }
      if (batch.length >= batchSize || batchChars >= batchCharLimit) {
        flush(batch);
        batch = [];
        batchChars = 0;
      }
      options.onProgress?.(summary);
    }
    flush(batch);
  } finally {
    // the batches stored so far are committed, also when reading the inputs failed
    commits.close();
  }
  return summary;
}
