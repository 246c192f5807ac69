import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCurve } from './curve.ts';
import { PLOVER_WEIGHTS, ploverWeight } from './plover-weights.ts';

test('weights are on the Goldstein scale, cooperation positive and conflict negative', () => {
  for (const [type, w] of Object.entries(PLOVER_WEIGHTS)) assert.ok(w >= -10 && w <= 10, type);
  assert.ok(ploverWeight('aid') > 0 && ploverWeight('ASSAULT') < 0);
  assert.equal(ploverWeight('UNKNOWN'), 0);
});

test('curve sums occurred events per period and fills empty periods', () => {
  const c = buildCurve([
    { type: 'AID', status: 'occurred', date: '2017-02-16' },
    { type: 'ASSAULT', status: 'occurred', date: '2017-02-20' },
    { type: 'CONSULT', status: 'occurred', date: '2017-04' },
    { type: 'AGREE', status: 'planned', date: '2017-03-01' },
    { type: 'ASSAULT', status: 'negated', date: '2017-03-01' },
  ]);
  assert.equal(c.bucket, 'month');
  assert.deepEqual(
    c.points.map((p) => [p.period, p.cooperation, p.conflict, p.net, p.n_events]),
    [
      ['2017-02', 7, -9, -2, 2],
      ['2017-03', 0, 0, 0, 0],
      ['2017-04', 1, 0, 1, 1],
    ],
  );
  assert.equal(c.excluded, 0);
});

test('curve uses years for long spans or year-precision dates, and counts what it leaves out', () => {
  const cases: [Parameters<typeof buildCurve>[0], 'month' | 'year' | undefined, string, string[], number][] = [
    [[{ type: 'AID', status: 'occurred', date: '2010-01-01' }, { type: 'AID', status: 'occurred', date: '2015-01-01' }], undefined, 'year', ['2010', '2015'], 0],
    [[{ type: 'AID', status: 'occurred', date: '2016' }, { type: 'AID', status: 'occurred', date: '2016-05-01' }], undefined, 'year', ['2016', '2016'], 0],
    [[{ type: 'AID', status: 'occurred', date: '2016' }, { type: 'AID', status: 'occurred', date: '2016-05-01' }], 'month', 'month', ['2016-05', '2016-05'], 1],
    [[{ type: 'AID', status: 'occurred', date: null }], undefined, 'year', [], 1],
  ];
  for (const [events, bucket, wantBucket, periods, excluded] of cases) {
    const c = buildCurve(events, bucket);
    assert.equal(c.bucket, wantBucket);
    assert.deepEqual(c.points.length ? [c.points[0].period, c.points.at(-1)!.period] : [], periods, `first and last period of ${JSON.stringify(events)}`);
    assert.equal(c.excluded, excluded);
  }
});
