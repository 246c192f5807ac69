import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalName, canonicalizePersons } from './canonical-persons.ts';
import { openStore } from './open-store.ts';

const names: [string[], string][] = [
  [['Duterte', 'Rodrigo Duterte'], 'Rodrigo Duterte'],
  [['Rodrigo Duterte', 'Duterte'], 'Rodrigo Duterte'],
  [['Nikolay Patrushev', 'Nikolai Patrushev'], 'Nikolai Patrushev'],
  [['Nikolai Patrushev', 'Nikolay Patrushev'], 'Nikolai Patrushev'],
  [['Hermogenes Esperon', 'Hermogenes Esperon Jr'], 'Hermogenes Esperon Jr'],
];
for (const [input, expected] of names) {
  test(`canonicalName(${input.join(' | ')}) is ${expected}, whatever the order`, () => assert.equal(canonicalName(input), expected));
}

test('canonicalizePersons re-keys a person to its canonical id and moves aliases and roles', () => {
  const db = openStore(':memory:');
  db.prepare("INSERT INTO articles (id, name, text, seq) VALUES ('a1', 'a.txt', 'x', 1)").run();
  db.prepare("INSERT INTO persons (id, name, country) VALUES ('person:nikolay-patrushev:rus', 'Nikolay Patrushev', 'RUS')").run();
  for (const alias of ['Nikolay Patrushev', 'Nikolai Patrushev']) db.prepare("INSERT INTO person_aliases VALUES ('person:nikolay-patrushev:rus', ?)").run(alias);
  db.prepare("INSERT INTO roles (person_id, person, title, article_id, source, rule) VALUES ('person:nikolay-patrushev:rus', 'Nikolai Patrushev', 'Secretary', 'a1', 'text', 'rule:x')").run();
  canonicalizePersons(db, ['a1']);
  assert.deepEqual(db.prepare('SELECT id, name FROM persons').all(), [{ id: 'person:nikolai-patrushev:rus', name: 'Nikolai Patrushev' }]);
  assert.deepEqual(db.prepare('SELECT DISTINCT person_id FROM roles UNION SELECT DISTINCT person_id FROM person_aliases').all(), [{ person_id: 'person:nikolai-patrushev:rus' }]);
  db.close();
});
