import type { TokenSpan } from './annotations.ts';

/**
 * Index of the token that starts at or covers `offset`, by binary search over tokens sorted by offset; -1
 * when none does.
 * @example tokenAt(doc.tokens, event.start)
 */
export function tokenAt(tokens: readonly TokenSpan[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
