import { makeDoc } from '../model/doc.ts';
import type { Analyzer } from '../pipeline/analyze.ts';
import type { StageTimings } from '../pipeline/runner.ts';
import type { ReadResult } from '../read/raw-article.ts';
import { loadUpdateRules, updateAfterBatch, writeArticleExtras } from '../consolidate/update.ts';
import type { Db } from '../store/open-store.ts';
import { hasArticle, writeArticle } from '../store/write-article.ts';

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

/** Options for ingest. */
export interface IngestOptions {
  /** Articles per transaction (default 200): a crash loses at most the open batch, never half an article. */
  batchSize?: number;
  /** Called after every input with the running summary. */
  onProgress?: (summary: IngestSummary) => void;
  /** Accumulates time per pipeline stage, plus `store` (SQLite writes) and `consolidate` (for the benchmark). */
  timings?: StageTimings;
}

/**
 * Reads, analyses and stores articles, one transaction per batch; an article already stored (same content
 * hash) is skipped, a bad input is recorded and the rest still go in. Consolidates events after each batch.
 * @example ingest(db, analyzer, readInputs(['examples']))
 */
export function ingest(db: Db, analyzer: Analyzer, inputs: Iterable<ReadResult>, options: IngestOptions = {}): IngestSummary {
  const batchSize = options.batchSize ?? 200;
  const summary: IngestSummary = { read: 0, stored: 0, skipped: 0, failed: 0, failures: [], events: 0 };
  let batch: ReadResult[] = [];
  /** Articles that failed analysis in this run (stored ones are found by hasArticle), so memory stays flat. */
  const seen = new Set<string>();
  const timings = options.timings;
  const rules = loadUpdateRules();
  const flush = db.transaction((items: ReadResult[]) => {
    const stored: string[] = [];
    for (const item of items) {
      if (!item.ok) continue;
      const a = item.article;
      if (seen.has(a.id) || hasArticle(db, a.id)) {
        summary.skipped++;
        continue;
      }
      let doc;
      try {
        doc = analyzer.analyze(makeDoc({ ...a }), timings);
      } catch (err) {
        seen.add(a.id); // a stored article is found by hasArticle; only failures need remembering
        summary.failed++;
        summary.failures.push({ input: a.name, code: 'E010', reason: `analysis failed: ${(err as Error).message}` });
        continue;
      }
      const t0 = timings ? performance.now() : 0;
      writeArticle(db, doc);
      writeArticleExtras(db, doc);
      stored.push(doc.id);
      if (timings) timings.set('store', (timings.get('store') ?? 0) + performance.now() - t0);
      summary.stored++;
    }
    const t0 = timings ? performance.now() : 0;
    summary.events = updateAfterBatch(db, analyzer, stored, rules).events;
    if (timings) timings.set('consolidate', (timings.get('consolidate') ?? 0) + performance.now() - t0);
  });
  for (const item of inputs) {
    summary.read++;
    if (!item.ok) {
      summary.failed++;
      summary.failures.push({ input: item.input, code: item.code, reason: item.reason });
    } else batch.push(item);
    if (batch.length >= batchSize) {
      flush(batch);
      batch = [];
    }
    options.onProgress?.(summary);
  }
  flush(batch);
  return summary;
}
