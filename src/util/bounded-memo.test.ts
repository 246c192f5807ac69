import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from './bounded-memo.ts';

test('boundedMemo computes a key once, and forgets everything when it reaches its limit', () => {
  let calls = 0;
  const memo = boundedMemo<string>(2);
  const upper = (s: string) => memo(s, () => (calls++, s.toUpperCase()));
  assert.equal(upper('a'), 'A');
  assert.equal(upper('a'), 'A');
  assert.equal(calls, 1);
  upper('b');
  upper('c'); // full: the memo is cleared, then holds c
  assert.equal(calls, 3);
  upper('a');
  assert.equal(calls, 4, 'a was forgotten when the memo filled');
  upper('c');
  assert.equal(calls, 4, 'c was kept');
});
