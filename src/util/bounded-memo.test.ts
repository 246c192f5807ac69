import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo, boundedPairMemo } from './bounded-memo.ts';

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

test('boundedPairMemo computes a pair once, tells pairs apart by either key, and forgets everything at its limit', () => {
  let calls = 0;
  const memo = boundedPairMemo<string>(3);
  const join = (a: string, b: string) => memo(a, b, () => (calls++, `${a}:${b}`));
  assert.equal(join('VERB', 'signed'), 'VERB:signed');
  assert.equal(join('VERB', 'signed'), 'VERB:signed');
  assert.equal(calls, 1);
  assert.equal(join('ADJ', 'signed'), 'ADJ:signed', 'another outer key is another pair');
  assert.equal(join('VERB', 'met'), 'VERB:met', 'another inner key is another pair');
  assert.equal(calls, 3);
  join('NOUN', 'talks'); // full: the memo is cleared, then holds this pair
  assert.equal(calls, 4);
  join('VERB', 'signed');
  assert.equal(calls, 5, 'the first pair was forgotten when the memo filled');
  join('NOUN', 'talks');
  assert.equal(calls, 5, 'the last pair was kept');
});

test('boundedMemo takes number keys', () => {
  let calls = 0;
  const memo = boundedMemo<string, number>(10);
  const iso = (n: number) => memo(n, () => (calls++, String(n)));
  iso(1);
  iso(1);
  assert.equal(calls, 1);
});
