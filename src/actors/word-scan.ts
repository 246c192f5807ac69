/**
 * A hand-written scanner for the word pattern `X+(?:[.'’\-]X+)*\.?`, where X is a character class such as
 * `[\p{L}\p{N}]`: it finds the same words, at the same offsets, as matching the regex globally (with the `u`
 * flag) over the text between two offsets, without allocating a match object per word.
 */

/** A word-character class: ASCII letters and digits are tested inline, other characters with `nonAscii`. */
export interface WordClass {
  /** A sticky, unicode regex for one character of the class, e.g. `/[\p{L}\p{N}]/uy`. */
  readonly nonAscii: RegExp;
}

/**
 * Makes a word-character class from a sticky unicode regex for one character.
 * @example wordClass(/[\p{L}\p{N}]/uy)
 */
export function wordClass(nonAscii: RegExp): WordClass {
  if (!nonAscii.sticky || !nonAscii.unicode) throw new Error('wordClass needs a sticky unicode regex');
  return { nonAscii };
}

/** ASCII letters and digits: the ASCII characters of every word class. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 123; c++) if (c <= 57 || (c >= 65 && c <= 90) || c >= 97) ASCII_WORD[c] = 1;

/** The width (1 or 2 code units) of the class character at i, or 0 when the character at i (before `to`) is not in the class. */
export function classCharAt(text: string, i: number, to: number, cls: WordClass): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c];
  // a lone trail surrogate is no character of a class (the regex would read the pair it may end, from before i)
  if ((c & 0xfc00) === 0xdc00) return 0;
  const width = charWidth(text, i, to);
  cls.nonAscii.lastIndex = i;
  if (!cls.nonAscii.test(text)) return 0;
  // a pair that the regex reads as one character but that `to` cuts in two is no class character
  return cls.nonAscii.lastIndex - i === width ? width : 0;
}

/** The width of the character at i (a surrogate pair counts as one character). */
export function charWidth(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

const isJoiner = (c: number) => c === 46 || c === 39 || c === 0x2019 || c === 45;

/**
 * The end of the word that starts with a class character at `start` (before `to`): class characters,
 * joined by `.`, `'`, `’` or `-` to more class characters, and an optional final period.
 * @example wordEnd('U.S. said', 0, 9, wordClass(/[\p{L}\p{N}]/uy)) // 4
 */
export function wordEnd(text: string, start: number, to: number, cls: WordClass): number {
  let i = runEnd(text, start, to, cls);
  while (i + 1 < to && isJoiner(text.charCodeAt(i))) {
    const w = classCharAt(text, i + 1, to, cls);
    if (!w) break;
    i = runEnd(text, i + 1 + w, to, cls);
  }
  return i < to && text.charCodeAt(i) === 46 ? i + 1 : i;
}

/** The end of the run of class characters from i (ASCII ones read inline). */
function runEnd(text: string, i: number, to: number, cls: WordClass): number {
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!ASCII_WORD[c]) return i;
      i++;
    } else {
      const w = classCharAt(text, i, to, cls);
      if (!w) return i;
      i += w;
    }
  }
  return i;
}
