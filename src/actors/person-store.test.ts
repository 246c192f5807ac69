import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RoleAssertion } from '../model/annotations.ts';
import { openStore } from '../store/open-store.ts';
import { PersonResolver } from './person-store.ts';

const role = (person: string, title: string, country: string): RoleAssertion => ({ start: 0, end: 1, person, title, country, date: null, producedBy: 'rule:t' });

test('PersonResolver: one stored person per real person across articles, fuller name kept', () => {
  const db = openStore(':memory:');
  // a fresh resolver per role: nothing read before is kept
  const resolve = (r: RoleAssertion) => new PersonResolver(db).resolve(r);
  const ids = [
    resolve(role('Duterte', 'President', 'PHL')),
    resolve(role('Rodrigo Duterte', 'President', 'PHL')),
    resolve(role('Nikolai Patrushev', 'Secretary of the Security Council', 'RUS')),
    resolve(role('Nikolay Patrushev', 'Security Council Secretary', 'RUS')),
    resolve(role('Hermogenes Esperon Jr', 'National Security Adviser', 'PHL')),
    resolve(role('Hermogenes Esperon', 'National Security Adviser', 'PHL')),
    resolve(role('Sara Duterte', 'Mayor', 'PHL')),
  ];
  assert.equal(ids[0], ids[1]);
  assert.equal(ids[2], ids[3]);
  assert.equal(ids[4], ids[5]);
  assert.notEqual(ids[6], ids[1]);
  const names = (db.prepare('SELECT name FROM persons ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  assert.deepEqual(names, ['Hermogenes Esperon Jr', 'Nikolai Patrushev', 'Rodrigo Duterte', 'Sara Duterte']);
  db.close();
});

test('PersonResolver reads every alias of a candidate, through the window table and through the LIKE scan', () => {
  const db = openStore(':memory:');
  const resolver = new PersonResolver(db);
  const resolve = (r: RoleAssertion) => resolver.resolve(r);
  try {
    // a candidate found by its stem, whose aliases (read with it) already hold the name: no alias added twice
    const first = resolve(role('Duterte', 'President', 'PHL'));
    assert.equal(resolve(role('Rodrigo Duterte', 'President', 'PHL')), first);
    assert.equal(resolve(role('Duterte', 'President', 'PHL')), first);
    // a stem with a LIKE wildcard takes the scan, which reads the same aliases
    const odd = resolve(role('Ana Ol_sen', 'Minister', 'NOR'));
    assert.equal(resolve(role('A. Ol_sen', 'Minister', 'NOR')), odd);
    assert.equal(resolve(role('Ana Ol_sen', 'Minister', 'NOR')), odd);
    const aliases = (id: string) => (db.prepare('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias').all(id) as { alias: string }[]).map((r) => r.alias);
    assert.deepEqual(aliases(first), ['Duterte', 'Rodrigo Duterte']);
    assert.deepEqual(aliases(odd), ['A. Ol_sen', 'Ana Ol_sen']);
  } finally {
    db.close();
  }
});

test('PersonResolver: one resolver for many roles stores what a fresh resolver per role stores', () => {
  // each write must drop the candidate reads it changes: a new alias containing a stem read before
  // (Lundeberg after Lunde), a name made fuller, a person first met by surname alone
  const roles = [
    role('Duterte', 'President', 'PHL'),
    role('Rodrigo Duterte', 'President', 'PHL'),
    role('Sara Duterte', 'Mayor', 'PHL'),
    role('Duterte', 'Mayor', 'PHL'),
    role('Duterte', 'President', 'PHL'),
    role('Maria Lunde', 'Minister', 'NOR'),
    role('Lunde', 'Minister', 'NOR'),
    role('Anna Lundeberg', 'Ambassador', 'SWE'),
    role('Lundeberg', 'Ambassador', 'SWE'),
    role('Lunde', 'Minister', 'NOR'),
    role('Ana Ol_sen', 'Minister', 'NOR'),
    role('A. Ol_sen', 'Minister', 'NOR'),
    role('Sara Z. Duterte', 'Mayor', 'PHL'),
    role('Duterte', 'Mayor', 'PHL'),
    role('Carpio', 'Justice', 'PHL'),
    role('Antonio Carpio', 'Justice', 'PHL'),
    role('Carpio', 'Justice', 'PHL'),
    role('Sara Duterte-Carpio', 'Mayor', 'PHL'),
    role('Carpio', 'Mayor', 'PHL'),
    role('Sara Zimmerman Duterte-Carpio', 'Mayor', 'PHL'),
    role('Sara Carpio', 'Mayor', 'PHL'),
    role('Carpio', 'Mayor', 'PHL'),
  ];
  const run = (fresh: boolean) => {
    const db = openStore(':memory:');
    db.pragma('foreign_keys = OFF'); // roles of no stored article: only their titles matter here
    try {
      const one = new PersonResolver(db);
      const ids = roles.map((r) => {
        const id = (fresh ? new PersonResolver(db) : one).resolve(r);
        db.prepare("INSERT INTO roles (person_id, person, title, country, article_id, start, end, source, rule) VALUES (?, ?, ?, ?, 'a', 0, 1, 'text', 'rule:t')").run(id, r.person, r.title, r.country);
        return id;
      });
      return {
        ids,
        persons: db.prepare('SELECT * FROM persons ORDER BY rowid').all(),
        aliases: db.prepare('SELECT * FROM person_aliases ORDER BY rowid').all(),
      };
    } finally {
      db.close();
    }
  };
  const kept = run(false);
  assert.deepEqual(kept, run(true));
  assert.ok(new Set(kept.ids).size >= 4, 'the roles name several persons');
});
