import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { GroupCommit } from './group-commit.ts';
import { openStore, type Db } from './open-store.ts';

/** A database file with a table `t`, a writer and a second connection that sees only what was committed. */
function twoConnections(): { db: Db; seen: () => string[]; done: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-commit-'));
  const file = path.join(dir, 'd.sqlite');
  const db = openStore(file);
  db.exec('CREATE TABLE t (v TEXT)');
  const reader = new Database(file, { readonly: true });
  const read = reader.prepare('SELECT v FROM t ORDER BY rowid').pluck();
  return {
    db,
    seen: () => read.all() as string[],
    done: () => {
      reader.close();
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('GroupCommit: batches are committed together once they hold `every` articles, the rest at close', () => {
  const { db, seen, done } = twoConnections();
  try {
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const commits = new GroupCommit(db, 4);
    const steps: string[][] = [];
    for (const v of ['a', 'b', 'c']) {
      commits.run(2, () => insert.run(v));
      steps.push(seen());
    }
    commits.close();
    steps.push(seen());
    assert.deepEqual(steps, [[], ['a', 'b'], ['a', 'b'], ['a', 'b', 'c']]);
    assert.equal(db.inTransaction, false);
  } finally {
    done();
  }
});

test('GroupCommit: a batch that throws undoes only itself; the batches before it are committed and the error passed on', () => {
  const { db, seen, done } = twoConnections();
  try {
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const commits = new GroupCommit(db, 100);
    commits.run(1, () => insert.run('a'));
    assert.throws(
      () =>
        commits.run(1, () => {
          insert.run('b');
          throw new Error('disk on fire');
        }),
      /disk on fire/,
    );
    assert.deepEqual(seen(), ['a']);
    assert.equal(db.inTransaction, false);
    commits.run(1, () => insert.run('c'));
    commits.close();
    assert.deepEqual(seen(), ['a', 'c']);
  } finally {
    done();
  }
});

test("GroupCommit: inside a caller's transaction it neither begins nor commits", () => {
  const { db, seen, done } = twoConnections();
  try {
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    db.exec('BEGIN');
    const commits = new GroupCommit(db, 1);
    commits.run(5, () => insert.run('a'));
    commits.close();
    assert.equal(db.inTransaction, true);
    assert.deepEqual(seen(), []);
    db.exec('ROLLBACK');
    assert.deepEqual(seen(), []);
  } finally {
    done();
  }
});
