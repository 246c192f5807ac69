import assert from 'node:assert/strict';
import type { Timex } from '../model/annotations.ts';
import { loadTimeLexicon, type TimeLexicon } from './lexicon.ts';
import { tagRawText } from './tag-text.ts';

let lexicon: TimeLexicon | null = null;

/** The time lexicon, loaded once per test file. */
export function testLexicon(): TimeLexicon {
  lexicon ??= loadTimeLexicon();
  return lexicon;
}

/**
 * Tags a text as the pipeline would (tokenize, then the time tagger) with a DCT (null: none).
 * @example tag('They met on Friday.', '2017-02-18')
 */
export function tag(text: string, dct: string | null): Timex[] {
  return tagRawText(text, dct, testLexicon()).timexes;
}

/** What a table row expects of the one expression it names: text, and any of type, value, mod. */
export interface Expect {
  text: string;
  type?: string;
  value?: string;
  mod?: string;
  resolved?: boolean;
}

/**
 * Asserts that `text` (tagged with `dct`) holds an expression with exactly `expect.text` as its
 * extent and the expected fields; the message names the case and lists what was found.
 * @example expectTimex('They met on Friday.', '2017-02-18', { text: 'Friday', value: '2017-02-17' })
 */
export function expectTimex(text: string, dct: string | null, expect: Expect): Timex {
  const all = tag(text, dct);
  const found = all.find((t) => t.text === expect.text);
  const seen = all.map((t) => `"${t.text}" ${t.type} ${t.value}${t.mod ? ` ${t.mod}` : ''}`).join('; ') || 'nothing';
  assert.ok(found, `${text} → expected "${expect.text}", found ${seen}`);
  for (const key of ['type', 'value', 'mod', 'resolved'] as const) {
    if (expect[key] !== undefined) assert.equal(found[key], expect[key], `${text} → "${expect.text}" ${key} (found ${seen})`);
  }
  return found;
}

/**
 * Asserts that no expression overlaps `word` in `text` (look-alikes such as "Sun Microsystems").
 * @example expectNoTimexOn('Sun Microsystems rose.', 'Sun')
 */
export function expectNoTimexOn(text: string, word: string, dct: string | null = '2017-06-15'): void {
  const at = text.indexOf(word);
  assert.ok(at >= 0, `test text lacks "${word}"`);
  const hit = tag(text, dct).find((t) => t.start < at + word.length && at < t.end);
  assert.equal(hit, undefined, `${text} → "${word}" should not be a time expression, found "${hit?.text}" ${hit?.value}`);
}
