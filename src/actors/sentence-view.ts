import type { ActorMention } from '../model/annotations.ts';
import type { ArticleDoc } from '../model/doc.ts';
import { words, type Word } from './words.ts';

/** A sentence's words, with the country or organisation mention (if any) covering each word. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  words: Word[];
  /** For each word, the longest actor mention covering it. */
  mentions: (ActorMention | undefined)[];
}

/**
 * Splits every sentence of a doc into words and indexes the actor mentions over them.
 * @example sentenceViews(doc)[0].words[0].text
 */
export function sentenceViews(doc: ArticleDoc, mentions: readonly ActorMention[] = doc.actors): SentenceView[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let first = 0;
  return doc.sentences.map((s, index) => {
    const ws = words(doc.text.slice(s.start, s.end), s.start);
    while (first < sorted.length && sorted[first].end <= s.start) first++;
    const ms = ws.map((w) => {
      let best: ActorMention | undefined;
      for (let k = first; k < sorted.length && sorted[k].start <= w.start; k++) {
        const m = sorted[k];
        if (m.end > w.start && (!best || m.end - m.start > best.end - best.start)) best = m;
      }
      return best;
    });
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
