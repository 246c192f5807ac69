import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ArticleGenerator } from '../../bench/generator/article.ts';
import { loadResources } from '../data-loading/resources.ts';
import { createAnalyzer } from '../pipeline/analyze.ts';
import { readJsonl } from '../read/jsonl.ts';
import type { ReadResult } from '../read/raw-article.ts';
import { openStore, type Db } from '../store/open-store.ts';
import { ingest } from './ingest.ts';
import { ingestWithWorkers, parallelIngest } from './parallel-ingest.ts';

/** A small generated corpus as read results, with a duplicate article and a broken line among them. */
function corpus(): ReadResult[] {
  const gen = new ArticleGenerator(7, 180);
  const lines = [...gen.articles(24)].map((a) => JSON.stringify(a));
  lines.splice(8, 0, lines[3], '{"text": 12}');
  return [...readJsonl(lines.join('\n'), 'generated.jsonl')];
}

/** Everything stored, as sorted rows, so two databases can be compared. */
function dump(db: Db): Record<string, unknown[]> {
  const q = (sql: string) => db.prepare(sql).all();
  return {
    articles: q('SELECT id, name, seq, published FROM articles ORDER BY seq'),
    sentences: q('SELECT * FROM sentences ORDER BY article_id, idx'),
    timexes: q('SELECT * FROM timexes ORDER BY article_id, start, end, rule'),
    actors: q('SELECT * FROM actor_mentions ORDER BY article_id, start, end, code, rule'),
    roles: q('SELECT person_id, person, title, country, date, article_id, start, end, rule FROM roles ORDER BY id'),
    persons: q('SELECT * FROM persons ORDER BY id'),
    mentions: q('SELECT * FROM event_mentions ORDER BY id'),
    events: q('SELECT * FROM events ORDER BY id'),
    history: q('SELECT * FROM event_status_history ORDER BY event_id, mention_id'),
    agreementMentions: q('SELECT * FROM agreement_mentions ORDER BY article_id, start, end, agreement_key'),
    agreements: q('SELECT * FROM agreements ORDER BY id'),
    claims: q('SELECT * FROM claims ORDER BY article_id, start, end, about_key'),
    contradictions: q('SELECT * FROM contradictions ORDER BY id'),
  };
}

test('parallel ingest stores exactly the articles and events a serial ingest stores, whatever their commit windows', async () => {
  const inputs = corpus();
  const serialDb = openStore(':memory:');
  const parallelDb = openStore(':memory:');
  try {
    // commits every batch on one side and every second batch on the other: commit windows change nothing stored
    const serial = ingest(serialDb, createAnalyzer(loadResources()), inputs, { batchSize: 10, commitEvery: 10 });
    const parallel = await parallelIngest(parallelDb, inputs, { workers: 2, chunkSize: 3, batchSize: 10, commitEvery: 20 });
    assert.equal(serial.stored, 24);
    assert.ok(serial.events > 0, 'the generated corpus yields events');
    assert.deepEqual(
      { ...parallel, failures: parallel.failures.map((f) => f.input) },
      { ...serial, failures: serial.failures.map((f) => f.input) },
    );
    const a = dump(serialDb);
    const b = dump(parallelDb);
    for (const table of Object.keys(a)) assert.deepEqual(b[table], a[table], `table ${table} differs`);
  } finally {
    serialDb.close();
    parallelDb.close();
  }
});

test('a second parallel ingest of the same corpus skips every article', async () => {
  const inputs = corpus();
  const db = openStore(':memory:');
  try {
    await parallelIngest(db, inputs, { workers: 1, chunkSize: 8 });
    const again = await parallelIngest(db, inputs, { workers: 1 });
    assert.equal(again.stored, 0);
    assert.equal(again.skipped, inputs.filter((r) => r.ok).length);
  } finally {
    db.close();
  }
});

test('a small input is ingested in this thread, with the same result', async () => {
  const inputs = corpus().slice(0, 5);
  const db = openStore(':memory:');
  try {
    const summary = await ingestWithWorkers(db, inputs, { workers: 2 });
    assert.equal(summary.stored, 5);
  } finally {
    db.close();
  }
});
