import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisRunArgs, AnalysisRunResult } from './analysis-run.ts';
import type { IngestRunArgs, IngestRunResult } from './ingest-run.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * Runs a bench script in a fresh Node process with one JSON argument and returns the JSON line it prints last.
 * `benchDir` is the bench folder of the checkout to run (this one unless given).
 */
function runChild<T>(script: string, args: unknown, flags: string[] = [], benchDir = HERE): T {
  const res = spawnSync(process.execPath, [...flags, '--import', 'tsx', path.join(benchDir, script), JSON.stringify(args)], {
    cwd: path.dirname(benchDir),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = res.stdout.trim().split('\n').pop() ?? '';
  if (res.status !== 0 || !line.startsWith('{')) {
    throw new Error(`${script} ${JSON.stringify(args)} failed (exit ${res.status}): ${res.stderr.slice(-2000)}`);
  }
  return JSON.parse(line) as T;
}

/**
 * Runs one measured ingest in a fresh Node process (so its peak memory is its own) and returns its figures.
 * `sampleRetained` runs it with --expose-gc to sample the memory kept after full collections (a little slower);
 * `checkout` runs another checkout's code (its bench/ingest-run.ts, from its root), as bench:compare does.
 * @example runIngest({ corpus: '/tmp/c.jsonl', db: '/tmp/c.sqlite', workers: 2 })
 */
export function runIngest(args: IngestRunArgs, options: { sampleRetained?: boolean; checkout?: string } = {}): IngestRunResult {
  const benchDir = options.checkout ? path.join(options.checkout, 'bench') : HERE;
  return runChild<IngestRunResult>('ingest-run.ts', args, options.sampleRetained ? ['--expose-gc'] : [], benchDir);
}

/**
 * Runs one measured analysis without a writer (bench/analysis-run.ts) in a fresh Node process.
 * @example runAnalysis({ corpus: '/tmp/c.jsonl', workers: 2 }).steadyArticlesPerSecond
 */
export function runAnalysis(args: AnalysisRunArgs): AnalysisRunResult {
  return runChild<AnalysisRunResult>('analysis-run.ts', args);
}

/**
 * Inputs between memory samples so that a run of `inputs` takes about ten: each sample forces a full
 * collection, which costs time and slows the code after it, so their number must not grow with the run.
 * @example runIngest({ corpus, db, workers: 0, sampleEvery: tenSamples(2000) }, { sampleRetained: true })
 */
export function tenSamples(inputs: number): number {
  return Math.max(10, Math.ceil(inputs / 10));
}
