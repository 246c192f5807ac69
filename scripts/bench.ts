/**
 * `npm run bench`: generates a seeded corpus of news-like articles and measures, in one run, the whole ingest
 * into SQLite (articles/s, words/s, each stage's share, peak memory), bare wink-nlp tokenization and chrono-node
 * on the same text, parallel ingest over 1..N worker threads (and the analysis alone, with no writer, over the
 * same counts), and how extraction and consolidation grow at
 * 1×, 10× and 100× the articles. Prints ratios and rates (never pass/fail on absolute times) and writes
 * bench/results.json.
 *
 *   npm run bench                                  default: 600 articles, worker counts on 2000, scale 200/2000/20000 (about 8 minutes on 2 idle cores)
 *   npm run bench -- --articles 20000 --scale-base 1000 --workers 1,2,4,8
 *   npm run bench -- --no-scale --no-real --articles 300     quick look
 *
 * With ../shared beside the repository it also ingests the first tenth and then all of the Reuters-21578
 * stories (real text; --no-real skips them).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureBaselines, optionalMeasure } from '../bench/baselines.ts';
import { measurePairedRatios } from '../bench/paired-ratios.ts';
import { analysisMs, formatSummary, machine, sharesOf, type BenchResults } from '../bench/report.ts';
import { measureRealCorpus, type RealCorpusResult } from '../bench/real-corpus.ts';
import { runAnalysis, runIngest, tenSamples } from '../bench/run-child.ts';
import { writeCorpus } from '../bench/write-corpus.ts';
import { sharedPath } from '../src/eval/shared-path.ts';

const { values: opt } = parseArgs({
  options: {
    articles: { type: 'string', default: '600' },
    'scale-base': { type: 'string', default: '200' },
    'no-scale': { type: 'boolean', default: false },
    'no-real': { type: 'boolean', default: false },
    'consolidation-n': { type: 'string', default: '500' },
    'parallel-articles': { type: 'string', default: '2000' },
    workers: { type: 'string', default: [...new Set([1, 2, os.availableParallelism()])].join(',') },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'bench/results.json' },
    tmp: { type: 'string', default: path.join(os.tmpdir(), `dyad-bench-${process.pid}`) },
  },
});
const num = (name: string, v: string | undefined): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${v}"`);
  return n;
};
const articles = num('articles', opt.articles);
const scaleBase = num('scale-base', opt['scale-base']);
const seed = num('seed', opt.seed);
const consolidationN = num('consolidation-n', opt['consolidation-n']);
const workerCounts = String(opt.workers).split(',').map((w) => num('workers', w));
const tmp = String(opt.tmp);
fs.mkdirSync(tmp, { recursive: true });
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

const loadBefore = os.loadavg()[0];
try {
  log(`generating ${articles} articles (seed ${seed})`);
  const corpus = writeCorpus(path.join(tmp, 'corpus.jsonl'), articles, seed, true);

  log('baselines: wink-nlp tokenization, wink sbd+pos, chrono-node');
  const baselines = measureBaselines(corpus.texts);
  const timeVsChrono = await optionalMeasure('../src/time/bench-time.ts', 'measureTimeVsChrono', corpus.texts);
  corpus.texts.length = 0;
  log('pipeline against wink-nlp, paired in alternating rounds');
  const paired = measurePairedRatios(corpus.file, Math.min(200, articles), 7);

  log('end-to-end ingest on one core (serial)');
  const serial = runIngest({ corpus: corpus.file, db: path.join(tmp, 'serial.sqlite'), workers: 0 });
  if (serial.stored === 0) throw new Error(`nothing was stored: ${serial.firstFailure ?? 'no articles'}`);
  // stage timings are wall-clock; their share of the run, applied to the run's CPU time, gives CPU per stage
  const pipelineShare = analysisMs(serial) / (serial.seconds * 1000);
  const pipelineMsPerArticle = (pipelineShare * serial.cpuSeconds * 1000) / serial.stored;
  const cpuMsPerArticle = (b: { cpuSeconds: number }) => (b.cpuSeconds * 1000) / articles;

  // worker counts compare steady rates (see ingest-run.ts), so they need enough batches after start-up: a
  // corpus of their own, with a serial run on it as the one-core comparator
  const parallelArticles = num('parallel-articles', opt['parallel-articles']);
  log(`parallel comparison corpus: ${parallelArticles} articles; serial ingest on it`);
  const parallelCorpus = writeCorpus(path.join(tmp, 'parallel.jsonl'), parallelArticles, seed + 2, false).file;
  const parallelSerial = runIngest({ corpus: parallelCorpus, db: path.join(tmp, 'parallel-serial.sqlite'), workers: 0 });
  const parallel: BenchResults['parallel'] = [];
  for (const workers of workerCounts) {
    log(`parallel ingest, ${workers} worker${workers > 1 ? 's' : ''}`);
    const loadAverage = os.loadavg()[0];
    const run = runIngest({ corpus: parallelCorpus, db: path.join(tmp, `w${workers}.sqlite`), workers });
    parallel.push({
      workers,
      articlesPerSecond: run.stored / run.seconds,
      steadyArticlesPerSecond: run.steadyArticlesPerSecond,
      startupSeconds: run.startupSeconds,
      cpuSeconds: run.cpuSeconds,
      speedupOverOneWorker: 0,
      speedupOverSerial: run.steadyArticlesPerSecond / parallelSerial.steadyArticlesPerSecond,
      writerBusyShare: 1 - (run.timings['writer-waiting'] ?? 0) / 1000 / run.seconds,
      writerMsPerArticle: ((run.seconds - (run.timings['writer-waiting'] ?? 0) / 1000) * 1000) / run.stored,
      loadAverage,
      maxRssMB: run.ingestPeakRssMB,
      events: run.events,
    });
  }
  const one = parallel.find((p) => p.workers === 1)?.steadyArticlesPerSecond;
  for (const p of parallel) p.speedupOverOneWorker = one ? p.steadyArticlesPerSecond / one : NaN;
  // the analysis alone, with no writer: how far the workers scale before the single writer caps them
  const analysisOnly: BenchResults['analysisOnly'] = [];
  for (const workers of workerCounts) {
    log(`analysis alone, ${workers} worker${workers > 1 ? 's' : ''}`);
    const run = runAnalysis({ corpus: parallelCorpus, workers });
    analysisOnly.push({ workers, steadyArticlesPerSecond: run.steadyArticlesPerSecond, startupSeconds: run.startupSeconds, speedupOverOneWorker: 0 });
  }
  const oneAlone = analysisOnly.find((a) => a.workers === 1)?.steadyArticlesPerSecond;
  for (const a of analysisOnly) a.speedupOverOneWorker = oneAlone ? a.steadyArticlesPerSecond / oneAlone : NaN;

  const scaling: BenchResults['scaling'] = [];
  let consolidationScale: unknown;
  if (!opt['no-scale']) {
    for (const factor of [1, 10, 100]) {
      const n = scaleBase * factor;
      log(`scale ${factor}×: ${n} articles`);
      const file = writeCorpus(path.join(tmp, `scale-${factor}.jsonl`), n, seed + 1, false).file;
      const run = runIngest({ corpus: file, db: path.join(tmp, `scale-${factor}.sqlite`), workers: 0, sampleEvery: tenSamples(n) }, { sampleRetained: true });
      const base = scaling[0];
      // extraction: the ingest's CPU time less its per-batch consolidation (by that step's share of wall time),
      // both without the memory sampling's forced collections
      const batchConsolidate = (run.timings.consolidate ?? 0) / 1000;
      const wall = run.seconds - run.sampleSeconds;
      const ingestCpu = run.cpuSeconds - run.sampleSeconds;
      const extractCpu = ingestCpu * (1 - batchConsolidate / wall);
      scaling.push({
        factor,
        articles: run.stored,
        ingestCpuSeconds: ingestCpu,
        ingestTimeRatio: base ? ingestCpu / base.ingestCpuSeconds : 1,
        extractSeconds: wall - batchConsolidate,
        extractCpuSeconds: extractCpu,
        extractTimeRatio: base ? extractCpu / base.extractCpuSeconds : 1,
        batchConsolidateSeconds: batchConsolidate,
        batchConsolidateTimeRatio: base ? batchConsolidate / base.batchConsolidateSeconds : 1,
        consolidateSeconds: run.consolidateSeconds,
        consolidateTimeRatio: base ? run.consolidateSeconds / base.consolidateSeconds : 1,
        ingestPeakRssMB: run.ingestPeakRssMB,
        retainedHeapMB: run.retainedHeapMB ?? NaN,
        retainedRssMB: run.retainedRssMB ?? NaN,
        maxRssMB: run.maxRssMB,
        dbMB: run.dbMB,
        events: run.events,
      });
      fs.rmSync(file, { force: true });
    }
    log(`consolidation scaling (src/consolidate/scale-bench.ts): ${consolidationN} and ${consolidationN * 10} articles of generated mentions`);
    consolidationScale = await optionalMeasure('../src/consolidate/scale-bench.ts', 'consolidationScaleBench', {
      n: consolidationN,
      factor: 10,
      runs: 3,
      databases: [1, 10, 100].map((f) => path.join(tmp, `scale-${f}.sqlite`)),
    });
  }

  let real: RealCorpusResult | undefined;
  if (!opt['no-real']) {
    real = measureRealCorpus(sharedPath('corpus/reuters21578/reuters21578.jsonl'), tmp, [0.1, 1], log);
    if ('absent' in real) log(`real corpus skipped: ${real.absent}`);
  }

  const results: BenchResults = {
    machine: machine(loadBefore),
    seed,
    corpus: { articles, words: corpus.words, wordsPerArticle: corpus.words / articles },
    baselines,
    timeVsChrono,
    endToEnd: {
      articlesPerCpuSecond: serial.stored / serial.cpuSeconds,
      wordsPerCpuSecond: (corpus.words * (serial.stored / articles)) / serial.cpuSeconds,
      articlesPerSecond: serial.stored / serial.seconds,
      seconds: serial.seconds,
      cpuSeconds: serial.cpuSeconds,
      maxRssMB: serial.ingestPeakRssMB,
      events: serial.events,
      failed: serial.failed,
      shares: sharesOf(serial),
      pipelineMsPerArticle,
    },
    paired,
    ratios: {
      pipelineOverTokenize: pipelineMsPerArticle / cpuMsPerArticle(baselines.winkTokenize),
      pipelineOverWinkSbdPos: pipelineMsPerArticle / cpuMsPerArticle(baselines.winkSbdPos),
      endToEndOverTokenize: (serial.cpuSeconds * 1000) / serial.stored / cpuMsPerArticle(baselines.winkTokenize),
    },
    parallelCorpus: {
      articles: parallelSerial.stored,
      serialArticlesPerSecond: parallelSerial.stored / parallelSerial.seconds,
      serialSteadyArticlesPerSecond: parallelSerial.steadyArticlesPerSecond,
    },
    parallel,
    analysisOnly,
    scaling,
    consolidationScale,
    real,
  };
  fs.mkdirSync(path.dirname(String(opt.out)), { recursive: true });
  fs.writeFileSync(String(opt.out), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(formatSummary(results));
  if (serial.failed > 0) log(`${serial.failed} articles failed analysis, e.g. ${serial.firstFailure}`);
  log(`results written to ${opt.out}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
