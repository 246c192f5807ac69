import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from '../fixtures/run-cli.ts';

const dir = tempDir('cli');
const db = path.join(dir, 'dyad.sqlite');
const EXAMPLES = path.resolve('examples');

const count = (table: string) => {
  // read through the export so the test depends only on the public contract
  return runCli(['export', '--db', db]).then((r) => (JSON.parse(r.stdout) as Record<string, unknown[]>)[table].length);
};

test('ingest stores the examples and reports read/stored/skipped/failed', async () => {
  const r = await runCli(['ingest', EXAMPLES, '--db', db, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.failed, 0);
  assert.equal(s.stored, s.read);
  assert.ok(s.stored >= 8);
});

test('ingesting the same inputs twice leaves every count unchanged', async () => {
  const before = { articles: await count('articles'), events: await count('events'), roles: await count('roles') };
  const r = await runCli(['ingest', EXAMPLES, '--db', db, '--json']);
  const s = JSON.parse(r.stdout);
  assert.equal(s.stored, 0);
  assert.equal(s.skipped, s.read);
  assert.deepEqual({ articles: await count('articles'), events: await count('events'), roles: await count('roles') }, before);
});

test('export --format json has the contract shape', async () => {
  const r = await runCli(['export', '--format', 'json', '--db', db]);
  assert.equal(r.code, 0);
  const data = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(data).sort(), ['agreements', 'articles', 'contradictions', 'events', 'roles']);
  for (const a of data.articles) {
    assert.match(a.id, /^[0-9a-f]{16}$/);
    assert.equal(typeof a.name, 'string');
    for (const k of ['inferred', 'precision', 'value']) assert.ok(k in a.published, `published lacks ${k}`);
  }
  assert.ok(data.events.length > 0);
  for (const e of data.events) {
    for (const k of ['id', 'type', 'cameo', 'source', 'target', 'date', 'status', 'place', 'mentions']) assert.ok(k in e, `event lacks ${k}`);
    assert.ok(['occurred', 'planned', 'negated', 'hypothetical'].includes(e.status));
    assert.match(e.source.code ?? 'XXX', /^[A-Z]{3}$/);
    if (e.date.value) assert.match(e.date.value, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    for (const m of e.mentions) {
      for (const k of ['article', 'start', 'end', 'text', 'status', 'rule']) assert.ok(k in m, `mention lacks ${k}`);
      assert.ok(m.start < m.end);
    }
  }
  for (const role of data.roles) for (const k of ['person', 'title', 'country', 'date', 'article']) assert.ok(k in role, `role lacks ${k}`);
});

test('export --format csv has a header and one row per event; plover is a JSON array', async () => {
  const events = await count('events');
  const csv = await runCli(['export', '--format', 'csv', '--db', db]);
  assert.match(csv.stdout, /^id,date,date_precision,type,cameo,source,target,status/);
  assert.ok(csv.stdout.trim().split('\n').length >= events + 1);
  const plover = JSON.parse((await runCli(['export', '--format', 'plover', '--db', db])).stdout);
  assert.equal(plover.length, events);
  assert.ok('event_type' in plover[0]);
});

test('events, timeline and show answer in text and --json', async () => {
  const list = JSON.parse((await runCli(['events', '--dyad', 'PHL,RUS', '--json', '--db', db])).stdout);
  assert.ok(list.length > 0);
  for (const e of list) assert.deepEqual([e.source_code, e.target_code].sort(), ['PHL', 'RUS']);
  const timeline = await runCli(['timeline', 'PHL', 'RUS', '--db', db]);
  assert.equal(timeline.code, 0);
  assert.match(timeline.stdout, /^PHL–RUS timeline: \d+ events?/);
  const dates = JSON.parse((await runCli(['timeline', 'phl', 'rus', '--json', '--db', db])).stdout).events.map((e: { date: string | null }) => e.date).filter(Boolean);
  assert.deepEqual(dates, [...dates].sort());
  const show = await runCli(['show', list[0].id, '--db', db]);
  assert.equal(show.code, 0);
  assert.match(show.stdout, /\[.+\]/);
  const shown = JSON.parse((await runCli(['show', list[0].id, '--json', '--db', db])).stdout);
  assert.ok(shown.mentions.length >= 1);
});

test('filters narrow the list: --from/--to and --status', async () => {
  const all = JSON.parse((await runCli(['events', '--json', '--db', db])).stdout);
  const later = JSON.parse((await runCli(['events', '--from', '2018', '--json', '--db', db])).stdout);
  assert.ok(later.every((e: { date: string }) => e.date >= '2018'));
  assert.ok(later.length <= all.length);
  const planned = JSON.parse((await runCli(['events', '--status', 'planned', '--json', '--db', db])).stdout);
  assert.ok(planned.every((e: { status: string }) => e.status === 'planned'));
});

const usage: [string, string[]][] = [
  ['unknown command', ['frobnicate']],
  ['bad status', ['events', '--status', 'maybe']],
  ['bad dyad', ['events', '--dyad', 'PHL']],
  ['bad date', ['events', '--from', 'May 2017']],
  ['bad timeline codes', ['timeline', 'Philippines', 'RUS']],
  ['bad export format', ['export', '--format', 'xml']],
  ['missing ingest path', ['ingest']],
];
for (const [label, args] of usage) {
  test(`usage error (${label}) exits 2 with a message`, async () => {
    const r = await runCli([...args, '--db', db]);
    assert.equal(r.code, 2, `${label}: ${r.stderr}`);
    assert.ok(r.stderr.length > 0);
  });
}

test('show of an unknown event and a missing database exit 1 with a message', async () => {
  const r = await runCli(['show', 'nope', '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /E031: event "nope" not found/);
  const m = await runCli(['events', '--db', path.join(dir, 'missing.sqlite')]);
  assert.equal(m.code, 1);
  assert.match(m.stderr, /does not exist/);
});

test('ingest with a bad input exits 1, names the file, and still stores the rest', async () => {
  const bad = path.join(dir, 'batch');
  fs.mkdirSync(bad);
  fs.writeFileSync(path.join(bad, 'good.txt'), ' date 2018-01-10 Russia and the Philippines held talks in Manila on Tuesday.');
  fs.writeFileSync(path.join(bad, 'broken.txt'), ' date 2018-02-30 Bad date line.');
  const r = await runCli(['ingest', bad, '--db', path.join(dir, 'batch.sqlite'), '--json']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /broken\.txt: E005/);
  assert.equal(JSON.parse(r.stdout).stored, 1);
});
