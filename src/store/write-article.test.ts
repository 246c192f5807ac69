import assert from 'node:assert/strict';
import { test } from 'node:test';
import type Database from 'better-sqlite3';
import { loadResources } from '../data-loading/resources.ts';
import { makeDoc } from '../model/doc.ts';
import { createAnalyzer } from '../pipeline/analyze.ts';
import { readInputs } from '../read/read-inputs.ts';
import { openStore } from './open-store.ts';
import { packArticle } from './packed-article.ts';
import { writeArticle, writeArticles } from './write-article.ts';

/** Every row writeArticles writes, rowids included, in a fixed order. */
function rows(db: Database.Database): unknown {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    articles: all('SELECT id, seq FROM articles ORDER BY rowid'),
    spans: all('SELECT rowid, * FROM article_spans ORDER BY rowid'),
    persons: all('SELECT rowid, * FROM persons ORDER BY rowid'),
    aliases: all('SELECT rowid, * FROM person_aliases ORDER BY rowid'),
    roles: all('SELECT rowid, * FROM roles ORDER BY rowid'),
    mentions: all('SELECT rowid, * FROM event_mentions ORDER BY rowid'),
  };
}

test('writeArticles, table by table, stores the rows, rowids and persons that writing the articles one by one does', () => {
  const analyzer = createAnalyzer(loadResources());
  const docs = [...readInputs([new URL('../../examples', import.meta.url).pathname])].flatMap((r) => (r.ok ? [analyzer.analyze(makeDoc({ ...r.article }))] : []));
  assert.ok(docs.filter((d) => d.roles.length > 0).length >= 3, 'several example articles assert roles, so persons are resolved across articles');
  const one = openStore(':memory:');
  const all = openStore(':memory:');
  try {
    const each = one.transaction(() => docs.map((doc) => writeArticle(one, doc)))();
    const together = all.transaction(() => writeArticles(all, docs, docs.map((doc) => packArticle(doc))))();
    assert.deepEqual(together, each, 'the stored mentions returned, with their rowids');
    assert.deepEqual(rows(all), rows(one));
    assert.ok((rows(all) as { mentions: unknown[] }).mentions.length > 0);
  } finally {
    one.close();
    all.close();
  }
});
