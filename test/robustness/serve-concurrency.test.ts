import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { DYAD_BIN, REPO, runCli, tempDir, writeArticles } from './helpers.ts';

/**
 * Issue 9, concurrency: `dyad serve` answers reads while `dyad ingest` writes the same database (WAL),
 * with no errors: every response is 200 with `ok: true`, the server prints no error, and the article
 * count it reports only grows, ending at the full batch. Two real processes, as a user would run them.
 */

const dir = tempDir('concurrency');
const db = path.join(dir, 'live.sqlite');
const first = writeArticles(path.join(dir, 'first'), 6);
const second = path.join(dir, 'second');
const TOTAL = 46;
// The second folder repeats the first six articles (skipped as already stored) and adds 40 more.
writeArticles(second, TOTAL);

function startServe(): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [DYAD_BIN, 'serve', '--db', db, '--port', '0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const url = /http:\/\/\S+?(?=\/)/.exec(out)?.[0];
      if (url) resolve({ child, url, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

const READS = ['/-/version', '/dyads.json', '/events.json', '/events.json?dyad=FRA-DEU', '/dyads/FRA-DEU.json', '/search.json?q=France', '/events', '/dyads'];

test('dyad serve answers reads with no error while dyad ingest writes', { timeout: 300_000 }, async (t) => {
  const seed = await runCli(['ingest', ...first, '--db', db]);
  assert.equal(seed.code, 0, seed.stderr);
  const server = await startServe();
  try {
    const writer = spawn(process.execPath, [DYAD_BIN, 'ingest', second, '--db', db, '--batch', '3', '--commit-every', '3'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let writerErr = '';
    writer.stderr!.on('data', (d) => (writerErr += d));
    let writing = true;
    const writerDone = new Promise<number | null>((resolve) => writer.on('exit', (code) => ((writing = false), resolve(code))));
    let reads = 0;
    let readsWhileWriting = 0;
    let lastCount = 0;
    const counts = new Set<number>();
    const articleCount = async () => {
      const res = await fetch(`${server.url}/articles.json?limit=1000`);
      assert.equal(res.status, 200, `/articles.json: ${res.status}`);
      const body = (await res.json()) as { ok: boolean; rows: unknown[] };
      assert.equal(body.ok, true);
      return body.rows.length;
    };
    while (writing) {
      for (const r of READS) {
        const res = await fetch(`${server.url}${r}`);
        const text = await res.text();
        assert.equal(res.status, 200, `${r} while ingest writes: ${res.status} ${text.slice(0, 300)}`);
        if (r.includes('.json') || r.startsWith('/-/')) assert.equal((JSON.parse(text) as { ok: boolean }).ok, true, r);
        reads++;
        if (writing) readsWhileWriting++;
      }
      const n = await articleCount();
      assert.ok(n >= lastCount, `the article count never goes back (${lastCount} → ${n})`);
      lastCount = n;
      counts.add(n);
    }
    assert.equal(await writerDone, 0, `ingest: ${writerErr}`);
    assert.equal(await articleCount(), TOTAL, 'every article visible once the ingest ends');
    assert.equal(server.stderr(), '', 'the server printed no error');
    t.diagnostic(`${reads} reads, ${readsWhileWriting} while writing; ${counts.size} distinct article counts seen`);
    assert.ok(readsWhileWriting >= READS.length, 'reads overlapped the writes');
  } finally {
    server.child.kill('SIGTERM');
  }
});
