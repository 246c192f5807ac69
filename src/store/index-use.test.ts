import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PERSON_TITLES } from '../actors/person-store.ts';
import { OVERDUE_UPDATES } from '../consolidate/consolidate.ts';
import { openStore } from './open-store.ts';

/** The lines of SQLite's plan for a statement. */
const plan = (db: ReturnType<typeof openStore>, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);

test('reads made per role or per batch use the indexes that keep them from growing with the corpus (migration 16)', () => {
  const db = openStore(':memory:');
  try {
    const titles = plan(db, PERSON_TITLES, '["p1"]');
    assert.ok(titles.some((d) => d.includes('COVERING INDEX roles_person_title (person_id=? AND title>?)')), titles.join('\n'));
    for (const sql of OVERDUE_UPDATES) {
      const steps = plan(db, sql, '2020-01-01');
      assert.ok(steps.some((d) => /INDEX events_planned_overdue \(overdue=\? AND window_end[<>]=?\?\)/.test(d)), steps.join('\n'));
    }
  } finally {
    db.close();
  }
});

test("a person's titles are read once each, whatever the number of roles", () => {
  const db = openStore(':memory:');
  try {
    const role = db.prepare("INSERT INTO roles (person_id, person, title, source, rule) VALUES (?, 'x', ?, 'text', 'rule:t')");
    db.prepare("INSERT INTO persons (id, name) VALUES ('p1', 'A'), ('p2', 'B'), ('p3', 'C')").run();
    for (const title of ['President', 'Senator', 'President', 'Ambassador', 'Senator', 'President']) role.run('p1', title);
    role.run('p2', 'Minister');
    const rows = db.prepare(PERSON_TITLES).all('["p1","p2","p3"]') as { id: string; text: string }[];
    assert.deepEqual(rows.map((r) => `${r.id} ${r.text}`).sort(), ['p1 Ambassador', 'p1 President', 'p1 Senator', 'p2 Minister']);
  } finally {
    db.close();
  }
});
