import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { seededRandom } from '../fixtures/hostile-corpus.ts';
import { DYAD_BIN, REPO, exportJson, runDyadProcess, tempDir, writeArticles } from './helpers.ts';

/**
 * Issue 9, crashes: `node bin/dyad.mjs ingest` is killed with SIGKILL at random points, many times. After
 * each kill the database opens and passes `PRAGMA integrity_check`; a rerun then ends with exactly the
 * articles of the batch (none lost, none doubled) and the same export as an uninterrupted run.
 * Bounded: DYAD_CRASH_RUNS runs (default 5, six kills) over an 80-article corpus.
 */

const RUNS = Number(process.env.DYAD_CRASH_RUNS ?? 5);
const ARTICLES = 80;
const BATCH = '7';
/** Two batches a transaction, so a kill also lands between the batches of one commit. */
const COMMIT_EVERY = '14';
const dir = tempDir('crash');
const corpus = path.join(dir, 'corpus');
writeArticles(corpus, ARTICLES);

function articleIds(db: string): string[] {
  const store = new Database(db, { readonly: true });
  try {
    return (store.prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    store.close();
  }
}

/** Opens the database after a crash: it must open (read-write, so a hot WAL is recovered) and be intact. */
function checkIntegrity(db: string): number {
  if (!fs.existsSync(db)) return 0;
  const store = new Database(db);
  try {
    assert.equal(store.pragma('integrity_check', { simple: true }), 'ok', 'PRAGMA integrity_check after SIGKILL');
    assert.equal((store.pragma('foreign_key_check') as unknown[]).length, 0, 'no dangling references after SIGKILL');
    const tables = store.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'articles'").get() as { n: number };
    return tables.n ? (store.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n : 0;
  } finally {
    store.close();
  }
}

/** Counts stored articles without disturbing the writer; null while the schema is not there yet. */
function peekCount(db: string): number | null {
  if (!fs.existsSync(db)) return null;
  try {
    const store = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (store.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      store.close();
    }
  } catch {
    return null;
  }
}

/**
 * Starts an ingest and SIGKILLs it: either after `afterMs`, or as soon as at least `afterArticles` are
 * committed. Resolves with how it ended.
 */
function ingestAndKill(db: string, kill: { afterMs?: number; afterArticles?: number }): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DYAD_BIN, 'ingest', corpus, '--db', db, '--batch', BATCH, '--commit-every', COMMIT_EVERY], { cwd: REPO, stdio: 'ignore' });
    let done = false;
    const stop = () => {
      if (!done) child.kill('SIGKILL');
    };
    const timer = kill.afterMs !== undefined ? setTimeout(stop, kill.afterMs) : undefined;
    const poll =
      kill.afterArticles !== undefined
        ? setInterval(() => {
            const n = peekCount(db);
            if (n !== null && n >= kill.afterArticles!) stop();
          }, 20)
        : undefined;
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      done = true;
      clearTimeout(timer);
      clearInterval(poll);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

test(`SIGKILL during ingest, ${RUNS} times: the database stays intact and a rerun completes the batch exactly`, { timeout: 600_000 }, async (t) => {
  const refDb = path.join(dir, 'reference.sqlite');
  const t0 = Date.now();
  const ref = await runDyadProcess(['ingest', corpus, '--db', refDb, '--batch', BATCH, '--commit-every', COMMIT_EVERY]);
  const cleanMs = Date.now() - t0;
  assert.equal(ref.code, 0, `reference ingest: ${ref.stderr}`);
  const expectedIds = articleIds(refDb);
  assert.equal(expectedIds.length, ARTICLES);
  const expected = await exportJson(refDb);

  const rnd = seededRandom(2024);
  let midIngest = 0;
  for (let run = 0; run < RUNS; run++) {
    const db = path.join(dir, `crash-${run}.sqlite`);
    // Even runs: kill at a random moment of a clean run's span (start-up, migration or writing); odd
    // runs: kill once a random number of articles is committed (always mid-ingest). Run 1 also kills its
    // first rerun, so a database is recovered twice. Then a rerun must finish the batch.
    const first = run % 2 === 0 ? { afterMs: Math.floor((0.2 + 0.8 * rnd()) * cleanMs) } : { afterArticles: 1 + Math.floor(rnd() * (ARTICLES - 8)) };
    const a = await ingestAndKill(db, first);
    const afterKill = checkIntegrity(db);
    if (a.killed && afterKill > 0 && afterKill < ARTICLES) midIngest++;
    let note = '';
    if (run === 1) {
      const b = await ingestAndKill(db, { afterArticles: afterKill + 1 + Math.floor(rnd() * (ARTICLES - afterKill - 2)) });
      const afterSecond = checkIntegrity(db);
      assert.ok(afterSecond >= afterKill, 'a killed rerun never loses committed articles');
      note = `, second kill ${b.killed ? `at ${afterSecond}` : 'missed'}`;
    }
    const rerun = await runDyadProcess(['ingest', corpus, '--db', db, '--batch', BATCH, '--commit-every', COMMIT_EVERY]);
    assert.equal(rerun.code, 0, `rerun after kill: ${rerun.stderr}`);
    checkIntegrity(db);
    assert.deepEqual(articleIds(db), expectedIds, `run ${run}: exactly the batch's articles, none lost, none doubled`);
    assert.deepEqual(await exportJson(db), expected, `run ${run}: same events and ids as an uninterrupted ingest`);
    t.diagnostic(`run ${run}: killed ${a.killed ? `with ${afterKill} of ${ARTICLES} articles committed` : 'too late (ingest had ended)'}${note}`);
  }
  assert.ok(midIngest >= Math.floor(RUNS / 2), `at least the odd runs were killed mid-ingest (got ${midIngest})`);
});
