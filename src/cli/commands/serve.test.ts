import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { DyadError, UsageError } from '../../errors.ts';
import { MIGRATIONS } from '../../store/schema.ts';
import { openForServing, parseServeOptions } from './serve.ts';

const base = { db: 'x.sqlite', port: '8001', host: '127.0.0.1' };

test('serve options: defaults bind this machine only and stay read-only', () => {
  assert.deepEqual(parseServeOptions(base, {}), { db: 'x.sqlite', port: 8001, host: '127.0.0.1', token: undefined });
  assert.equal(parseServeOptions(base, { DYAD_TOKEN: 'from-the-env' }).token, 'from-the-env');
  assert.equal(parseServeOptions({ ...base, token: 'from-the-flag' }, { DYAD_TOKEN: 'from-the-env' }).token, 'from-the-flag');
  assert.equal(parseServeOptions({ ...base, port: '0' }, {}).port, 0);
});

test('serve options: bad values are usage errors', () => {
  const bad: Record<string, unknown>[] = [{ port: '-1' }, { port: '65536' }, { port: 'http' }, { port: '80.5' }, { host: ' ' }, { token: 'short' }];
  for (const b of bad) assert.throws(() => parseServeOptions({ ...base, ...b }, {}), UsageError, JSON.stringify(b));
});

test('without a token the database is served read-only, migrated first; with one, read-write', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-serve-'));
  try {
    const file = path.join(dir, 'old.sqlite');
    const old = new Database(file);
    old.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (0);');
    old.exec(MIGRATIONS[0]);
    old.prepare('UPDATE schema_version SET version = 1').run();
    old.close();
    const ro = openForServing(file, false);
    assert.equal(ro.readonly, true);
    assert.equal((ro.prepare('SELECT version FROM schema_version').get() as { version: number }).version, MIGRATIONS.length);
    assert.throws(() => ro.prepare("INSERT INTO persons (id, name) VALUES ('x', 'y')").run());
    ro.close();
    const rw = openForServing(file, true);
    assert.equal(rw.readonly, false);
    rw.close();
    assert.throws(() => openForServing(path.join(dir, 'missing.sqlite'), false), DyadError);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
