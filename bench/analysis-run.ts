/**
 * One measured analysis without a writer, in its own process: the articles of a JSONL corpus go through the
 * ingest's analysis workers (the same worker file, chunks of 16, two per worker in flight) and the results are dropped. It shows how the
 * analysis alone scales with worker threads, apart from the single SQLite writer.
 * `node --import tsx bench/analysis-run.ts '{"corpus":"...","workers":2}'` prints one JSON line.
 */
import { Piscina } from 'piscina';
import type { AnalyzeResult, AnalyzeTask } from '../src/ingest/analyze-worker.ts';
import { ANALYZE_WORKER, DEFAULT_CHUNK_SIZE } from '../src/ingest/parallel-ingest.ts';
import type { RawArticle } from '../src/read/raw-article.ts';
import { readInputs } from '../src/read/read-inputs.ts';

/** What the parent passes. */
export interface AnalysisRunArgs {
  corpus: string;
  workers: number;
}

/** What one run measured. */
export interface AnalysisRunResult {
  workers: number;
  articles: number;
  /** Wall seconds from the first task sent to the last result. */
  seconds: number;
  /** Wall seconds until the first result (the workers' start-up). */
  startupSeconds: number;
  /** Articles per wall second over the second half of the articles (every worker running by then). */
  steadyArticlesPerSecond: number;
}

/**
 * Analyses every article of the corpus with `workers` threads and times it.
 * @example await measureAnalysis({ corpus: '/tmp/c.jsonl', workers: 2 })
 */
export async function measureAnalysis(args: AnalysisRunArgs): Promise<AnalysisRunResult> {
  const articles: RawArticle[] = [];
  for (const item of readInputs([args.corpus])) if (item.ok) articles.push(item.article);
  if (articles.length === 0) throw new Error(`${args.corpus}: no article to analyse`);
  // two chunks per worker in flight, refilled as results come: a worker handed every chunk at once would
  // send no result back before its last
  const pool = new Piscina<AnalyzeTask, AnalyzeResult>({ filename: ANALYZE_WORKER, minThreads: args.workers, maxThreads: args.workers, concurrentTasksPerWorker: 2 });
  try {
    const t0 = performance.now();
    /** When each chunk came back, and how many articles were done by then. */
    const done: { at: number; articles: number }[] = [];
    let next = 0;
    let finished = 0;
    const lane = async (): Promise<void> => {
      while (next < articles.length) {
        const chunk = articles.slice(next, (next += DEFAULT_CHUNK_SIZE));
        await pool.run({ articles: chunk, timings: false });
        done.push({ at: performance.now(), articles: (finished += chunk.length) });
      }
    };
    await Promise.all(Array.from({ length: args.workers * 2 }, lane));
    // the steady rate is that of the second half of the articles, when every worker has long started (of the
    // whole run when one chunk holds that half)
    const end = done[done.length - 1];
    let half = done.find((d) => d.articles >= articles.length / 2)!;
    if (half === end) half = { at: t0, articles: 0 };
    return {
      workers: args.workers,
      articles: articles.length,
      seconds: (end.at - t0) / 1000,
      startupSeconds: (done[0].at - t0) / 1000,
      steadyArticlesPerSecond: (end.articles - half.articles) / ((end.at - half.at) / 1000),
    };
  } finally {
    await pool.destroy();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const result = await measureAnalysis(JSON.parse(process.argv[2]) as AnalysisRunArgs);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
