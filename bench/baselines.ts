import * as chrono from 'chrono-node';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Seconds one pass over the texts took (wall and CPU), and the rate by CPU time. */
export interface BaselineFigure {
  seconds: number;
  cpuSeconds: number;
  articlesPerCpuSecond: number;
}

function timed(texts: readonly string[], fn: (text: string) => void): BaselineFigure {
  for (const t of texts.slice(0, 20)) fn(t); // warm up the JIT
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const t of texts) fn(t);
  const c = process.cpuUsage(c0);
  const cpuSeconds = (c.user + c.system) / 1e6;
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds, articlesPerCpuSecond: texts.length / cpuSeconds };
}

/**
 * The baselines every pipeline figure is divided by, on the same texts: bare wink-nlp tokenization (no
 * sentence splitting or tagging), wink-nlp with the sentence splitter and tagger the tokenize stage uses, and
 * chrono-node's casual parser with a fixed reference date.
 */
export function measureBaselines(texts: readonly string[]): Record<'winkTokenize' | 'winkSbdPos' | 'chrono', BaselineFigure> {
  const wink = winkBaselines();
  const ref = new Date(Date.UTC(2020, 0, 15, 12));
  return {
    winkTokenize: timed(texts, wink.tokenize),
    winkSbdPos: timed(texts, wink.sbdPos),
    chrono: timed(texts, (t) => chrono.casual.parse(t, { instant: ref, timezone: 0 })),
  };
}

/**
 * The two wink-nlp baselines as readers of one text each: bare tokenization (no sentence splitting or
 * tagging), and wink with the sentence splitter and tagger the tokenize stage uses, reading tags and sentences.
 * @example winkBaselines().tokenize('Putin met Duterte.')
 */
export function winkBaselines(): { tokenize: (text: string) => void; sbdPos: (text: string) => void } {
  const bare = winkNLP(model, []);
  const tagged = winkNLP(model, ['sbd', 'pos']);
  return {
    tokenize: (t) => {
      bare.readDoc(t).tokens().out();
    },
    sbdPos: (t) => {
      const d = tagged.readDoc(t);
      d.tokens().out(tagged.its.pos);
      d.sentences().out();
    },
  };
}

/**
 * Calls an optional measurement another module exposes, when that module exists: the benchmark reports
 * whatever the time and consolidation engineers publish without depending on it.
 */
export async function optionalMeasure(modulePath: string, exportName: string, ...args: unknown[]): Promise<unknown> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(modulePath)) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return { absent: `${modulePath} not found` };
    return { error: (err as Error).message };
  }
  const fn = mod[exportName];
  if (typeof fn !== 'function') return { absent: `${modulePath} has no ${exportName}()` };
  try {
    return await (fn as (...a: unknown[]) => unknown)(...args);
  } catch (err) {
    return { error: (err as Error).message };
  }
}
