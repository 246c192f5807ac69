import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../store/open-store.ts';
import { findPersons, rolesOf } from '../../actors/role-queries.ts';
import { actorCommand } from './actor.ts';

/** A temporary database with two fictional people and their roles (one from a dictionary). */
function fixtureDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-actor-'));
  const file = path.join(dir, 'a.sqlite');
  const db = openStore(file);
  const article = db.prepare(`INSERT INTO articles (id, name, text, published, published_precision, seq) VALUES (?, ?, 'x', ?, 'day', ?)`);
  article.run('a1', 'one.txt', '2017-02-17', 1);
  article.run('a2', 'two.txt', '2018-05-16', 2);
  article.run('a3', 'three.txt', '2018-06-01', 3);
  db.prepare(`INSERT INTO persons (id, name, country) VALUES ('p1', 'Ana Maria Lopez', 'PHL'), ('p2', 'Luis Lopez', 'MEX')`).run();
  db.prepare(`INSERT INTO person_aliases (person_id, alias) VALUES ('p1', 'Ana Maria Lopez'), ('p1', 'Lopez'), ('p2', 'Luis Lopez')`).run();
  const role = db.prepare(`INSERT INTO roles (person_id, person, title, country, date, date_precision, article_id, source, rule) VALUES (?, ?, ?, ?, ?, 'day', ?, ?, 'rule:t')`);
  role.run('p1', 'Ana Maria Lopez', 'Senator', 'PHL', '2017-02-17', 'a1', 'text');
  role.run('p1', 'Ana Maria Lopez', 'Foreign Affairs Secretary', 'PHL', '2018-05-16', 'a2', 'text');
  role.run('p1', 'Lopez', 'foreign affairs secretary', 'PHL', '2018-06-01', 'a3', 'text');
  role.run('p1', 'Ana Maria Lopez', 'PHLGOV', 'PHL', null, null, 'dictionary:test.actors');
  role.run('p2', 'Luis Lopez', 'Governor', 'MEX', '2018-05-16', 'a2', 'text');
  db.close();
  return file;
}

test('findPersons: by name, by alias, by surname; rolesOf: each title with its span and source', () => {
  const db = openStore(fixtureDb(), { readonly: true });
  try {
    assert.deepEqual(findPersons(db, 'ana maria lopez').map((p) => p.id), ['p1']);
    assert.deepEqual(findPersons(db, 'Lopez').map((p) => p.id), ['p1', 'p2']);
    assert.deepEqual(findPersons(db, 'Nobody'), []);
    const roles = rolesOf(db, findPersons(db, 'Ana Maria Lopez')[0]);
    assert.deepEqual(
      roles.map((r) => [r.title, r.first, r.last, r.attestations, r.source]),
      [
        ['Senator', '2017-02-17', '2017-02-17', 1, 'text'],
        ['Foreign Affairs Secretary', '2018-05-16', '2018-06-01', 2, 'text'],
        ['PHLGOV', null, null, 1, 'dictionary:test.actors'],
      ],
    );
  } finally {
    db.close();
  }
});

test('dyad actor prints roles over time as text and as JSON, and fails with E031 for an unknown name', async () => {
  const file = fixtureDb();
  let out = '';
  const io = { stdout: (t: string) => (out += t), stderr: () => {}, isTTY: false, readStdin: async () => '' };
  assert.equal(await actorCommand.handler(['Ana', 'Maria', 'Lopez'], { db: file }, io), 0);
  assert.match(out, /^Ana Maria Lopez \(PHL\)/);
  assert.match(out, /Senator\s+2017-02-17\s+PHL\s+1 mention\s+text/);
  assert.match(out, /Foreign Affairs Secretary\s+2018-05-16 – 2018-06-01/);
  out = '';
  assert.equal(await actorCommand.handler(['Ana Maria Lopez'], { db: file, json: true }, io), 0);
  const json = JSON.parse(out);
  assert.equal(json.persons[0].roles[1].source, 'text');
  await assert.rejects(actorCommand.handler(['Nobody Known'], { db: file }, io), /E031/);
});

test('dyad actor adds the Phoenix dictionary roles of a known name beside the text roles', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-actor-'));
  const file = path.join(dir, 'b.sqlite');
  const db = openStore(file);
  db.prepare(`INSERT INTO persons (id, name, country) VALUES ('v', 'Vladimir Putin', 'RUS')`).run();
  db.prepare(`INSERT INTO roles (person_id, person, title, country, date, date_precision, source, rule) VALUES ('v', 'Vladimir Putin', 'President', 'RUS', '2017-02-17', 'day', 'text', 'rule:t')`).run();
  db.close();
  let out = '';
  const io = { stdout: (t: string) => (out += t), stderr: () => {}, isTTY: false, readStdin: async () => '' };
  assert.equal(await actorCommand.handler(['Vladimir Putin'], { db: file }, io), 0);
  assert.match(out, /President\s+2017-02-17/);
  assert.match(out, /RUSGOV\s+2008-05-08 – …\s+RUS\s+dictionary:Phoenix\.Countries\.actors\.txt/);
});
