import type { ArticleDoc } from '../model/doc.ts';
import type { Resources } from '../data-loading/resources.ts';
import { PIPELINE } from './config.ts';
import { checkPipeline, errorOf, runPipeline, runPipelineBatch, type PipelineOutcome, type StageTimings } from './runner.ts';
import type { Stage, StageContext } from './stage.ts';

/** An analyzer bound to its resources and stages; checks the pipeline contract once. */
export interface Analyzer {
  analyze(doc: ArticleDoc, timings?: StageTimings): ArticleDoc;
  /**
   * Analyses several docs stage by stage (see runPipelineBatch), each doc with the result `analyze` gives it;
   * a doc whose analysis throws gets its error, and the others go on.
   */
  analyzeBatch(docs: readonly ArticleDoc[], timings?: StageTimings): PipelineOutcome[];
}

/**
 * Creates an analyzer over the configured pipeline (or the given stages).
 * @example createAnalyzer(loadResources()).analyze(makeDoc({ id, name, text, published: null }))
 */
export function createAnalyzer(resources: Resources, stages: readonly Stage[] = PIPELINE, trace?: (line: string) => void): Analyzer {
  checkPipeline(stages);
  const debug: StageContext['debug'] = trace ? (msg) => trace(msg()) : () => {};
  const contextOf = (doc: ArticleDoc): StageContext => ({ reference: doc.published?.value ?? null, resources, debug });
  return {
    analyze: (doc, timings) => runPipeline(stages, doc, contextOf(doc), timings),
    analyzeBatch: (docs, timings) => runPipelineBatch(stages, docs, contextOf, timings),
  };
}

/**
 * An analyzer made from a function of one doc, which analyses a batch doc by doc: for stand-ins (a test's
 * analyzer that returns the doc as it is, or one that always fails).
 * @example const identity = analyzerOf((doc) => doc)
 */
export function analyzerOf(analyze: (doc: ArticleDoc) => ArticleDoc): Analyzer {
  return {
    analyze: (doc) => analyze(doc),
    analyzeBatch: (docs) =>
      docs.map((doc): PipelineOutcome => {
        try {
          return { ok: true, doc: analyze(doc) };
        } catch (err) {
          return { ok: false, error: errorOf(err) };
        }
      }),
  };
}
