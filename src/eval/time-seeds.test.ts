import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingShared, sharedPath } from './shared-path.ts';
import { nthIndexOf, timeSeedsScorer } from './time-seeds.ts';

test('nthIndexOf counts whole-word occurrences only', () => {
  assert.equal(nthIndexOf('known now and now', 'now', 0), 6);
  assert.equal(nthIndexOf('known now and now', 'now', 1), 14);
  assert.equal(nthIndexOf('known', 'now', 0), -1);
});

test('all 33 seed time expressions are found with their gold value', async (t) => {
  if (!sharedPath('gold/seeds.json')) return t.skip(missingShared('gold/seeds.json'));
  const report = await timeSeedsScorer.run();
  const value = report.rows.find((r) => r.metric === 'value+mod');
  assert.equal(value?.detail, '33/33', (report.misses ?? []).join('\n'));
});
