/** A half-open character range `[start, end)` into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** Where an annotation came from: `rule:<id>` for data-driven rules, `stage:<name>` otherwise. */
export type ProducedBy = `rule:${string}` | `stage:${string}`;
