import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RoleAssertion } from '../model/annotations.ts';
import { openStore } from '../store/open-store.ts';
import { resolveStoredPerson } from './person-store.ts';

const role = (person: string, title: string, country: string): RoleAssertion => ({ start: 0, end: 1, person, title, country, date: null, producedBy: 'rule:t' });

test('resolveStoredPerson: one stored person per real person across articles, fuller name kept', () => {
  const db = openStore(':memory:');
  const ids = [
    resolveStoredPerson(db, role('Duterte', 'President', 'PHL')),
    resolveStoredPerson(db, role('Rodrigo Duterte', 'President', 'PHL')),
    resolveStoredPerson(db, role('Nikolai Patrushev', 'Secretary of the Security Council', 'RUS')),
    resolveStoredPerson(db, role('Nikolay Patrushev', 'Security Council Secretary', 'RUS')),
    resolveStoredPerson(db, role('Hermogenes Esperon Jr', 'National Security Adviser', 'PHL')),
    resolveStoredPerson(db, role('Hermogenes Esperon', 'National Security Adviser', 'PHL')),
    resolveStoredPerson(db, role('Sara Duterte', 'Mayor', 'PHL')),
  ];
  assert.equal(ids[0], ids[1]);
  assert.equal(ids[2], ids[3]);
  assert.equal(ids[4], ids[5]);
  assert.notEqual(ids[6], ids[1]);
  const names = (db.prepare('SELECT name FROM persons ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  assert.deepEqual(names, ['Hermogenes Esperon Jr', 'Nikolai Patrushev', 'Rodrigo Duterte', 'Sara Duterte']);
  db.close();
});

test('resolveStoredPerson reads every alias of a candidate, through the window table and through the LIKE scan', () => {
  const db = openStore(':memory:');
  try {
    // a candidate found by its stem, whose aliases (read with it) already hold the name: no alias added twice
    const first = resolveStoredPerson(db, role('Duterte', 'President', 'PHL'));
    assert.equal(resolveStoredPerson(db, role('Rodrigo Duterte', 'President', 'PHL')), first);
    assert.equal(resolveStoredPerson(db, role('Duterte', 'President', 'PHL')), first);
    // a stem with a LIKE wildcard takes the scan, which reads the same aliases
    const odd = resolveStoredPerson(db, role('Ana Ol_sen', 'Minister', 'NOR'));
    assert.equal(resolveStoredPerson(db, role('A. Ol_sen', 'Minister', 'NOR')), odd);
    assert.equal(resolveStoredPerson(db, role('Ana Ol_sen', 'Minister', 'NOR')), odd);
    const aliases = (id: string) => (db.prepare('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias').all(id) as { alias: string }[]).map((r) => r.alias);
    assert.deepEqual(aliases(first), ['Duterte', 'Rodrigo Duterte']);
    assert.deepEqual(aliases(odd), ['A. Ol_sen', 'Ana Ol_sen']);
  } finally {
    db.close();
  }
});
