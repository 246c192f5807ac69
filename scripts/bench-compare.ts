/**
 * `npm run bench:compare -- --base REV`: measures whether this checkout's code (with any uncommitted changes)
 * ingests faster or slower than revision REV, on this machine, now. Both sides ingest the same generated corpus
 * in pairs, one right after the other and in alternating order, and each figure (CPU, wall, analysis, store,
 * consolidation per article) is compared pair by pair: on a busy or throttled machine that is far steadier than
 * comparing two bench runs made at different times.
 *
 *   npm run bench:compare -- --base HEAD~3                      3 pairs of serial ingests of 2000 articles
 *   npm run bench:compare -- --base v0.3.0 --pairs 5 --workers 1 --articles 4000 --json
 *
 * REV is checked out into a temporary git worktree that uses this checkout's node_modules, so a REV whose
 * dependencies differ is measured with these ones. REV must have bench/ingest-run.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { comparePairs, formatComparison, type IngestPair } from '../bench/compare.ts';
import type { IngestRunResult } from '../bench/ingest-run.ts';
import { runIngest } from '../bench/run-child.ts';
import { writeCorpus } from '../bench/write-corpus.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** A mistake in the command line or the revision: reported in one line, without a stack. */
class UsageError extends Error {}

function main(): void {
  const { values: opt } = parseArgs({
    options: {
      base: { type: 'string' },
      articles: { type: 'string', default: '2000' },
      pairs: { type: 'string', default: '3' },
      workers: { type: 'string', default: '0' },
      seed: { type: 'string', default: '42' },
      json: { type: 'boolean', default: false },
      tmp: { type: 'string', default: path.join(os.tmpdir(), `dyad-compare-${process.pid}`) },
    },
  });
  const count = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer of at least ${min}, got "${v}"`);
    return n;
  };
  if (!opt.base) throw new UsageError('--base REV is required: the git revision to compare this checkout with (e.g. --base HEAD~1)');
  const articles = count('articles', opt.articles, 1);
  const pairs = count('pairs', opt.pairs, 1);
  const workers = count('workers', opt.workers, 0);
  const seed = count('seed', opt.seed, 0);
  const log = (msg: string) => process.stderr.write(`bench:compare: ${msg}\n`);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

  let commit: string;
  try {
    commit = git('rev-parse', '--verify', `${opt.base}^{commit}`);
  } catch {
    throw new UsageError(`--base ${opt.base}: not a revision of this repository`);
  }
  const head = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' with uncommitted changes' : ''}`;
  const tmp = String(opt.tmp);
  const checkout = path.join(tmp, 'base');
  fs.mkdirSync(tmp, { recursive: true });
  try {
    git('worktree', 'add', '--detach', checkout, commit);
    if (!fs.existsSync(path.join(checkout, 'bench', 'ingest-run.ts'))) throw new UsageError(`--base ${opt.base}: that revision has no bench/ingest-run.ts to run`);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
    log(`generating ${articles} articles (seed ${seed})`);
    const corpus = writeCorpus(path.join(tmp, 'corpus.jsonl'), articles, seed, false).file;
    const done: IngestPair[] = [];
    const ingest = (side: 'base' | 'head'): IngestRunResult =>
      runIngest({ corpus, db: path.join(tmp, `${side}.sqlite`), workers }, side === 'base' ? { checkout } : {});
    for (let p = 0; p < pairs; p++) {
      // alternate which side goes first, so that a machine warming up or slowing down favours neither
      const order: ('base' | 'head')[] = p % 2 ? ['head', 'base'] : ['base', 'head'];
      const pair: Partial<IngestPair> = {};
      for (const side of order) {
        log(`pair ${p + 1} of ${pairs}: ${side}`);
        pair[side] = ingest(side);
      }
      done.push(pair as IngestPair);
    }
    const comparison = comparePairs(done);
    const base = `${opt.base} (${commit.slice(0, 7)})`;
    if (opt.json) process.stdout.write(`${JSON.stringify({ base, head, workers, ...comparison }, null, 2)}\n`);
    else process.stdout.write(`${formatComparison(comparison, base, head)}\n`);
  } finally {
    try {
      git('worktree', 'remove', '--force', checkout);
    } catch {
      // never added (a bad revision), or already gone
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  // parseArgs reports an unknown or malformed option with an ERR_PARSE_ARGS_* code
  const parseError = String((err as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
  if (!(err instanceof UsageError) && !parseError) throw err;
  process.stderr.write(`bench:compare: ${(err as Error).message}\n`);
  process.exitCode = 2;
}
