import { DyadError } from '../errors.ts';
import type { ArticleDoc, DocField } from '../model/doc.ts';
import type { Stage, StageContext } from './stage.ts';

/**
 * Checks that every stage's `requires` is assigned by an earlier stage; throws E010 otherwise.
 * @example checkPipeline([tokenizeStage, countriesStage])
 */
export function checkPipeline(stages: readonly Stage[]): void {
  const assigned = new Set<DocField>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new DyadError('E010', `stage "${stage.name}" appears twice in the pipeline`);
    names.add(stage.name);
    for (const field of stage.requires) {
      if (!assigned.has(field)) {
        throw new DyadError(
          'E010',
          `stage "${stage.name}" requires doc.${field}, which no earlier stage assigns; move it after the stage that assigns doc.${field}`,
        );
      }
    }
    for (const field of stage.assigns) assigned.add(field);
  }
}

/** Per-stage time spent, in milliseconds, accumulated across runs (for the benchmark). */
export type StageTimings = Map<string, number>;

/**
 * Runs the stages in order over a doc. Throws E011 when a stage returns no doc.
 * Pass `timings` to accumulate each stage's time.
 */
export function runPipeline(stages: readonly Stage[], doc: ArticleDoc, ctx: StageContext, timings?: StageTimings): ArticleDoc {
  let current = doc;
  for (const stage of stages) {
    const t0 = timings ? performance.now() : 0;
    const next = stage.run(current, ctx);
    if (!next || typeof next !== 'object' || typeof next.text !== 'string') {
      throw new DyadError('E011', `stage "${stage.name}" returned ${next === null ? 'null' : typeof next} instead of an ArticleDoc`);
    }
    if (next.text !== doc.text) throw new DyadError('E011', `stage "${stage.name}" changed the article text; stages may only add spans`);
    if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
    current = next;
  }
  return current;
}
