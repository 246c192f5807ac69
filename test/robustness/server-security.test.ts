import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { createApp, PAGES } from '../../src/server/app.ts';
import { createAnalyzer } from '../../src/pipeline/analyze.ts';
import { loadResources } from '../../src/data-loading/resources.ts';
import { openStore } from '../../src/store/open-store.ts';
import { INJECTIONS } from '../fixtures/hostile-corpus.ts';
import { DYAD_BIN, REPO, exportJson, runCli, tempDir, writeArticles } from './helpers.ts';

/**
 * Issue 9, security of `dyad serve`: it binds 127.0.0.1 by default; the write route needs the token;
 * SQL-injection strings through every documented query parameter and path parameter of every page (and
 * its JSON twin) never cause a server error, a leak or a change; paths cannot escape the static folder.
 * The app is tested in-process (`app.request`); only the bind test starts a process.
 */

const dir = tempDir('server');
const dbFile = path.join(dir, 'server.sqlite');
writeArticles(path.join(dir, 'corpus'), 12);
const ingested = await runCli(['ingest', path.join(dir, 'corpus'), '--db', dbFile]);
if (ingested.code !== 0) throw new Error(`fixture ingest failed: ${ingested.stderr}`);

/** A page path with every `:param` replaced by `value`. */
function fill(pagePath: string, value: string): string {
  return pagePath.replace(/:([A-Za-z_]+)/g, () => encodeURIComponent(value));
}

test('dyad serve binds 127.0.0.1 when no --host is given', { timeout: 120_000 }, async () => {
  const child = spawn(process.execPath, [DYAD_BIN, 'serve', '--db', dbFile, '--port', '0'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const url = /http:\/\/\S+?\//.exec(line)?.[0];
    assert.ok(url, `serve prints its URL: ${line}`);
    assert.equal(new URL(url).hostname, '127.0.0.1');
    const res = await fetch(`${url}-/version`);
    assert.equal(res.status, 200);
  } finally {
    child.kill('SIGTERM');
  }
});

test('POST /api/articles needs the token: refused without it, with a wrong one, and on a read-only server', async () => {
  const db = openStore(dbFile);
  try {
    const count = () => (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const before = count();
    const body = JSON.stringify({ text: 'Officials from Norway met officials from Sweden in Oslo.', published: '2017-03-03' });
    const post = (app: ReturnType<typeof createApp>, auth?: string) =>
      app.request('/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) } });
    const readOnly = createApp({ db });
    const guarded = createApp({ db, token: 'correct-horse-battery', analyzer: () => createAnalyzer(loadResources()) });
    assert.equal((await post(readOnly)).status, 403, 'read-only server');
    assert.equal((await post(readOnly, 'Bearer correct-horse-battery')).status, 403, 'read-only server ignores any token');
    assert.equal((await post(guarded)).status, 401, 'no token');
    assert.equal((await post(guarded, 'Bearer wrong-token-value')).status, 401, 'wrong token');
    assert.equal((await post(guarded, 'Bearer correct-horse-batter')).status, 401, 'a prefix of the token');
    assert.equal((await post(guarded, 'Bearer correct-horse-battery2')).status, 401, 'the token plus a character');
    assert.equal((await post(guarded, 'Basic correct-horse-battery')).status, 401, 'another scheme');
    assert.equal((await post(guarded, 'correct-horse-battery')).status, 401, 'token without the Bearer scheme');
    for (const s of INJECTIONS.filter((x) => !x.includes('\u0000'))) assert.equal((await post(guarded, `Bearer ${s}`)).status, 401, `injected token ${JSON.stringify(s)}`);
    assert.equal(count(), before, 'nothing written without the token');
    assert.equal((await post(guarded, 'Bearer correct-horse-battery')).status, 201, 'the right token writes');
    assert.equal(count(), before + 1);
  } finally {
    db.close();
  }
});

test('POST /api/articles refuses what the file readers refuse: binary, invalid UTF-8, NUL, impossible dates', async () => {
  const db = openStore(':memory:');
  try {
    const app = createApp({ db, token: 'correct-horse-battery', analyzer: () => createAnalyzer(loadResources()) });
    const cases: [string, string | Uint8Array, string][] = [
      ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0]), 'application/octet-stream'],
      ['invalid UTF-8', new Uint8Array([0x46, 0x72, 0xc3, 0x28, 0x61]), 'text/plain'],
      ['NUL inside JSON text', JSON.stringify({ text: 'Norway met\u0000 Sweden.' }), 'application/json'],
      ['impossible date line', ' date 2017-02-31 Norway met Sweden.', 'text/plain'],
      ['impossible published date', JSON.stringify({ text: 'Norway met Sweden.', published: '2017-02-31' }), 'application/json'],
      ['whitespace only', ' \n\t ', 'text/plain'],
      ['deeply nested JSON', '['.repeat(100_000), 'application/json'],
    ];
    const wrong: string[] = [];
    for (const [name, body, type] of cases) {
      const res = await app.request('/api/articles', { method: 'POST', body: body as BodyInit, headers: { 'content-type': type, authorization: 'Bearer correct-horse-battery' } });
      if (res.status < 400 || res.status >= 500) wrong.push(`${name}: ${res.status}`);
    }
    assert.deepEqual(wrong, [], 'each must be a 4xx naming the reason');
    assert.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 0, 'nothing stored');
  } finally {
    db.close();
  }
});

