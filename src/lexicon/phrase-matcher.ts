import type { TokenSpan } from '../model/annotations.ts';
import { PhraseIndex } from './phrase-index.ts';

/** A phrase match over tokens: the entry and the token range `[first, last]`. */
export interface PhraseMatch<T> {
  entry: T;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Normalises one token for lookup: lower case, curly apostrophes straightened, accents kept. */
export function normToken(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

/** The normalised form of a token: the one tokenize stored, else computed from the text. */
function formOf(t: TokenSpan, text: string): string {
  return t.norm ?? normToken(text.slice(t.start, t.end));
}

/**
 * Splits a phrase into the tokens the matcher compares, as the tokenize stage splits text: "U.S." stays
 * whole, "Philippine-Russia" splits on the hyphen, "St. George's" ends in "george" + "'s".
 * @example phraseTokens("Democratic People's Republic") // ['democratic', 'people', "'s", 'republic']
 */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => w.match(/[A-Za-zÀ-ÿ0-9.]+|['’][sS](?![A-Za-zÀ-ÿ0-9])|[^\sA-Za-zÀ-ÿ0-9.]/g) ?? [])
    .map(normToken);
}

/**
 * Longest-match-first phrase lookup over a token stream, indexed by first and second token (see PhraseIndex).
 * @example new PhraseMatcher([['Russian Federation', 'RUS']]).matchAt(tokens, text, 0)
 */
export class PhraseMatcher<T> {
  private readonly index = new PhraseIndex<T>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, entry] of entries) this.add(phrase, entry);
  }

  /** Adds a phrase; a later entry for the same phrase does not replace the first. */
  add(phrase: string, entry: T): void {
    this.index.add(phraseTokens(phrase), entry);
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly TokenSpan[], text: string, i: number): PhraseMatch<T> | null {
    const index = this.index.startingWith(formOf(tokens[i], text));
    if (!index) return null;
    const next = tokens[i + 1];
    const candidates = index.bySecond.size && next && next.sentence === tokens[i].sentence ? index.bySecond.get(formOf(next, text)) : undefined;
    if (candidates) {
      for (const c of candidates) {
        const last = i + c.words.length - 1;
        if (last >= tokens.length) continue;
        let ok = true;
        for (let k = 2; k < c.words.length && ok; k++) {
          const t = tokens[i + k];
          ok = t.sentence === tokens[i].sentence && formOf(t, text) === c.words[k];
        }
        if (ok) return { entry: c.entry, first: i, last, start: tokens[i].start, end: tokens[last].end };
      }
    }
    if (index.single) return { entry: index.single.entry, first: i, last: i, start: tokens[i].start, end: tokens[i].end };
    return null;
  }

  /** All non-overlapping longest matches, left to right. */
  matchAll(tokens: readonly TokenSpan[], text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, text, i);
      if (m) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }
}
