import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
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

test('a serial batch closes at batchChars characters of text as well as at batchSize articles', () => {
  const db = openStore(':memory:');
  try {
    const sizes: number[] = [];
    const identity = analyzerOf((doc) => doc);
    const recording = { ...identity, analyzeBatch: (docs: Parameters<typeof identity.analyzeBatch>[0]) => (sizes.push(docs.length), identity.analyzeBatch(docs)) };
    const lines = ['Gondor met Arnor.', 'Rohan thanked Gondor at length.', 'Arnor and Rohan talked.', 'Gondor left.'];
    const inputs = [...readJsonl(lines.map((text) => JSON.stringify({ text })).join('\n'), 'feed.jsonl')];
    // 17 + 31 = 48 characters reach 40: the first batch closes after two articles
    const summary = ingest(db, recording, inputs, { batchSize: 200, batchChars: 40 });
    assert.equal(summary.stored, 4);
    assert.deepEqual(sizes, [2, 2]);
  } finally {
    db.close();
  }
});

test('a serial ingest commits whole batches every commitEvery articles, and the rest at the end', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-ingest-commit-'));
  const file = path.join(dir, 'd.sqlite');
  const db = openStore(file);
  const reader = new Database(file, { readonly: true });
  try {
    const committed = reader.prepare('SELECT COUNT(*) FROM articles').pluck();
    const lines = Array.from({ length: 9 }, (_, i) => JSON.stringify({ text: `Gondor met Arnor on day ${i + 1}.` }));
    const seen: number[] = [];
    const summary = ingest(db, analyzerOf((doc) => doc), [...readJsonl(lines.join('\n'), 'feed.jsonl')], {
      batchSize: 2,
      commitEvery: 4,
      onProgress: () => seen.push(committed.get() as number),
    });
    assert.equal(summary.stored, 9);
    // batches of 2 close after inputs 2, 4, 6, 8; a commit follows every second batch; the last article at the end
    assert.deepEqual(seen, [0, 0, 0, 4, 4, 4, 4, 8, 8]);
    assert.equal(committed.get(), 9);
  } finally {
    reader.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
