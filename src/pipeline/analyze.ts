import type { ArticleDoc } from '../model/doc.ts';
import type { Resources } from '../data-loading/resources.ts';
import { PIPELINE } from './config.ts';
import { checkPipeline, runPipeline, type StageTimings } from './runner.ts';
import type { Stage, StageContext } from './stage.ts';

/** An analyzer bound to its resources and stages; checks the pipeline contract once. */
export interface Analyzer {
  analyze(doc: ArticleDoc, timings?: StageTimings): ArticleDoc;
}

/**
 * Creates an analyzer over the configured pipeline (or the given stages).
 * @example createAnalyzer(loadResources()).analyze(makeDoc({ id, name, text, published: null }))
 */
export function createAnalyzer(resources: Resources, stages: readonly Stage[] = PIPELINE, trace?: (line: string) => void): Analyzer {
  checkPipeline(stages);
  return {
    analyze(doc, timings) {
      const ctx: StageContext = {
        reference: doc.published?.value ?? null,
        resources,
        debug: trace ? (msg) => trace(msg()) : () => {},
      };
      return runPipeline(stages, doc, ctx, timings);
    },
  };
}
