import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../../errors.ts';
import { fixtureDb } from '../test-fixture.ts';
import { ftsQuery, searchArticles } from './search.ts';

test('ftsQuery quotes every word so that no FTS5 syntax gets through', () => {
  const cases: [string, string][] = [
    ['Davao', '"Davao"'],
    ['Davao meeting', '"Davao" "meeting"'],
    ['"unbalanced', '"unbalanced"'],
    ['pact OR NEAR(a b)', '"pact" "OR" "NEAR" "a" "b"'],
    ['text:grain*', '"text" "grain"'],
    ['Sueño Año', '"Sueño" "Año"'],
  ];
  for (const [q, want] of cases) assert.equal(ftsQuery(q), want, q);
  for (const q of ['', '   ', '"*"', '()']) assert.throws(() => ftsQuery(q), UsageError, JSON.stringify(q));
});

test('the full-text index follows inserts, updates and deletes of articles', () => {
  const db = fixtureDb();
  const ids = (q: string) => searchArticles(db, q, 10, 0).map((r) => r.id);
  assert.deepEqual(ids('grain'), ['art1']);
  db.prepare("UPDATE articles SET text = 'Arnor and Gondor signed a trade pact covering timber.' WHERE id = 'art1'").run();
  assert.deepEqual(ids('grain'), []);
  assert.deepEqual(ids('timber'), ['art1']);
  db.prepare("INSERT INTO articles (id, name, text, seq) VALUES ('art9', 'art9.txt', 'More timber for Gondor.', 9)").run();
  assert.deepEqual(ids('timber').sort(), ['art1', 'art9']);
  db.prepare("DELETE FROM articles WHERE id = 'art1'").run();
  assert.deepEqual(ids('timber'), ['art9']);
});
