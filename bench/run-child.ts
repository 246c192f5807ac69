import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestRunArgs, IngestRunResult } from './ingest-run.ts';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ingest-run.ts');

/**
 * Runs one measured ingest in a fresh Node process (so its peak memory is its own) and returns its figures.
 * `sampleRetained` runs it with --expose-gc to sample the memory kept after full collections (a little slower).
 * @example runIngest({ corpus: '/tmp/c.jsonl', db: '/tmp/c.sqlite', workers: 2 })
 */
export function runIngest(args: IngestRunArgs, options: { sampleRetained?: boolean } = {}): IngestRunResult {
  const flags = options.sampleRetained ? ['--expose-gc'] : [];
  const res = spawnSync(process.execPath, [...flags, '--import', 'tsx', RUNNER, JSON.stringify(args)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = res.stdout.trim().split('\n').pop() ?? '';
  if (res.status !== 0 || !line.startsWith('{')) {
    throw new Error(`ingest run ${JSON.stringify(args)} failed (exit ${res.status}): ${res.stderr.slice(-2000)}`);
  }
  return JSON.parse(line) as IngestRunResult;
}

/**
 * Inputs between memory samples so that a run of `inputs` takes about ten: each sample forces a full
 * collection, which costs time and slows the code after it, so their number must not grow with the run.
 * @example runIngest({ corpus, db, workers: 0, sampleEvery: tenSamples(2000) }, { sampleRetained: true })
 */
export function tenSamples(inputs: number): number {
  return Math.max(10, Math.ceil(inputs / 10));
}
