import { makeDoc } from '../../model/doc.ts';
import { tokenizeStage } from '../../pipeline/stages/tokenize.ts';
import { chronoTimexes } from '../chrono-baseline.ts';
import type { TimeLexicon } from '../lexicon.ts';
import { tagTimexes } from '../tagger.ts';
import type { GoldDoc, TimexRecord } from './gold.ts';
import { addDocument, emptyCounts, scoreCounts, type TimexScore } from './score.ts';

/** A tagger under evaluation: text and DCT in, TIMEX3 records out. */
export type TimexSystem = (text: string, dct: string | null) => TimexRecord[];

/**
 * dyad's tagger as a TimexSystem: tokenises the text (wink-nlp, as the pipeline does), then tags.
 * @example dyadSystem(loadTimeLexicon())('We met on Friday.', '2017-02-18')
 */
export function dyadSystem(lexicon: TimeLexicon): TimexSystem {
  return (text, dct) => {
    const doc = tokenizeStage.run(makeDoc({ id: 'eval', name: 'eval', text, published: null }), { reference: dct, resources: {} as never, debug: () => {} });
    return tagTimexes(text, doc.tokens, dct, lexicon).map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, mod: t.mod }));
  };
}

/** chrono-node as a TimexSystem (the baseline). */
export const chronoSystem: TimexSystem = chronoTimexes;

/**
 * Scores a system on a corpus the TempEval-3 way.
 * @example scoreCorpus(docs, chronoSystem).value.f1
 */
export function scoreCorpus(docs: readonly GoldDoc[], system: TimexSystem): TimexScore {
  const counts = emptyCounts();
  for (const doc of docs) addDocument(counts, doc, system(doc.text, doc.dct));
  return scoreCounts(counts);
}
