import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordCount } from './word-count.ts';

test('wordCount: table', () => {
  const rows: [string, number][] = [['', 0], ['   ', 0], ['Putin', 1], ['  Putin met\nDuterte. ', 3], ['a\tb\r\nc', 3]];
  for (const [text, n] of rows) assert.equal(wordCount(text), n, JSON.stringify(text));
});
