import { loadResources } from '../data-loading/resources.ts';
import type { ArticleDoc } from '../model/doc.ts';
import { makeDoc } from '../model/doc.ts';
import { createAnalyzer, type Analyzer } from '../pipeline/analyze.ts';
import { stageMajorChunks, type PipelineOutcome, type StageTimings } from '../pipeline/runner.ts';
import type { RawArticle } from '../read/raw-article.ts';
import { loadConsolidationRules, type ConsolidationRules } from '../consolidate/consolidation-rules.ts';
import { articleWindows } from '../consolidate/stored-mentions.ts';
import { packArticle, type PackedArticle } from '../store/packed-article.ts';

/** A chunk of articles for one worker task. */
export interface AnalyzeTask {
  articles: RawArticle[];
  /** Return per-stage timings for the chunk. */
  timings: boolean;
}

/**
 * What analysing one article gave: the doc without its tokens (the store does not keep them), with its
 * sentences, timexes, actor mentions and event mentions packed as the store writes them (`packed`), or why it
 * failed.
 */
export type AnalyzeOutcome = { ok: true; doc: ArticleDoc; packed: PackedArticle } | { ok: false; reason: string };

/** The outcomes of a task, in the order of its articles, and stage timings when asked for. */
export interface AnalyzeResult {
  outcomes: AnalyzeOutcome[];
  timings: [string, number][];
}

/** The worker's analyzer and consolidation rules (for the mentions' windows), loaded on the first task, once per thread. */
let analyzer: Analyzer | null = null;
let rules: ConsolidationRules | null = null;

/** What a worker sends back for one analysed doc: packed for the store, without the objects the packed form holds. */
function packOutcome(outcome: PipelineOutcome, rules: ConsolidationRules): AnalyzeOutcome {
  if (!outcome.ok) return { ok: false, reason: `analysis failed: ${outcome.error.message}` };
  const doc = outcome.doc;
  try {
    const packed = packArticle(doc, articleWindows(rules, doc));
    return { ok: true, doc: { ...doc, tokens: [], sentences: [], timexes: [], actors: [], events: [] }, packed };
  } catch (err) {
    return { ok: false, reason: `analysis failed: ${(err as Error).message}` };
  }
}

/**
 * Worker-thread entry: analyses a chunk of articles. Tokens are dropped before the doc is sent back, as
 * they are the bulk of a doc and nothing downstream of the pipeline reads them; sentences, timexes, actor
 * mentions and event mentions are sent packed, so the single writer thread neither copies them in as objects
 * nor packs them itself.
 */
export default function analyzeChunk(task: AnalyzeTask): AnalyzeResult {
  analyzer ??= createAnalyzer(loadResources());
  rules ??= loadConsolidationRules();
  const timings: StageTimings | undefined = task.timings ? new Map() : undefined;
  const outcomes: AnalyzeOutcome[] = [];
  // chunk by chunk, each packed as soon as it is analysed, so the task holds one chunk's tokens at a time
  for (const part of stageMajorChunks(task.articles.map((article) => makeDoc({ ...article })))) {
    for (const outcome of analyzer.analyzeBatch(part, timings)) outcomes.push(packOutcome(outcome, rules));
  }
  return { outcomes, timings: timings ? [...timings] : [] };
}
