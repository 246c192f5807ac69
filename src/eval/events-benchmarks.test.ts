import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scorePloverGsr } from './events-plover-gsr.ts';
import { scoreZeroShotPlanned } from './events-zero-shot-planned.ts';
import { missingShared, sharedPath } from './shared-path.ts';

test('issue 5: PLOVER GSR type accuracy ≥ 0.75', async (t) => {
  if (!sharedPath('bench/events/plover_gsr/PLOVER_GSR_CAMEO.json')) return t.skip(missingShared('bench/events/plover_gsr/PLOVER_GSR_CAMEO.json'));
  const report = await scorePloverGsr();
  assert.ok((report.rows[0].score ?? 0) >= 0.75, `${report.rows[0].detail}\n${(report.misses ?? []).slice(0, 20).join('\n')}`);
});

test('issue 5: planned-class F1 on the hand-labelled zero_shot_plover sample ≥ 0.8', async (t) => {
  if (!sharedPath('bench/events/zero_shot_plover/PLV_test.tsv')) return t.skip(missingShared('bench/events/zero_shot_plover/PLV_test.tsv'));
  const report = await scoreZeroShotPlanned();
  assert.ok((report.rows[0].prf?.f1 ?? 0) >= 0.8, (report.misses ?? []).join('\n'));
});
