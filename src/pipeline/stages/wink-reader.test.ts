import assert from 'node:assert/strict';
import { test } from 'node:test';
import { winkReader } from './wink-reader.ts';

test('winkReader: fifty fresh wink instances in one process (the model alone fails at the 21st)', () => {
  const read = winkReader(1);
  for (let i = 0; i < 50; i++) assert.equal(read(`Gondor met Rohan ${i} times.`).tokens().length(), 6);
});