test('SQL-injection strings through every page parameter: no 5xx, no rows, no change', { timeout: 300_000 }, async () => {
  const db = openStore(dbFile);
  const app = createApp({ db, onInternalError: (err) => assert.fail(`internal error: ${(err as Error).stack}`) });
  const before = JSON.stringify(await exportJson(dbFile));
  try {
    let requests = 0;
    for (const page of PAGES) {
      const params = [...page.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]);
      const queries = (page.query ?? []).map((q) => q.name);
      for (const s of INJECTIONS.filter((x) => !x.includes('\u0000'))) {
        const urls: { url: string; expectEmpty: boolean }[] = [];
        if (params.length) urls.push({ url: fill(page.path, s), expectEmpty: true });
        const base = fill(page.path, params.includes('pair') ? 'FRA-DEU' : 'x');
        for (const q of queries) urls.push({ url: `${base}?${q}=${encodeURIComponent(s)}`, expectEmpty: q !== 'q' && !params.length });
        for (const { url, expectEmpty } of urls) {
          for (const u of [url.replace(/(\?|$)/, '.json$1'), url]) {
            const res = await app.request(u);
            requests++;
            assert.ok(res.status < 500, `${u}: status ${res.status}`);
            if (!u.includes('.json')) continue;
            const body = (await res.json()) as { ok: boolean; rows?: unknown[]; error?: string };
            assert.equal(typeof body.ok, 'boolean', `${u}: envelope`);
            if (body.ok && expectEmpty) assert.equal(body.rows?.length ?? 0, 0, `${u}: injected filter matched rows`);
          }
        }
      }
    }
    assert.ok(requests > 100, `${requests} requests sent`);
  } finally {
    db.close();
  }
  assert.equal(JSON.stringify(await exportJson(dbFile)), before, 'database unchanged');
});

test('paths cannot escape the static folder', async () => {
  const db = openStore(dbFile, { readonly: true });
  try {
    const app = createApp({ db });
    const attempts = [
      '/static/../package.json',
      '/static/..%2fpackage.json',
      '/static/..%2f..%2fpackage.json',
      '/static/%2e%2e/%2e%2e/package.json',
      '/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/static/app.js/../../package.json',
      '/static/....//....//package.json',
      '/static/..\\..\\package.json',
      '/static/%252e%252e/package.json',
      '/static//etc/passwd',
      '/static/app.js%00.png',
      '/articles/..%2f..%2fpackage.json',
      '/events/..%2f..%2f..%2fetc%2fpasswd.json',
      '/persons/%2e%2e',
      '/../../package.json',
    ];
    for (const a of attempts) {
      const res = await app.request(a);
      const text = await res.text();
      assert.ok(res.status < 500, `${a}: status ${res.status}`);
      assert.ok(!text.includes('"devDependencies"') && !text.includes('root:x:0:0'), `${a}: a file outside web/ was served`);
    }
  } finally {
    db.close();
  }
});
