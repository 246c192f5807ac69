import type { SentenceSpan, TokenSpan } from '../../model/annotations.ts';
import { normToken } from '../../lexicon/phrase-matcher.ts';
import type { Stage } from '../stage.ts';
import { boundedPairMemo } from '../../util/bounded-memo.ts';
import { its, winkReader } from './wink-reader.ts';

const readDoc = winkReader();
const lemmaIts = its.lemma as unknown as typeof its.value;
type WinkTokens = ReturnType<ReturnType<typeof readDoc>['tokens']>;

/**
 * Lemmas by part of speech and word (a pure memo: wink lemmatises a word alike wherever it stands), keyed by
 * wink's own strings rather than a key joined per token.
 */
const lemmas = boundedPairMemo<string>(100_000);

/**
 * The lemma of token i: wink's lemma, which (outside contractions, whose lemma comes from the expansion) depends
 * only on the word and its part of speech, so it is computed once per word and part of speech. wink gives none
 * for some words (`cannot` before a comma or a period): those keep their lower-case form, as stages expect a string.
 */
function lemmaOf(wtokens: WinkTokens, i: number, value: string, pos: string, contraction: boolean): string {
  if (contraction) return wtokens.itemAt(i).out(lemmaIts) ?? value.toLowerCase();
  return lemmas(pos, value, () => wtokens.itemAt(i).out(lemmaIts) ?? value.toLowerCase());
}

/**
 * Where a possessive `'s` (or `’s`) starts in a token wink left whole, or -1. wink splits `Rohan's` into
 * `Rohan` + `'s` unless it has added `rohan's` whole to its lexicon, which it does on meeting `Rohan's.` at a
 * sentence's end, so without this split a possessive's tokens would depend on what came before it.
 * @example possessiveCut("Rohan's") // 5
 */
export function possessiveCut(value: string): number {
  const n = value.length;
  if (n < 3 || (value[n - 1] !== 's' && value[n - 1] !== 'S') || (value[n - 2] !== "'" && value[n - 2] !== '\u2019')) return -1;
  return /[\p{L}\p{N}]/u.test(value[n - 3]) ? n - 2 : -1;
}

/** Paragraph index for each character: paragraphs are split on blank lines. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  const re = /\n[ \t\r]*\n\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function paragraphOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Splits the text into sentences and tokens with wink-nlp, with character offsets, POS and lemma.
 * Sentences never cross a blank line (a headline is its own sentence). A possessive is always two tokens
 * (see possessiveCut), whatever wink's instance has read before.
 */
export const tokenizeStage: Stage = {
  name: 'tokenize',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    const text = doc.text;
    const wdoc = readDoc(text);
    const wtokens = wdoc.tokens();
    const values = wtokens.out(its.value) as string[];
    const spaces = wtokens.out(its.precedingSpaces) as string[];
    const pos = wtokens.out(its.pos) as string[];
    const contraction = wtokens.out(its.contractionFlag as unknown as typeof its.value) as unknown as boolean[];
    const sentenceRanges = wdoc.sentences().out(its.span) as unknown as [number, number][];
    const pstarts = paragraphStarts(text);

    const starts: number[] = new Array(values.length);
    let offset = 0;
    for (let i = 0; i < values.length; i++) {
      offset += spaces[i].length;
      starts[i] = offset;
      offset += values[i].length;
    }

    const tokens: TokenSpan[] = [];
    const sentences: SentenceSpan[] = [];
    const pushSentence = (first: number, last: number) => {
      if (first > last) return;
      const start = starts[first];
      const end = starts[last] + values[last].length;
      const sentence = sentences.length;
      sentences.push({ start, end, paragraph: paragraphOf(pstarts, start) });
      for (let i = first; i <= last; i++) {
        if (pos[i] === 'SPACE') continue;
        const value = values[i];
        const cut = contraction[i] ? -1 : possessiveCut(value);
        if (cut > 0) {
          // as wink splits a possessive it has not cached whole: the word, then the clitic as a particle
          const word = value.slice(0, cut);
          const clitic = value.slice(cut);
          tokens.push({ start: starts[i], end: starts[i] + cut, pos: pos[i], lemma: word.toLowerCase(), sentence, norm: normToken(word) });
          tokens.push({ start: starts[i] + cut, end: starts[i] + value.length, pos: 'PART', lemma: clitic, sentence, norm: normToken(clitic) });
          continue;
        }
        tokens.push({ start: starts[i], end: starts[i] + value.length, pos: pos[i], lemma: lemmaOf(wtokens, i, value, pos[i], contraction[i]), sentence, norm: normToken(value) });
      }
    };
    for (const [first, last] of sentenceRanges) {
      // split further at blank lines (wink keeps a headline and the next line together)
      let from = first;
      while (from <= last && pos[from] === 'SPACE') from++;
      for (let i = from; i <= last; i++) {
        if (pos[i] === 'SPACE' && /\n[ \t\r]*\n/.test(values[i])) {
          let end = i - 1;
          while (end >= from && pos[end] === 'SPACE') end--;
          pushSentence(from, end);
          from = i + 1;
          while (from <= last && pos[from] === 'SPACE') from++;
          i = from - 1;
        }
      }
      let end = last;
      while (end >= from && pos[end] === 'SPACE') end--;
      pushSentence(from, end);
    }
    return { ...doc, sentences, tokens };
  },
};
