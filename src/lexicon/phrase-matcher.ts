import type { TokenSpan } from '../model/annotations.ts';

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
  return s.toLowerCase().replace(/[’‘]/g, "'");
}

/** Splits a phrase into the tokens the matcher compares ("U.S." stays whole, "Philippine-Russia" splits on the hyphen as wink does). */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => w.match(/[A-Za-zÀ-ÿ0-9.]+(?:'s)?|[^\sA-Za-zÀ-ÿ0-9.]/g) ?? [])
    .map(normToken);
}

/**
 * Longest-match-first phrase lookup over a token stream, indexed by first token.
 * @example new PhraseMatcher([['Russian Federation', 'RUS']]).matchAt(tokens, text, 0)
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; entry: T }[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, entry] of entries) this.add(phrase, entry);
  }

  /** Adds a phrase; a later entry for the same phrase does not replace the first. */
  add(phrase: string, entry: T): void {
    const words = phraseTokens(phrase);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]) ?? [];
    if (list.some((c) => c.words.join(' ') === words.join(' '))) return;
    list.push({ words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly TokenSpan[], text: string, i: number): PhraseMatch<T> | null {
    const candidates = this.byFirst.get(normToken(text.slice(tokens[i].start, tokens[i].end)));
    if (!candidates) return null;
    for (const c of candidates) {
      const last = i + c.words.length - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let k = 1; k < c.words.length && ok; k++) {
        const t = tokens[i + k];
        ok = t.sentence === tokens[i].sentence && normToken(text.slice(t.start, t.end)) === c.words[k];
      }
      if (ok) return { entry: c.entry, first: i, last, start: tokens[i].start, end: tokens[last].end };
    }
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
