import { PhraseIndex } from '../lexicon/phrase-index.ts';
import { charWidth, classCharAt, wordClass, wordEnd } from './word-scan.ts';

/** A word or punctuation mark of a text, with offsets; `'s` and `’` possessives are separate words. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened, a final period dropped (`Gen.` → `gen`). */
  norm: string;
}

const WORD_CHAR = wordClass(/[\p{L}\p{M}\p{N}]/uy);

/** Whether the character code is a mark that is a word of its own: `[,;:()"“”'’]`. */
function isPunct(c: number): boolean {
  return c < 128 ? c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 39 : c === 0x201c || c === 0x201d || c === 0x2019;
}

/**
 * Splits text into words with character offsets (relative to `offset`). "U.S." and "Lt." stay whole;
 * "Russia's" gives "Russia" and "'s". A word is `[\p{L}\p{M}\p{N}]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*\.?` or
 * one of `,;:()"“”'’`.
 * @example words('Russia\'s army').map((w) => w.text) // ['Russia', "'s", 'army']
 */
export function words(text: string, offset = 0): Word[] {
  return wordsIn(text, 0, text.length, offset);
}

/**
 * The words of `source` between `from` and `to`, with offsets in `source`: exactly `words(source.slice(from, to), from)`.
 * @example wordsIn('He said. Russia\'s army', 9, 22).length // 3
 */
export function wordsIn(source: string, from: number, to: number, offset = from): Word[] {
  const out: Word[] = [];
  const shift = offset - from;
  for (let i = from; i < to; ) {
    if (classCharAt(source, i, to, WORD_CHAR)) {
      const end = wordEnd(source, i, to, WORD_CHAR);
      const n = end - i;
      // a possessive ('s or ’s after at least one character; a word never holds a line break)
      if (n >= 3 && source.charCodeAt(end - 1) === 115 && (source.charCodeAt(end - 2) === 39 || source.charCodeAt(end - 2) === 0x2019)) {
        out.push(makeWord(source.slice(i, end - 2), i + shift));
        out.push(makeWord(source.slice(end - 2, end), end - 2 + shift));
      } else out.push(makeWord(source.slice(i, end), i + shift));
      i = end;
    } else if (isPunct(source.charCodeAt(i))) {
      out.push(makeWord(source[i], i + shift));
      i++;
    } else i += charWidth(source, i, to);
  }
  return out;
}

function makeWord(text: string, start: number): Word {
  return { text, start, end: start + text.length, norm: normWord(text) };
}

/**
 * Normalises a word for lexicon lookup.
 * @example normWord('Gen.') // 'gen'
 */
export function normWord(text: string): string {
  if (isPlainLower(text)) return text.charCodeAt(text.length - 1) === 46 ? text.slice(0, -1) : text;
  let n = text.toLowerCase();
  if (n.includes('’')) n = n.replace(/’/g, "'");
  return n.endsWith('.') ? n.slice(0, -1) : n;
}

/** Whether text is all ASCII without capitals, so that lower-casing leaves it as it is (most words). */
function isPlainLower(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

const UPPER_START = /^\p{Lu}/u;

/** Whether a word starts with a capital letter (ASCII without a regex); such a word holds a letter. */
export function isCapitalised(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w.text);
}

/** Whether a word is a possessive marker (`'s`, `’s`, or a bare apostrophe after a plural). */
export function isPossessive(w: Word | undefined): boolean {
  return !!w && w.text.length <= 2 && /^(['’]s?|['’])$/.test(w.text);
}

/** A phrase found by a table: its value and length in words. */
export interface PhraseHit<T> {
  readonly value: T;
  readonly length: number;
}

/**
 * A table of phrases over words, longest match first.
 * @example new PhraseTable([['Deputy Minister', 1]]).longestAt(words('Deputy Minister Ola'), 0)?.length // 2
 */
export class PhraseTable<T> {
  /** Each phrase's entry is the hit it gives (one object per phrase, shared by every lookup). */
  private readonly index = new PhraseIndex<PhraseHit<T>>();

  constructor(entries: Iterable<[string, T]> = []) {
    for (const [p, v] of entries) this.add(p, v);
  }

  /** Adds a phrase (case-insensitive); the first value added for a phrase is kept. */
  add(phrase: string, value: T): void {
    const parts = words(phrase).map((w) => w.norm);
    this.index.add(parts, { value, length: parts.length });
  }

  /**
   * The longest phrase starting at word i: its value and length in words, or null. A phrase of two words or
   * more is looked for among those whose second word is word i + 1, before the one-word phrase.
   */
  longestAt(ws: readonly Word[], i: number): PhraseHit<T> | null {
    if (i >= ws.length) return null;
    const index = this.index.startingWith(ws[i].norm);
    if (!index) return null;
    const list = i + 1 < ws.length && index.bySecond.size ? index.bySecond.get(ws[i + 1].norm) : undefined;
    if (list) {
      for (const c of list) {
        const n = c.words.length;
        if (i + n > ws.length) continue;
        let k = 2;
        while (k < n && ws[i + k].norm === c.words[k]) k++;
        if (k === n) return c.entry;
      }
    }
    return index.single?.entry ?? null;
  }

  /** Whether a whole phrase is in the table. */
  has(phrase: string): boolean {
    const ws = words(phrase);
    const m = this.longestAt(ws, 0);
    return !!m && m.length === ws.length;
  }
}
