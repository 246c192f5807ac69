/**
 * The number of whitespace-separated words in a text: the unit of every words-per-second figure the
 * benchmarks print.
 * @example wordCount('  Putin met\nDuterte. ') // 3
 */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
