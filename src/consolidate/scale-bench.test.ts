import assert from 'node:assert/strict';
import test from 'node:test';
import { openStore } from '../store/open-store.ts';
import { consolidate } from './consolidate.ts';
import { consolidationScaleBench, generateMentions } from './scale-bench.ts';

test('generated mentions are the same for a seed, and consolidate into fewer events than mentions', () => {
  const counts = [1, 2].map(() => {
    const db = openStore(':memory:');
    const mentions = generateMentions(db, 200, 7);
    const events = db.transaction(() => consolidate(db).events)();
    const ids = db.prepare('SELECT id FROM events ORDER BY id').all();
    db.close();
    return { mentions, events, ids };
  });
  assert.deepEqual(counts[0], counts[1]);
  assert.ok(counts[0].events > 0 && counts[0].events < counts[0].mentions);
});

test('the scaling benchmark reports times at N and 10N (figures only, no time asserted)', async () => {
  const r = await consolidationScaleBench({ n: 40, factor: 3, runs: 1, busyDyadReports: 40 });
  assert.deepEqual(r.generated.map((g) => g.articles), [40, 120]);
  assert.ok(Number.isFinite(r.ratio10x) && r.ratio10x > 0);
  assert.deepEqual(r.busyDyad.map((b) => [b.articles, b.days]), [[40, 14], [120, 40]]);
  assert.ok(Number.isFinite(r.busyDyadRatio10x) && r.busyDyad.every((b) => b.events > 0 && b.events < b.articles));
});
