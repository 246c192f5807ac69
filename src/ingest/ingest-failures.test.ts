import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzerOf } from '../pipeline/analyze.ts';
import { readJsonl } from '../read/jsonl.ts';
import { openStore } from '../store/open-store.ts';
import { ingest } from './ingest.ts';

/** An analyzer that fails on every article, as a pipeline bug would. */
const broken = analyzerOf(() => {
  throw new Error('stage exploded');
});

test('an analysis failure (E010) names the input as the reader did: the path and line, not the base name', () => {
  const db = openStore(':memory:');
  try {
    const inputs = [...readJsonl('{"text": "The two ministers met in Geneva."}\n', '/data/feeds/2017/wire.jsonl')];
    const summary = ingest(db, broken, inputs);
    assert.equal(summary.failed, 1);
    assert.deepEqual(
      summary.failures.map((f) => [f.input, f.code]),
      [['/data/feeds/2017/wire.jsonl:1', 'E010']],
    );
    assert.match(summary.failures[0].reason, /stage exploded/);
  } finally {
    db.close();
  }
});
