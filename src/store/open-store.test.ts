import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, CACHE_KIB, migrate, openStore } from './open-store.ts';
import { MIGRATIONS } from './schema.ts';

/** A database left by a dyad whose schema stopped at `version` migrations, holding one linked mention. */
function oldDatabase(file: string, version: number): void {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
  db.prepare('INSERT INTO schema_version VALUES (?)').run(version);
  for (const m of MIGRATIONS.slice(0, version)) db.exec(m);
  db.prepare("INSERT INTO articles (id, name, text, published, published_precision, seq) VALUES ('a1', 'a.txt', 'Gondor met Rohan.', '2017-05-01', 'day', 1)").run();
  db.prepare("INSERT INTO events (id, type, cameo, source_code, target_code, status) VALUES ('e1', 'CONSULT', '040', 'GON', 'ROH', 'occurred')").run();
  db.prepare(
    `INSERT INTO event_mentions (rowid, id, article_id, event_id, type, cameo, source_code, target_code, date_basis, status, start, end, sentence_start, sentence_end, rule, pipeline_version, window_lo, window_hi)
     VALUES (7, 'm1', 'a1', 'e1', 'CONSULT', '040', 'GON', 'ROH', 'published', 'occurred', 0, 6, 0, 17, 'rule:x', 'v', 17287, 17287)`,
  ).run();
  db.prepare("INSERT INTO event_status_history (event_id, status, as_of, article_id, mention_id) VALUES ('e1', 'occurred', '2017-05-01', 'a1', 'm1')").run();
  db.close();
}

test('migration 11 rebuilds event_mentions without the event_id foreign key, keeping rows, rowids, links and the other keys', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-migrate-'));
  try {
    const file = path.join(dir, 'v10.sqlite');
    oldDatabase(file, 10);
    const db = openStore(file);
    assert.equal((db.prepare('SELECT version FROM schema_version').get() as { version: number }).version, MIGRATIONS.length);
    assert.deepEqual(db.prepare('SELECT rowid, id, event_id, window_lo FROM event_mentions').all(), [{ rowid: 7, id: 'm1', event_id: 'e1', window_lo: 17287 }]);
    const keys = (db.pragma('foreign_key_list(event_mentions)') as { table: string }[]).map((k) => k.table);
    assert.deepEqual(keys, ['articles'], 'only the article key is left');
    assert.equal((db.pragma('foreign_keys', { simple: true }) as number), 1, 'foreign keys are back on after migrating');
    assert.deepEqual(
      db.prepare('SELECT * FROM event_status_history').all(),
      [{ event_id: 'e1', status: 'occurred', date: null, as_of: '2017-05-01', article_id: 'a1', mention_id: 'm1' }],
      'the history is the row the table held, now read from the linked mention (migration 13)',
    );
    assert.equal(db.prepare("SELECT type FROM sqlite_master WHERE name = 'event_status_history'").pluck().get(), 'view');
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event_mentions' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[]);
    assert.deepEqual(indexes, ['event_mentions_article', 'event_mentions_event', 'event_mentions_windows']);
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM event_mentions').get() as { n: number }).n, 0, 'deleting the article still deletes its mentions');
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM event_status_history').get() as { n: number }).n, 0, 'and their history');
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a migration that leaves a broken reference is rolled back and named', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (0);');
  const migrations = [...MIGRATIONS, "CREATE TABLE parent_x (id TEXT PRIMARY KEY); CREATE TABLE child_x (p TEXT REFERENCES parent_x(id)); INSERT INTO child_x VALUES ('gone');"];
  try {
    assert.throws(() => migrate(db, migrations), new RegExp(`migration ${migrations.length} left 1 broken references \\(child_x -> parent_x\\)`));
    assert.equal((db.prepare('SELECT version FROM schema_version').get() as { version: number }).version, MIGRATIONS.length);
    assert.equal(db.prepare("SELECT name FROM sqlite_master WHERE name = 'child_x'").get(), undefined, 'its tables are gone');
    assert.equal((db.pragma('foreign_keys', { simple: true }) as number), 1);
  } finally {
    db.close();
  }
});

test('a connection waits BUSY_TIMEOUT_MS for a write lock (an ingest holds one for its commit window) and keeps up to CACHE_KIB of pages', () => {
  const db = openStore(':memory:');
  try {
    assert.equal(db.pragma('busy_timeout', { simple: true }), BUSY_TIMEOUT_MS);
    assert.equal(db.pragma('cache_size', { simple: true }), -CACHE_KIB);
  } finally {
    db.close();
  }
});
