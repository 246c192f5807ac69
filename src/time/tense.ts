import type { TokenSpan } from '../model/annotations.ts';
import type { Span } from '../model/span.ts';
import type { TimeLexicon } from './lexicon.ts';

/** Which way from the anchor an underspecified expression points. */
export type Direction = 'past' | 'future' | 'unknown';

const VERBISH = new Set(['AUX', 'VERB', 'PART', 'ADV']);

/** Index of the first token at or after `offset`. */
function firstTokenFrom(tokens: readonly TokenSpan[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a verb token is a past form: inflected, and neither -s nor -ing. */
function isPastForm(t: TokenSpan, word: string): boolean {
  const w = word.toLowerCase();
  if (w === t.lemma.toLowerCase()) return false;
  if (/ing$/.test(w)) return false;
  if (/s$/.test(w) && !/ed$/.test(w)) return false;
  return true;
}

/** The verb an expression belongs to: one just before it (up to 6 tokens, no punctuation between), else the nearest in its sentence. */
function governingVerb(tokens: readonly TokenSpan[], first: number, last: number, sentence: number): number {
  const isVerb = (k: number) => tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX';
  for (let l = first - 1; l >= 0 && first - l <= 6 && tokens[l].sentence === sentence && tokens[l].pos !== 'PUNCT'; l--) {
    if (isVerb(l)) return l;
  }
  for (let d = 1; d < 40; d++) {
    const l = first - d;
    const r = last - 1 + d;
    const lOk = l >= 0 && tokens[l].sentence === sentence;
    const rOk = r < tokens.length && tokens[r].sentence === sentence;
    if (!lOk && !rOk) break;
    if (lOk && isVerb(l)) return l;
    if (rOk && isVerb(r)) return r;
  }
  return -1;
}

/**
 * The verb group around a verb, as token indexes from its head back to its first auxiliary:
 * right over auxiliaries to the main verb ("is scheduled to visit"), then left over auxiliaries,
 * particles, adverbs, and verbs that govern a "to" infinitive. Never enters the expression.
 */
function verbGroup(tokens: readonly TokenSpan[], verb: number, span: Span): number[] {
  const sentence = tokens[verb].sentence;
  const inSpan = (k: number) => tokens[k].start < span.end && tokens[k].end > span.start;
  const joins = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === sentence && VERBISH.has(tokens[k].pos) && !inSpan(k);
  let head = verb;
  while (joins(head + 1) && head - verb < 4) head++;
  const group = [head];
  for (let i = head - 1; joins(i) && head - i < 7; i--) {
    if (tokens[i].pos === 'VERB' && tokens[i + 1].pos !== 'PART') break;
    group.push(i);
  }
  return group;
}

/**
 * The direction of an expression from the verb it belongs to, read with its auxiliaries and cue
 * words (data/time/tense.yaml): "will", "is scheduled to", "until" → future; a past form, "had",
 * "has signed" → past; otherwise unknown.
 * @example directionAt(text, tokens, { start: 30, end: 33 }, lexicon) // 'future'
 */
export function directionAt(text: string, tokens: readonly TokenSpan[], span: Span, lexicon: TimeLexicon): Direction {
  const first = firstTokenFrom(tokens, span.start);
  if (first >= tokens.length) return 'unknown';
  const word = (k: number) => text.slice(tokens[k].start, tokens[k].end).toLowerCase();
  if (first > 0 && lexicon.futureBefore.has(word(first - 1))) return 'future';
  let last = first;
  while (last < tokens.length && tokens[last].start < span.end) last++;
  const verb = governingVerb(tokens, first, last, tokens[first].sentence);
  if (verb < 0) return 'unknown';
  const group = verbGroup(tokens, verb, span);
  const words = group.map(word);
  if (words.some((w) => lexicon.futureCues.has(w))) return 'future';
  if (words.some((w) => lexicon.pastCues.has(w))) return 'past';
  if (group.some((k) => (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && isPastForm(tokens[k], word(k)))) return 'past';
  if (words[0].endsWith('ing') && words.some((w) => lexicon.progressive.has(w))) return 'future';
  return 'unknown';
}
