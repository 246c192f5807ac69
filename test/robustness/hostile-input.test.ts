import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { readFile } from '../../src/read/read-inputs.ts';
import { writeBigArticle, writeHostileCorpus, type HostileCase } from '../fixtures/hostile-corpus.ts';
import { runCli, tempDir } from './helpers.ts';

/**
 * Issue 9, bad input: every hostile file is either ingested or rejected with a message naming the file and
 * the reason, the rest of the batch still goes in, and memory stays bounded.
 */

const corpusDir = path.join(tempDir('hostile'), 'corpus');
const cases = writeHostileCorpus(corpusDir);

test('readers: each hostile file is read or refused with its expected code', () => {
  for (const c of cases) {
    const results = [...readFile(c.file)];
    const msg = `${c.name} (${c.why})`;
    if (c.lines) {
      assert.equal(results.filter((r) => r.ok).length, c.lines.ok, `${msg}: good lines`);
      assert.equal(results.filter((r) => !r.ok).length, c.lines.failed, `${msg}: bad lines`);
      for (const r of results) if (!r.ok) assert.match(r.input, new RegExp(`${c.name.replace('.', '\\.')}:\\d+$`), `${msg}: names file and line`);
      continue;
    }
    assert.equal(results.length, 1, msg);
    const [r] = results;
    if (c.expect === 'reject') {
      assert.ok(!r.ok, `${msg}: must be refused`);
      assert.equal(r.code, c.code, `${msg}: code (${r.reason})`);
      assert.equal(r.input, c.file, `${msg}: names the file`);
      assert.ok(r.reason.length > 5, `${msg}: gives a reason`);
    } else {
      assert.ok(r.ok, `${msg}: must be read, got ${r.ok ? '' : `${r.code} ${r.reason}`}`);
      assert.ok(!/[\r\u0000]/.test(r.article.text), `${msg}: no CR or NUL left in the text`);
      if (c.mustNotContain) assert.ok(!r.article.text.includes(c.mustNotContain), `${msg}: script text leaked`);
    }
  }
});

test('readers: CRLF, BOMs and the date line give the same text and date as clean UTF-8', () => {
  const byName = new Map(cases.map((c) => [c.name, c]));
  const read = (name: string) => {
    const r = [...readFile(byName.get(name)!.file)][0];
    assert.ok(r.ok);
    return r.article;
  };
  assert.equal(read('crlf.txt').published?.value, '2017-03-04');
  assert.equal(read('utf16le-bom.txt').published?.value, '2017-06-01');
  assert.equal(read('utf8-bom.txt').published?.value, '2017-06-02');
  assert.ok(read('utf16be-bom.txt').text.startsWith('Report utf16be.'));
  assert.equal(read('future-date.txt').published?.value, '9999-12-31', 'a future date is kept: dyad never reads the clock');
});

test('ingest: the batch goes in around the hostile files; every refusal names the file and reason', async () => {
  const db = path.join(path.dirname(corpusDir), 'hostile.sqlite');
  const before = process.memoryUsage().rss;
  const r = await runCli(['ingest', corpusDir, '--db', db, '--json']);
  const rssGrowthMb = (process.memoryUsage().rss - before) / 1e6;
  assert.equal(r.code, 1, `exit 1 when some inputs failed; stderr: ${r.stderr}`);
  const summary = JSON.parse(r.stdout) as { stored: number; failed: number; failures: { input: string; code: string; reason: string }[] };
  const expectStored = cases.reduce((n, c: HostileCase) => n + (c.lines ? c.lines.ok : c.expect === 'ingest' ? 1 : 0), 0);
  const analysisFailures = summary.failures.filter((f) => f.code === 'E010');
  assert.deepEqual(analysisFailures, [], 'the pipeline must not crash on any accepted input');
  assert.equal(summary.stored, expectStored, 'every acceptable input is stored');
  for (const c of cases.filter((x) => x.expect === 'reject')) {
    const line = r.stderr.split('\n').find((l) => l.startsWith(`dyad: ${c.file}: ${c.code} `));
    assert.ok(line, `${c.name}: stderr names the file and code; got:\n${r.stderr}`);
  }
  const store = new Database(db, { readonly: true });
  try {
    const texts = store.prepare('SELECT name, text FROM articles').all() as { name: string; text: string }[];
    assert.equal(texts.length, expectStored);
    for (const c of cases.filter((x) => x.mustNotContain)) {
      assert.ok(!texts.some((t) => t.text.includes(c.mustNotContain!)), `${c.name}: script text reached the database`);
    }
    assert.ok(texts.some((t) => t.name === 'weird name; DROP TABLE articles;--.txt'), 'a hostile file name is stored as data');
  } finally {
    store.close();
  }
  assert.ok(rssGrowthMb < 400, `memory stays bounded: rss grew ${rssGrowthMb.toFixed(0)} MB`);
});

test('50 MB single article: refused by size before it is read, in well under a second', async () => {
  const big = cases.find((c) => c.name === 'big-50mb.txt')!;
  const t0 = Date.now();
  const [r] = [...readFile(big.file)];
  assert.ok(!r.ok && r.code === 'E007' && r.reason.includes('--max-bytes'), 'refused with the size and the option to raise it');
  assert.ok(Date.now() - t0 < 1000);
});

test('50 MB single article: with --max-bytes raised the reader takes it in bounded time and memory', () => {
  const file = path.join(path.dirname(corpusDir), 'big-allowed.txt');
  writeBigArticle(file, 50 * 1024 * 1024);
  const before = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const results = [...readFile(file, { maxBytes: 64 * 1024 * 1024, maxTextChars: Infinity })];
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  assert.equal(results.length, 1);
  assert.ok(results[0].ok, 'read');
  assert.ok(results[0].article.text.length > 50_000_000);
  assert.equal(results[0].article.published?.value, '2017-01-01');
  assert.ok(ms < 10_000, `read in ${ms.toFixed(0)} ms of CPU time (CPU, not wall: a busy machine must not fail it)`);
  assert.ok((process.memoryUsage().rss - before) / 1e6 < 1000, 'under 1 GB for a 50 MB file');
  fs.rmSync(file);
});

test('50 MB single article: dyad ingest --max-bytes 64 MiB refuses it by text length, so the batch never stalls', async () => {
  const big = cases.find((c) => c.name === 'big-50mb.txt')!;
  const db = path.join(path.dirname(corpusDir), 'big.sqlite');
  const cpu0 = process.cpuUsage();
  const r = await runCli(['ingest', big.file, '--db', db, '--max-bytes', String(64 * 1024 * 1024)]);
  const cpu = process.cpuUsage(cpu0);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /big-50mb\.txt: E007 article text is \d+ characters, over the 500000-character limit/);
  assert.ok((cpu.user + cpu.system) / 1000 < 20_000, 'refused in seconds of CPU time');
});
