import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { writeTinyFiles } from '../fixtures/hostile-corpus.ts';
import { runCli, tempDir } from './helpers.ts';

/**
 * Issue 9, 10k tiny files: one `dyad ingest` of a folder of 10,000 small articles (in ten sub-folders)
 * stores every one, in bounded memory and CPU time, and a second run stores none. DYAD_TINY_FILES sets
 * the count. The time bound is on CPU time, so a busy shared machine slows the test but never fails it.
 */

const N = Number(process.env.DYAD_TINY_FILES ?? 10_000);
/** 10 s of fixed cost (modules, resources) plus 5 ms a file: one minute for 10,000. */
const CPU_BUDGET_MS = 10_000 + 5 * N;

test(`${N} tiny files: all stored once, memory and CPU time bounded`, { timeout: 900_000 }, async (t) => {
  const dir = tempDir('tiny');
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const corpus = writeTinyFiles(path.join(dir, 'corpus'), N);
  const db = path.join(dir, 'tiny.sqlite');
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = Date.now();
  const r = await runCli(['ingest', corpus, '--db', db, '--json']);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
  t.diagnostic(`${N} files: ${Date.now() - t0} ms wall, ${cpuMs.toFixed(0)} ms CPU, rss +${rssMb.toFixed(0)} MB`);
  assert.equal(r.code, 0, r.stderr.slice(0, 2000));
  const summary = JSON.parse(r.stdout) as { read: number; stored: number; failed: number };
  assert.deepEqual([summary.read, summary.stored, summary.failed], [N, N, 0]);
  assert.ok(cpuMs < CPU_BUDGET_MS, `CPU time ${cpuMs.toFixed(0)} ms over ${CPU_BUDGET_MS} ms`);
  assert.ok(rssMb < 500, `memory grew ${rssMb.toFixed(0)} MB`);
  const store = new Database(db, { readonly: true });
  try {
    assert.equal((store.prepare('SELECT count(DISTINCT id) AS n FROM articles').get() as { n: number }).n, N);
  } finally {
    store.close();
  }
  const again = await runCli(['ingest', corpus, '--db', db, '--json']);
  assert.equal((JSON.parse(again.stdout) as { stored: number }).stored, 0, 'a second run stores nothing');
});
