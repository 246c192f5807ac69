import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charWidth, classCharAt, wordClass, wordEnd } from './word-scan.ts';
import { normWord, wordsIn } from './words.ts';

/** The regexes the scanner stands in for. */
const WORD_REGEX = /[\p{L}\p{M}\p{N}]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*\.?|[,;:()"“”'’]/gu;
const DICT_REGEX = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu;
const DICT_CHAR = wordClass(/[\p{L}\p{N}]/uy);

/** The dictionary words of text[from, to) by scanning, as [start, end] pairs. */
function scanned(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = from; i < to; ) {
    if (!classCharAt(text, i, to, DICT_CHAR)) i += charWidth(text, i, to);
    else {
      const end = wordEnd(text, i, to, DICT_CHAR);
      out.push([i, end]);
      i = end;
    }
  }
  return out;
}

/** The words of a text as the regex gives them, possessives split off (the reference `wordsIn` must equal). */
function regexWords(text: string, offset: number) {
  const out = [];
  for (const m of text.matchAll(WORD_REGEX)) {
    const [t, start] = [m[0], offset + m.index!];
    const n = t.length;
    const cut = n >= 3 && t.endsWith('s') && (t[n - 2] === "'" || t[n - 2] === '’') ? n - 2 : n;
    for (const [a, b] of cut < n ? [[0, cut], [cut, n]] : [[0, n]]) out.push({ text: t.slice(a, b), start: start + a, end: start + b, norm: normWord(t.slice(a, b)) });
  }
  return out;
}

/** Random text from pieces that exercise the pattern's edges (joiners, periods, marks, astral letters, emoji). */
function randomText(seed: number, length: number): string {
  const pieces = ['a', 'Z', '7', 'é', 'e\u0301', '\u0301', '.', "'", '’', '-', ' ', ',', '"', '“', 's', 'Ш', '𝐀', '😀', '\n', '(', '_', '\ud800', 'İ'];
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += pieces[x % pieces.length];
  }
  return out;
}

test('the scanner finds the words the regexes find, on whole texts and on slices', () => {
  for (let seed = 1; seed <= 400; seed++) {
    const text = randomText(seed, 60);
    const from = seed % 7;
    const to = text.length - (seed % 5);
    const slice = text.slice(from, to);
    const expected = [...slice.matchAll(DICT_REGEX)].map((m) => [from + m.index!, from + m.index! + m[0].length]);
    assert.deepEqual(scanned(text, from, to), expected, JSON.stringify(slice));
    assert.deepEqual(wordsIn(text, from, to), regexWords(slice, from), JSON.stringify(slice));
  }
});

test('wordsIn splits possessives and keeps abbreviations whole', () => {
  assert.deepEqual(
    wordsIn("He said. Russia's U.S. army", 9, 27).map((w) => [w.text, w.start, w.norm]),
    [
      ['Russia', 9, 'russia'],
      ["'s", 15, "'s"],
      ['U.S.', 18, 'u.s'],
      ['army', 23, 'army'],
    ],
  );
});
