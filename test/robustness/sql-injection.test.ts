import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { INJECTIONS } from '../fixtures/hostile-corpus.ts';
import { exportJson, runCli, tempDir, writeArticles } from './helpers.ts';

/**
 * Issue 9, security: queries are parameterised. SQL-injection strings go through every filter of
 * `dyad events`, `dyad timeline`, `dyad show` and `dyad export`; each run ends as a normal answer (no rows),
 * a usage error (2) or not-found (1), never an internal error, and the database is unchanged after.
 */


const dir = tempDir('sqli');
const db = path.join(dir, 'sqli.sqlite');
writeArticles(path.join(dir, 'corpus'), 12);

function tableSnapshot(): string {
  const store = new Database(db, { readonly: true });
  try {
    const tables = store.prepare("SELECT name, sql FROM sqlite_master ORDER BY name").all();
    const counts = ['articles', 'events', 'event_mentions', 'event_status_history'].map((t) => (store.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
    return JSON.stringify({ tables, counts, status: store.prepare('SELECT status, count(*) FROM events GROUP BY status').all() });
  } finally {
    store.close();
  }
}

/** Every place a user string reaches a query from the CLI. */
function cliRuns(s: string): string[][] {
  return [
    ['events', `--dyad=${s}`],
    ['events', `--dyad=FRA,${s}`],
    ['events', `--from=${s}`],
    ['events', `--to=${s}`],
    ['events', `--status=${s}`],
    ['events', `--type=${s}`],
    ['timeline', s, 'DEU'],
    ['timeline', 'FRA', s],
    ['timeline', 'FRA', 'DEU', `--from=${s}`],
    ['timeline', 'FRA', 'DEU', `--to=${s}`],
    ['timeline', 'FRA', 'DEU', `--status=${s}`],
    ['timeline', 'FRA', 'DEU', `--type=${s}`],
    ['show', s],
    ['export', `--format=${s}`],
  ];
}

test('SQL-injection strings through every CLI filter: no error, no rows, no change', { timeout: 300_000 }, async () => {
  const ingest = await runCli(['ingest', path.join(dir, 'corpus'), '--db', db]);
  assert.equal(ingest.code, 0, ingest.stderr);
  const before = tableSnapshot();
  const exported = await exportJson(db);
  assert.ok((exported.events as unknown[]).length > 0, 'the database has events to leak');
  for (const s of INJECTIONS) {
    for (const args of cliRuns(s)) {
      const r = await runCli([...args, '--db', db, ...(args[0] === 'export' ? [] : ['--json'])]);
      const what = `dyad ${args.join(' ')}`;
      assert.ok([0, 1, 2].includes(r.code), `${what}: exit ${r.code} (3 is an internal error): ${r.stderr}`);
      if (r.code !== 0) {
        assert.match(r.stderr, /^dyad: E0\d\d: /, `${what}: one coded error line`);
        continue;
      }
      const out = JSON.parse(r.stdout) as unknown[] | { events: unknown[] };
      const rows = Array.isArray(out) ? out : out.events;
      assert.equal(rows.length, 0, `${what}: an injected filter must match nothing, got ${rows.length} rows`);
    }
  }
  assert.equal(tableSnapshot(), before, 'schema, row counts and statuses unchanged');
  assert.deepEqual(await exportJson(db), exported, 'export unchanged');
});

