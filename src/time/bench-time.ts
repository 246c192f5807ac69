import { makeDoc } from '../model/doc.ts';
import { timexesStage } from '../pipeline/stages/timexes.ts';
import { tokenizeStage } from '../pipeline/stages/tokenize.ts';
import type { StageContext } from '../pipeline/stage.ts';
import { chronoTimexes } from './chrono-baseline.ts';
import { loadTimeLexicon } from './lexicon.ts';
import { wordCount } from '../util/word-count.ts';

/** Words per second of dyad's time stage and of chrono-node on the same texts, measured in one run. */
export interface TimeVsChrono {
  texts: number;
  words: number;
  /** Rounds measured (each runs both systems over every text, in turn); figures are medians. */
  rounds: number;
  /** The timexes stage alone (tokens come from the tokenize stage, run before the clock starts). */
  stageWordsPerSecond: number;
  /** The tokenize stage plus the timexes stage, for a like-for-like view (chrono tokenises itself). */
  withTokenizeWordsPerSecond: number;
  chronoWordsPerSecond: number;
  /** Median over rounds of stage / chrono words per second (the issue asks for ≥ 0.5). */
  ratio: number;
}

/** CPU milliseconds this process has used: unlike the wall clock, other processes' load does not count. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Measures dyad's time stage against chrono-node (casual English, same reference date) on the same
 * texts, in CPU time (so that other processes on a busy machine do not skew it): one warm-up pass
 * each, then rounds that run the two in turn; the figures are medians over rounds. Every text's
 * reference date is 2017-06-15.
 * @example measureTimeVsChrono(['Talks resume on Friday.']).ratio
 */
export function measureTimeVsChrono(texts: string[], rounds = 5): TimeVsChrono {
  const reference = '2017-06-15';
  const ctx: StageContext = { reference, resources: { time: loadTimeLexicon() } as never, debug: () => {} };
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  const rate = (ms: number) => (ms > 0 ? (words * 1000) / ms : Infinity);
  const t0 = cpuMs();
  const docs = texts.map((text, i) => tokenizeStage.run(makeDoc({ id: String(i), name: String(i), text, published: null }), ctx));
  const tokenizeMs = cpuMs() - t0;
  const runStage = () => docs.forEach((doc) => timexesStage.run(doc, ctx));
  const runChrono = () => texts.forEach((text) => chronoTimexes(text, reference));
  const warm = Math.min(texts.length, 20);
  docs.slice(0, warm).forEach((doc) => timexesStage.run(doc, ctx));
  texts.slice(0, warm).forEach((text) => chronoTimexes(text, reference));
  const stage: number[] = [];
  const chrono: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = cpuMs();
    runStage();
    const b = cpuMs();
    runChrono();
    const c = cpuMs();
    stage.push(b - a);
    chrono.push(c - b);
  }
  return {
    texts: texts.length,
    words,
    rounds,
    stageWordsPerSecond: Math.round(rate(median(stage))),
    withTokenizeWordsPerSecond: Math.round(rate(median(stage) + tokenizeMs)),
    chronoWordsPerSecond: Math.round(rate(median(chrono))),
    ratio: Number(median(stage.map((s, i) => chrono[i] / s)).toFixed(2)),
  };
}
