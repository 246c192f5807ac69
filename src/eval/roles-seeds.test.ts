import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreSeedRoles } from './roles-seeds.ts';
import { missingShared, sharedPath } from './shared-path.ts';

test('the seeds yield all 36 gold role assertions and no person twice', async (t) => {
  if (!sharedPath('gold/seeds.json')) return t.skip(missingShared('gold/seeds.json'));
  const report = await scoreSeedRoles();
  const roles = report.rows.find((r) => r.metric === 'person+title+country+date')?.prf;
  assert.equal(roles?.fn, 0, (report.misses ?? []).join('\n'));
  assert.equal(roles?.tp, 36);
  const persons = report.rows.find((r) => r.part === 'persons');
  assert.equal(persons?.score, 1, persons?.detail);
});
