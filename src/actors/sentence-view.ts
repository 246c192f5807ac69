import type { ActorMention } from '../model/annotations.ts';
import type { ArticleDoc } from '../model/doc.ts';
import { wordsIn, type Word } from './words.ts';

/** A sentence's words, with the country or organisation mention (if any) covering each word. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  words: Word[];
  /** For each word, the longest actor mention covering it. */
  mentions: (ActorMention | undefined)[];
}

/** A pure memo of each doc's sentence words (three stages view the same sentences; words are never changed). */
const wordsMemo = new WeakMap<ArticleDoc['sentences'], { text: string; words: Word[][] }>();

function sentenceWords(doc: ArticleDoc): Word[][] {
  const hit = wordsMemo.get(doc.sentences);
  if (hit && hit.text === doc.text && hit.words.length === doc.sentences.length) return hit.words;
  const ws = doc.sentences.map((s) => wordsIn(doc.text, s.start, s.end));
  wordsMemo.set(doc.sentences, { text: doc.text, words: ws });
  return ws;
}

/**
 * Splits every sentence of a doc into words and indexes the actor mentions over them.
 * @example sentenceViews(doc)[0].words[0].text
 */
export function sentenceViews(doc: ArticleDoc, mentions: readonly ActorMention[] = doc.actors): SentenceView[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const allWords = sentenceWords(doc);
  let first = 0;
  return doc.sentences.map((s, index) => {
    const ws = allWords[index];
    while (first < sorted.length && sorted[first].end <= s.start) first++;
    // one sweep: the mentions begun by each word (in sorted order) that have not ended before it
    let next = first;
    const open: ActorMention[] = [];
    const ms: (ActorMention | undefined)[] = [];
    for (const w of ws) {
      while (next < sorted.length && sorted[next].start <= w.start) open.push(sorted[next++]);
      let best: ActorMention | undefined;
      if (open.length) {
        let kept = 0;
        for (const m of open) if (m.end > w.start) open[kept++] = m;
        open.length = kept;
        for (const m of open) if (!best || m.end - m.start > best.end - best.start) best = m;
      }
      ms.push(best);
    }
    return { index, start: s.start, end: s.end, words: ws, mentions: ms };
  });
}

/**
 * The index of the first word after a mention that covers word i (i + 1 when none covers it).
 * @example afterMention(view, 3)
 */
export function afterMention(view: SentenceView, i: number): number {
  const m = view.mentions[i];
  if (!m) return i + 1;
  let k = i;
  while (k < view.words.length && view.mentions[k] === m) k++;
  return k;
}
