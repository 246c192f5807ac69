import { loadResources } from '../src/data-loading/resources.ts';
import { makeDoc } from '../src/model/doc.ts';
import { createAnalyzer } from '../src/pipeline/analyze.ts';
import type { RawArticle } from '../src/read/raw-article.ts';
import { readInputs } from '../src/read/read-inputs.ts';
import { winkBaselines } from './baselines.ts';

/** The analysis pipeline's CPU cost against wink-nlp's on the same articles, paired round by round. */
export interface PairedRatios {
  rounds: number;
  articles: number;
  /** Medians over the rounds, CPU ms per article. */
  pipelineMsPerArticle: number;
  tokenizeMsPerArticle: number;
  sbdPosMsPerArticle: number;
  /** Median of the rounds' ratios, and the lowest and highest. */
  pipelineOverTokenize: number;
  pipelineOverTokenizeRange: [number, number];
  pipelineOverWinkSbdPos: number;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Runs the analysis pipeline, bare wink-nlp tokenization and wink with its sentence splitter and tagger over
 * the first `count` articles of a JSONL corpus, one after the other, `rounds` times in this process, and
 * compares them round by round: a machine whose speed drifts between runs moves both sides of each ratio
 * alike, which separate runs minutes apart do not.
 * @example measurePairedRatios('/tmp/bench/corpus.jsonl', 200, 5).pipelineOverTokenize
 */
export function measurePairedRatios(file: string, count = 200, rounds = 5): PairedRatios {
  const docs: RawArticle[] = [];
  for (const item of readInputs([file])) {
    if (docs.length === count) break;
    if (item.ok) docs.push(item.article);
  }
  const analyzer = createAnalyzer(loadResources());
  const wink = winkBaselines();
  // stage by stage over the batch, as an ingest analyses
  const pipeline = () => analyzer.analyzeBatch(docs.map((d) => makeDoc(d)));
  const tokenize = () => docs.forEach((d) => wink.tokenize(d.text));
  const sbdPos = () => docs.forEach((d) => wink.sbdPos(d.text));
  // warm up the JIT on all three
  for (const fn of [pipeline, tokenize, sbdPos]) fn();
  const p: number[] = [];
  const t: number[] = [];
  const s: number[] = [];
  for (let r = 0; r < rounds; r++) {
    p.push(cpuMs(pipeline) / docs.length);
    t.push(cpuMs(tokenize) / docs.length);
    s.push(cpuMs(sbdPos) / docs.length);
  }
  const ratios = p.map((x, i) => x / t[i]);
  return {
    rounds,
    articles: docs.length,
    pipelineMsPerArticle: median(p),
    tokenizeMsPerArticle: median(t),
    sbdPosMsPerArticle: median(s),
    pipelineOverTokenize: median(ratios),
    pipelineOverTokenizeRange: [Math.min(...ratios), Math.max(...ratios)],
    pipelineOverWinkSbdPos: median(p.map((x, i) => x / s[i])),
  };
}
