/** A half-open character range `[start, end)` into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** Where an annotation came from: `rule:<id>` for data-driven rules, `stage:<name>` otherwise. */
export type ProducedBy = `rule:${string}` | `stage:${string}`;

/**
 * The text a span covers.
 * @example spanText('Manila and Moscow', { start: 11, end: 17 }) // 'Moscow'
 */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/**
 * Whether two spans share at least one character.
 * @example overlaps({ start: 0, end: 3 }, { start: 2, end: 5 }) // true
 */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether `outer` covers `inner` entirely.
 * @example contains({ start: 0, end: 10 }, { start: 2, end: 5 }) // true
 */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
