import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { ActorMention, SentenceSpan, Timex } from '../model/annotations.ts';
import { makeDoc } from '../model/doc.ts';
import { migrate, openStore } from './open-store.ts';
import { MIGRATIONS } from './schema.ts';
import { writeArticle } from './write-article.ts';

const TEXT = 'Gondor\u2019s "envoy" met Rohan in Edoras on 3 May.\n\nRohan said no.';
const sentences: SentenceSpan[] = [
  { start: 0, end: 47, paragraph: 0 },
  { start: 49, end: 63, paragraph: 1 },
];
const timexes: Timex[] = [{ start: 39, end: 46, text: '3 May', type: 'DATE', value: '2020-05-03', resolved: true, producedBy: 'rule:day-month' }];
const actors: ActorMention[] = [
  { start: 0, end: 6, text: 'Gondor', kind: 'country', code: 'GON', name: 'Gondor', producedBy: 'rule:country-name' },
  { start: 9, end: 16, text: '"envoy"', kind: 'person', code: 'GONGOV', name: 'envoy', country: 'GON', sector: 'GOV', form: 'title', producedBy: 'rule:x' },
  { start: 49, end: 54, text: 'Rohan', kind: 'country', code: 'ROH', name: 'Rohan', producedBy: 'rule:country-name' },
];

/** The rows of the three span views (or tables) for some articles, one article after another, as a reader asks for an article's. */
function viewRows(db: Database.Database, ids: readonly string[] = ['a1']): unknown {
  const of = (from: string) => ids.flatMap((id) => db.prepare(`SELECT * FROM ${from} WHERE article_id = ?`).all(id));
  return { sentences: of('sentences'), timexes: of('timexes'), actors: of('actor_mentions') };
}

/** What the views must give for the article above: the rows the tables held, column for column. */
const expected = (id: string) => ({
  sentences: [
    { article_id: id, idx: 0, start: 0, end: 47, paragraph: 0 },
    { article_id: id, idx: 1, start: 49, end: 63, paragraph: 1 },
  ],
  timexes: [{ article_id: id, start: 39, end: 46, text: '3 May', type: 'DATE', value: '2020-05-03', mod: null, rule: 'rule:day-month' }],
  actors: [
    { article_id: id, start: 0, end: 6, text: 'Gondor', kind: 'country', code: 'GON', name: 'Gondor', country: null, sector: null, form: null, rule: 'rule:country-name' },
    { article_id: id, start: 9, end: 16, text: '"envoy"', kind: 'person', code: 'GONGOV', name: 'envoy', country: 'GON', sector: 'GOV', form: 'title', rule: 'rule:x' },
    { article_id: id, start: 49, end: 54, text: 'Rohan', kind: 'country', code: 'ROH', name: 'Rohan', country: null, sector: null, form: null, rule: 'rule:country-name' },
  ],
});

test('writeArticle keeps sentences, timexes and actor mentions in one row that the views read back as the tables held them', () => {
  const db = openStore(':memory:');
  try {
    const doc = makeDoc({ id: 'a1', name: 'a1.txt', text: TEXT, published: { value: '2020-05-04', precision: 'day' }, sentences, timexes, actors });
    db.transaction(() => writeArticle(db, doc))();
    assert.deepEqual(viewRows(db), expected('a1'));
    assert.deepEqual(
      db.prepare("SELECT s.start, s.end FROM sentences s WHERE s.article_id = 'a1' AND s.start < 50").all(),
      [{ start: 0, end: 47 }, { start: 49, end: 63 }],
      'a filter on the view reads the article row and its spans',
    );
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    assert.deepEqual(viewRows(db), { sentences: [], timexes: [], actors: [] }, 'deleting the article deletes its spans');
  } finally {
    db.close();
  }
});

test('migration 15 moves the rows of the sentence, timex and actor tables into article_spans, in their order', () => {
  const db = new Database(':memory:');
  try {
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (14);');
    for (const m of MIGRATIONS.slice(0, 14)) db.exec(m);
    const article = db.prepare("INSERT INTO articles (id, name, text, published, published_precision, seq) VALUES (?, ?, ?, '2020-05-04', 'day', ?)");
    article.run('b2', 'b2.txt', TEXT, 1);
    article.run('a1', 'a1.txt', TEXT, 2);
    article.run('c3', 'c3.txt', 'Nothing here.', 3);
    const sentence = db.prepare('INSERT INTO sentences (article_id, idx, start, end, paragraph) VALUES (?, ?, ?, ?, ?)');
    const timex = db.prepare('INSERT INTO timexes (article_id, start, end, text, type, value, mod, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const actor = db.prepare('INSERT INTO actor_mentions (article_id, start, end, text, kind, code, name, country, sector, form, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    // interleaved across articles and with the sentences out of index order, as no reader may rely on insertion
    for (const id of ['a1', 'b2']) {
      for (const i of [1, 0]) sentence.run(id, i, sentences[i].start, sentences[i].end, sentences[i].paragraph);
      for (const t of timexes) timex.run(id, t.start, t.end, t.text, t.type, t.value, t.mod ?? null, t.producedBy);
    }
    for (const a of actors) for (const id of ['b2', 'a1']) actor.run(id, a.start, a.end, a.text, a.kind, a.code, a.name, a.country ?? null, a.sector ?? null, a.form ?? null, a.producedBy);
    const ids = ['a1', 'b2', 'c3'];
    const before = viewRows(db, ids);
    migrate(db);
    assert.deepEqual(viewRows(db, ids), before, 'the views give the rows the tables held');
    const kinds = db.prepare("SELECT name, type FROM sqlite_master WHERE name IN ('sentences', 'timexes', 'actor_mentions') ORDER BY name").all();
    assert.deepEqual(kinds, [
      { name: 'actor_mentions', type: 'view' },
      { name: 'sentences', type: 'view' },
      { name: 'timexes', type: 'view' },
    ]);
    assert.deepEqual(db.prepare("SELECT sentences, timexes, actors FROM article_spans WHERE article_id = 'c3'").get(), { sentences: '[]', timexes: '[]', actors: '[]' });
    assert.deepEqual(viewRows(db), expected('a1'), "an article's spans keep the order they were written in, sentences by index");
  } finally {
    db.close();
  }
});
