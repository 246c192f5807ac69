import type { ActorEntry, DictionaryPhrase } from './read-actors.ts';

/** A word of a text with its character offsets. */
export interface TextWord {
  word: string;
  start: number;
  end: number;
}

/** A dictionary phrase found in a text. */
export interface DictionaryMatch {
  entry: ActorEntry;
  phrase: DictionaryPhrase;
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?/gu;

/**
 * Splits plain text into words with offsets ("U.S." stays whole; a sentence-final period is kept
 * on the word and ignored when comparing).
 * @example textWords('Sam Gamgee met Gollum.').length // 4
 */
export function textWords(text: string): TextWord[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

function wordFits(dictWord: string, textWord: string, prefix: boolean): boolean {
  const t = textWord.toUpperCase().replace(/’/g, "'");
  const bare = t.endsWith('.') && !dictWord.endsWith('.') ? t.slice(0, -1) : t;
  return prefix ? bare.startsWith(dictWord) : bare === dictWord;
}

/**
 * Finds dictionary phrases in text, longest first and left to right, TABARI-style: every word
 * matches whole, except the last word of a phrase without a trailing `_`, which matches as a prefix.
 * @example new DictionaryMatcher(readActorDictionary('GONDOR [GON]').entries).match('Gondor said').length // 1
 */
export class DictionaryMatcher {
  private readonly byFirst = new Map<string, { entry: ActorEntry; phrase: DictionaryPhrase }[]>();
  private readonly prefixed: { entry: ActorEntry; phrase: DictionaryPhrase }[] = [];

  constructor(entries: readonly ActorEntry[]) {
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        if (phrase.words.length === 1 && !phrase.exact) this.prefixed.push({ entry, phrase });
        else {
          const list = this.byFirst.get(phrase.words[0]) ?? [];
          list.push({ entry, phrase });
          this.byFirst.set(phrase.words[0], list);
        }
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.phrase.words.length - a.phrase.words.length);
    this.prefixed.sort((a, b) => b.phrase.words[0].length - a.phrase.words[0].length);
  }

  /** The longest phrase starting at word `i`, or null. */
  private matchAt(words: readonly TextWord[], i: number): { entry: ActorEntry; phrase: DictionaryPhrase; last: number } | null {
    const head = words[i].word.toUpperCase().replace(/\.$/, '');
    const candidates = [...(this.byFirst.get(head) ?? []), ...(this.byFirst.get(`${head}.`) ?? [])];
    for (const c of candidates) {
      const n = c.phrase.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = wordFits(c.phrase.words[k], words[i + k].word, k === n - 1 && !c.phrase.exact);
      if (ok) return { ...c, last: i + n - 1 };
    }
    const p = this.prefixed.find((c) => wordFits(c.phrase.words[0], words[i].word, true));
    return p ? { ...p, last: i } : null;
  }

  /** Every non-overlapping longest match in the text, left to right. */
  match(text: string): DictionaryMatch[] {
    const words = textWords(text);
    const out: DictionaryMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const m = this.matchAt(words, i);
      if (!m) continue;
      const start = words[i].start;
      const end = words[m.last].end;
      out.push({ entry: m.entry, phrase: m.phrase, start, end, text: text.slice(start, end) });
      i = m.last;
    }
    return out;
  }
}
