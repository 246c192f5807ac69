import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparePairs, formatComparison } from '../../bench/compare.ts';
import { median } from '../../bench/median.ts';
import type { IngestRunResult } from '../../bench/ingest-run.ts';

/** An ingest run's result with only what comparePairs reads set. */
const run = (cpu: number, store: number, events = 10): IngestRunResult =>
  ({
    workers: 0,
    stored: 100,
    failed: 0,
    events,
    seconds: cpu * 0.8,
    cpuSeconds: cpu,
    startupSeconds: 0,
    steadyArticlesPerSecond: 1000 / (cpu * 8),
    consolidateSeconds: 0,
    timings: { tokenize: 300, timexes: 100, store, consolidate: 50, 'writer-waiting': 999 },
    ingestPeakRssMB: 1,
    sampleSeconds: 0,
    maxRssMB: 1,
    dbMB: 1,
  }) as IngestRunResult;

test('median takes the middle value, or the mean of the middle two', () => {
  for (const [values, expected] of [
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ] as const)
    assert.equal(median(values), expected);
  assert.ok(Number.isNaN(median([])));
});

test('comparePairs gives head ÷ base within each pair, per article, and their median', () => {
  // the machine slows down in the second pair: both sides do, and the ratio stays
  const c = comparePairs([
    { base: run(1, 200), head: run(0.9, 100) },
    { base: run(2, 400), head: run(1.8, 200) },
    { base: run(1, 200), head: run(0.95, 100) },
  ]);
  assert.equal(c.pairs, 3);
  assert.equal(c.articles, 100);
  const cpu = c.figures.find((f) => f.name === 'cpu')!;
  assert.deepEqual(cpu.base, [10, 20, 10], 'CPU milliseconds per article');
  assert.equal(cpu.median.toFixed(3), '0.900');
  assert.equal(c.figures.find((f) => f.name === 'store')!.median, 0.5);
  assert.deepEqual(c.figures.find((f) => f.name === 'steady')!.base, [8, 16, 8], 'wall ms per article at the steady rate');
  // the writer's idle time is not analysis
  assert.deepEqual(c.figures.find((f) => f.name === 'analysis')!.base, [4, 4, 4]);
  assert.equal(c.mismatch, undefined);
  const text = formatComparison(c, 'HEAD~1 (abc1234)', 'def5678');
  assert.match(text, /cpu +base 10\.00 20\.00 10\.00 \| head 9\.00 18\.00 9\.50 \| 0\.900x \(0\.900–0\.950\)/);
});

test('comparePairs says when the two sides did different work', () => {
  const c = comparePairs([{ base: run(1, 200, 10), head: run(1, 200, 12) }]);
  assert.match(c.mismatch ?? '', /base stored 100 articles and made 10 events, head 100 and 12/);
  assert.match(formatComparison(c, 'a', 'b'), /the two sides did different work/);
  assert.throws(() => comparePairs([]), /no pairs/);
});
