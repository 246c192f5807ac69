import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measureTimeVsChrono } from './bench-time.ts';

test('measureTimeVsChrono reports words per second of both systems on the same texts', () => {
  const r = measureTimeVsChrono(['The envoys met on Friday, May 3, 2017, for three days.', 'Talks resume next week.'], 1);
  assert.equal(r.texts, 2);
  assert.equal(r.words, 15);
  assert.ok(r.stageWordsPerSecond > 0 && r.chronoWordsPerSecond > 0 && r.ratio > 0);
});
