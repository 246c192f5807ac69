import type { TokenSpan } from '../model/annotations.ts';
import { tokenAt } from '../model/token-index.ts';
import type { ArticleDoc } from '../model/doc.ts';
import type { Span } from '../model/span.ts';
import type { StructureWords } from './event-lexicon.ts';

/** Lower-case form of token `i`, with curly apostrophes straightened; '' outside the token stream. */
export function formAt(doc: ArticleDoc, i: number): string {
  const t = doc.tokens[i];
  if (!t) return '';
  return t.norm ?? doc.text.slice(t.start, t.end).toLowerCase().replace(/[’‘]/g, "'");
}

export { tokenAt };

/**
 * Sentence and clause bounds already worked out for one token stream, filled on demand (-1: not yet).
 * Every event stage asks for the same clauses, so they are computed once per doc.
 */
interface Bounds {
  text: string;
  sentences: ArticleDoc['sentences'];
  structure: StructureWords | null;
  sentFirst: Int32Array;
  sentLast: Int32Array;
  clauseFirst: Int32Array;
  clauseLast: Int32Array;
  /** For each token, the last token of the run of tokens of its sentence that it stands in. */
  runLast: Int32Array | null;
}

/** A pure memo keyed by the token array (stages pass it on unchanged), checked against text and sentences. */
const boundsMemo = new WeakMap<readonly TokenSpan[], Bounds>();

function boundsOf(doc: ArticleDoc): Bounds {
  let b = boundsMemo.get(doc.tokens);
  if (!b || b.text !== doc.text || b.sentences !== doc.sentences) {
    const n = doc.tokens.length;
    b = {
      text: doc.text,
      sentences: doc.sentences,
      structure: null,
      sentFirst: new Int32Array(doc.sentences.length).fill(-1),
      sentLast: new Int32Array(doc.sentences.length).fill(-1),
      clauseFirst: new Int32Array(n).fill(-1),
      clauseLast: new Int32Array(n).fill(-1),
      runLast: null,
    };
    boundsMemo.set(doc.tokens, b);
  }
  return b;
}

/** The token range `[first, last]` of sentence `s`. */
export function sentenceTokens(doc: ArticleDoc, s: number): { first: number; last: number } {
  const b = boundsOf(doc);
  if (!(b.sentFirst[s] >= 0)) {
    const sentence = doc.sentences[s];
    let first = tokenAt(doc.tokens, sentence.start);
    if (first < 0) first = doc.tokens.findIndex((t) => t.start >= sentence.start);
    let last = first;
    while (last + 1 < doc.tokens.length && doc.tokens[last + 1].sentence === doc.tokens[first].sentence) last++;
    b.sentFirst[s] = first;
    b.sentLast[s] = last;
  }
  return { first: b.sentFirst[s], last: b.sentLast[s] };
}

/**
 * The last token of the run of consecutive tokens of token `k`'s sentence that `k` stands in (the
 * sentence's last token, for the tokens of a sentence that lie together).
 */
export function runEnd(doc: ArticleDoc, k: number): number {
  const b = boundsOf(doc);
  if (!b.runLast) {
    const n = doc.tokens.length;
    b.runLast = new Int32Array(n);
    for (let j = n - 1; j >= 0; j--) b.runLast[j] = j + 1 < n && doc.tokens[j + 1].sentence === doc.tokens[j].sentence ? b.runLast[j + 1] : j;
  }
  return b.runLast[k];
}

/**
 * The clause around token `i`: from the token after the nearest clause opener before it to the token
 * before the next clause opener after it, inside the sentence. Commas do not end a clause.
 * @example clauseOf(doc, 12, structure) // { first: 9, last: 20 }
 */
export function clauseOf(doc: ArticleDoc, i: number, structure: StructureWords): { first: number; last: number } {
  const b = boundsOf(doc);
  if (b.structure !== structure) {
    b.structure = structure;
    b.clauseFirst.fill(-1);
  }
  if (!(b.clauseFirst[i] >= 0)) {
    const { first: sFirst, last: sLast } = sentenceTokens(doc, doc.tokens[i].sentence);
    let first = i;
    while (first > sFirst && !opensClause(doc, first - 1, structure)) first--;
    let last = i;
    while (last < sLast && !opensClause(doc, last + 1, structure)) last++;
    b.clauseFirst[i] = first;
    b.clauseLast[i] = last;
  }
  return { first: b.clauseFirst[i], last: b.clauseLast[i] };
}

/**
 * Whether token `k` opens a clause: a clause opener, or "and"/"but" after a comma that closes a clause with
 * a verb, with a verb in the next few words (", and follows", ", and the minister praised").
 */
export function opensClause(doc: ArticleDoc, k: number, structure: StructureWords): boolean {
  const form = formAt(doc, k);
  if (structure.clauseOpeners.has(form)) return true;
  if ((form !== 'and' && form !== 'but') || k === 0 || formAt(doc, k - 1) !== ',') return false;
  // "the US, Russia, and Switzerland met": a list, when no verb stands since the previous comma
  let verbBefore = false;
  for (let j = k - 2; j >= 0 && doc.tokens[j].sentence === doc.tokens[k].sentence && formAt(doc, j) !== ','; j--) {
    verbBefore ||= doc.tokens[j].pos === 'VERB' || doc.tokens[j].pos === 'AUX';
  }
  if (!verbBefore) return false;
  for (let j = k + 1; j <= k + 4 && j < doc.tokens.length && doc.tokens[j].sentence === doc.tokens[k].sentence; j++) {
    const pos = doc.tokens[j].pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos === 'PUNCT') return false;
  }
  return false;
}

/** Token ranges as character spans. */
export function rangeSpan(doc: ArticleDoc, first: number, last: number): Span {
  return { start: doc.tokens[first].start, end: doc.tokens[last].end };
}

/**
 * Whether the phrase (lower-case token forms) ends exactly at token `end`.
 * @example phraseEndsAt(doc, ['expected', 'to'], 7)
 */
export function phraseEndsAt(doc: ArticleDoc, phrase: readonly string[], end: number, floor: number): boolean {
  const begin = end - phrase.length + 1;
  if (begin < floor) return false;
  for (let k = 0; k < phrase.length; k++) if (formAt(doc, begin + k) !== phrase[k]) return false;
  return true;
}
