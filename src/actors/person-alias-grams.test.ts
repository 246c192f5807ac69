import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore, type Db } from '../store/open-store.ts';
import { windowRange } from './person-store.ts';

/** Persons with an alias containing `stem`, as the old full scan found them. */
const byLike = (db: Db, stem: string) =>
  (db.prepare(`SELECT DISTINCT person_id AS id FROM person_aliases WHERE alias LIKE '%' || ? || '%' ORDER BY id`).all(stem) as { id: string }[]).map((r) => r.id);

/** Persons with an alias containing `stem`, through the window table (ASCII-only lower case, as LIKE). */
const byGram = (db: Db, stem: string) =>
  (db.prepare('SELECT DISTINCT person_id AS id FROM person_alias_grams WHERE gram >= @gram AND gram < @next ORDER BY id')
    .all(windowRange(stem.replace(/[A-Z]+/g, (m) => m.toLowerCase()))) as { id: string }[]).map((r) => r.id);

const ALIASES: [string, string][] = [
  ['p1', 'Ana Lund'],
  ['p1', 'A. Lundqvist'],
  ['p2', 'Ivo Saar'],
  ['p3', 'Pia ÖSTBERG'],
  ['p3', 'Östberg'],
  ['p4', 'Li Wei'],
  ['p5', 'Ólafur Li-Saar'],
];
const STEMS = ['Lund', 'lundq', 'LUNDQ', 'Saar', 'saar', 'Li', 'li', 'i', 'Östb', 'östb', 'ÖSTBE', 'Ólafu', 'ólafu', 'i-Saa', 'A. Lu', 'Wei', 'Nobod', 'Ö', 'ö', 'Ó', 'r', ' '];

test('person alias substrings find exactly the persons LIKE "%stem%" finds, as aliases are added, moved and removed', () => {
  const db = openStore(':memory:');
  for (const id of ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']) db.prepare('INSERT INTO persons (id, name) VALUES (?, ?)').run(id, id);
  const insert = db.prepare('INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)');
  for (const [id, alias] of ALIASES) insert.run(id, alias);
  const check = (when: string) => {
    for (const stem of STEMS) assert.deepEqual(byGram(db, stem), byLike(db, stem), `${when}: "${stem}"`);
  };
  check('after inserts');
  db.prepare('UPDATE person_aliases SET person_id = ? WHERE person_id = ?').run('p6', 'p1');
  check('after moving aliases to another person');
  db.prepare("DELETE FROM person_aliases WHERE alias = 'Li Wei'").run();
  check('after deleting an alias');
  db.prepare("DELETE FROM persons WHERE id = 'p3'").run();
  check('after deleting a person');
  db.close();
});

test('a database from before the window table finds the same persons once migrated', async () => {
  const { MIGRATIONS } = await import('../store/schema.ts');
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(':memory:');
  const windows = MIGRATIONS.findIndex((m) => m.includes('DROP INDEX person_alias_grams_person'));
  for (const m of MIGRATIONS.slice(0, windows)) db.exec(m);
  for (const id of ['p1', 'p2', 'p3', 'p4', 'p5']) db.prepare('INSERT INTO persons (id, name) VALUES (?, ?)').run(id, id);
  for (const [id, alias] of ALIASES) db.prepare('INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)').run(id, alias);
  for (const m of MIGRATIONS.slice(windows)) db.exec(m);
  for (const stem of STEMS) assert.deepEqual(byGram(db, stem), byLike(db, stem), `migrated: "${stem}"`);
  db.close();
});
