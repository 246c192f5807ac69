import { charWidth, classCharAt, wordClass, wordEnd } from '../word-scan.ts';
import type { ActorEntry, DictionaryPhrase } from './read-actors.ts';

/** A dictionary phrase found in a text. */
export interface DictionaryMatch {
  entry: ActorEntry;
  phrase: DictionaryPhrase;
  start: number;
  end: number;
  text: string;
}

const WORD_CHAR = wordClass(/[\p{L}\p{N}]/uy);

/**
 * A text word, with the forms a dictionary word is compared with; they are made when first asked for, as
 * most words never get past the first-word filter.
 */
class WordForms {
  private upperForm: string | undefined;
  private bareForm = '';
  private curlyForm = false;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Upper case, curly apostrophes straightened ("U.S."). */
  get upper(): string {
    return this.upperForm ?? this.makeForms();
  }

  /** `upper` without a final period ("U.S"): what a dictionary word without a final period is compared with. */
  get bare(): string {
    if (this.upperForm === undefined) this.makeForms();
    return this.bareForm;
  }

  /** Whether the word had a curly apostrophe (such a word never starts an indexed phrase). */
  get curly(): boolean {
    if (this.upperForm === undefined) this.makeForms();
    return this.curlyForm;
  }

  private makeForms(): string {
    const w = this.text.slice(this.start, this.end);
    this.curlyForm = w.includes('’');
    const upper = this.curlyForm ? w.toUpperCase().replace(/’/g, "'") : w.toUpperCase();
    this.bareForm = upper.charCodeAt(upper.length - 1) === 46 ? upper.slice(0, -1) : upper;
    this.upperForm = upper;
    return upper;
  }
}

/**
 * Splits the text between `from` and `to` into words (`[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?`), with
 * offsets in the text ("U.S." stays whole; a sentence-final period is kept on the word and ignored when comparing).
 */
function wordForms(text: string, from = 0, to = text.length): WordForms[] {
  const out: WordForms[] = [];
  for (let i = from; i < to; ) {
    if (!classCharAt(text, i, to, WORD_CHAR)) {
      i += charWidth(text, i, to);
      continue;
    }
    const end = wordEnd(text, i, to, WORD_CHAR);
    out.push(new WordForms(text, i, end));
    i = end;
  }
  return out;
}

const FILTER_BITS = 1 << 18;

/** A hash of upper-case ASCII character codes, extended one code at a time. */
const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const slot = (h: number) => (h ^ (h >>> 15)) & (FILTER_BITS - 1);

/**
 * A filter over the first words of the indexed phrases, read straight from the text's characters: an
 * all-ASCII word whose upper form and bare form both miss it starts no indexed phrase. Words with other
 * characters always pass.
 */
class FirstWordFilter {
  private readonly bits = new Uint8Array(FILTER_BITS);

  constructor(firstWords: Iterable<string>) {
    for (const w of firstWords) {
      let h = 0x811c9dc5;
      for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
      this.bits[slot(h)] = 1;
    }
  }

  /** Whether the word between `start` and `end` of the text may be a first word (by its upper or bare form). */
  passes(text: string, start: number, end: number): boolean {
    const dotted = text.charCodeAt(end - 1) === 46;
    const bareEnd = dotted ? end - 1 : end;
    let h = 0x811c9dc5;
    for (let k = start; k < bareEnd; k++) {
      const c = text.charCodeAt(k);
      if (c >= 128) return true;
      h = hashStep(h, c >= 97 && c <= 122 ? c - 32 : c);
    }
    return this.bits[slot(h)] === 1 || (dotted && this.bits[slot(hashStep(h, 46))] === 1);
  }
}

/** A range of a text's characters. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The words of each range, as splitting the range's own text gives them: taken from the words of the whole
 * text, except where a word of the whole text straddles the range's edge ("end.Next" across two sentences).
 */
function rangeWords(text: string, all: readonly WordForms[], ranges: readonly TextRange[]): { words: readonly WordForms[]; from: number; to: number }[] {
  let a = 0;
  return ranges.map((r) => {
    while (a < all.length && all[a].start < r.start) a++;
    let b = a;
    while (b < all.length && all[b].end <= r.end) b++;
    const straddles = (a > 0 && all[a - 1].end > r.start) || (b < all.length && all[b].start < r.end);
    if (!straddles) return { words: all, from: a, to: b };
    const own = wordForms(text, r.start, r.end);
    return { words: own, from: 0, to: own.length };
  });
}

/** A dictionary phrase to try, with its rank (place in the longest-first order of its first word). */
interface Candidate {
  entry: ActorEntry;
  phrase: DictionaryPhrase;
  rank: number;
  /** Per word: the dictionary word ends with a period, so the text word is compared with its period. */
  dotted: boolean[];
}

/**
 * The phrases that start with one dictionary word, longest first: those whose second word must match whole,
 * by that word (so a common first word such as "THE" costs a lookup, not a scan), and the rest (one-word
 * phrases, and two-word phrases whose second word is a prefix).
 */
interface FirstWordIndex {
  bySecond: Map<string, Candidate[]>;
  loose: Candidate[];
}

/** Whether dictionary word k of a candidate fits a text word: whole, or as a prefix when `prefix`. */
function fits(c: Candidate, k: number, w: WordForms, prefix: boolean): boolean {
  const form = c.dotted[k] ? w.upper : w.bare;
  return prefix ? form.startsWith(c.phrase.words[k]) : form === c.phrase.words[k];
}

/** The first candidate of a list that fits the words from `i` (up to word `to`, exclusive), or null. */
function firstFit(list: readonly Candidate[] | undefined, words: readonly WordForms[], i: number, to: number): Candidate | null {
  if (!list) return null;
  for (const c of list) {
    const n = c.phrase.words.length;
    if (i + n > to) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = fits(c, k, words[i + k], k === n - 1 && !c.phrase.exact);
    if (ok) return c;
  }
  return null;
}

/** The better ranked of two fits. */
const earlier = (a: Candidate | null, b: Candidate | null) => (!a || (b && b.rank < a.rank) ? b : a);

/**
 * Per word of a phrase, whether it ends with a period; phrases without such a word share one array per length
 * (candidates never change them).
 */
function dottedWords(words: readonly string[], undotted: boolean[][]): boolean[] {
  let dotted = false;
  for (let k = 0; k < words.length && !dotted; k++) dotted = words[k].charCodeAt(words[k].length - 1) === 46;
  if (dotted) return words.map((w) => w.endsWith('.'));
  for (let n = undotted.length; n <= words.length; n++) undotted.push(new Array<boolean>(n).fill(false));
  return undotted[words.length];
}

/** Indexes the candidates of one first word (already longest first) by their second word, ranking them in that order. */
function indexFirstWord(candidates: readonly Candidate[]): FirstWordIndex {
  const index: FirstWordIndex = { bySecond: new Map(), loose: [] };
  for (let rank = 0; rank < candidates.length; rank++) {
    const c = candidates[rank];
    c.rank = rank;
    const { phrase } = c;
    const n = phrase.words.length;
    if (n === 1 || (n === 2 && !phrase.exact)) index.loose.push(c);
    else {
      const list = index.bySecond.get(phrase.words[1]);
      if (list) list.push(c);
      else index.bySecond.set(phrase.words[1], [c]);
    }
  }
  return index;
}

/**
 * Finds dictionary phrases in text, longest first and left to right, TABARI-style: every word
 * matches whole, except the last word of a phrase without a trailing `_`, which matches as a prefix.
 * @example new DictionaryMatcher(readActorDictionary('GONDOR [GON]').entries).match('Gondor said').length // 1
 */
export class DictionaryMatcher {
  private readonly byFirst = new Map<string, FirstWordIndex>();
  private readonly prefixed: Candidate[];
  private readonly filter: FirstWordFilter;

  constructor(entries: readonly ActorEntry[]) {
    const byFirst = new Map<string, Candidate[]>();
    const prefixed: Candidate[] = [];
    const undotted: boolean[][] = [];
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        // ranks are set once each list is in its longest-first order
        if (phrase.words.length === 1 && !phrase.exact) prefixed.push({ entry, phrase, rank: 0, dotted: dottedWords(phrase.words, undotted) });
        else {
          const c = { entry, phrase, rank: 0, dotted: dottedWords(phrase.words, undotted) };
          const list = byFirst.get(phrase.words[0]);
          if (list) list.push(c);
          else byFirst.set(phrase.words[0], [c]);
        }
      }
    }
    for (const [word, list] of byFirst) {
      if (list.length > 1) list.sort((a, b) => b.phrase.words.length - a.phrase.words.length);
      this.byFirst.set(word, indexFirstWord(list));
    }
    this.filter = new FirstWordFilter(this.byFirst.keys());
    prefixed.sort((a, b) => b.phrase.words[0].length - a.phrase.words[0].length);
    for (let rank = 0; rank < prefixed.length; rank++) prefixed[rank].rank = rank;
    this.prefixed = prefixed;
  }

  /**
   * The first fitting phrase of a first word's index: a dictionary word without a period is compared with
   * the text word's bare form, one with a period with its upper form, so the second word is looked up by both.
   */
  private fitFrom(index: FirstWordIndex | undefined, words: readonly WordForms[], i: number, to: number): Candidate | null {
    if (!index) return null;
    let best = firstFit(index.loose, words, i, to);
    if (i + 1 < to) {
      const next = words[i + 1];
      best = earlier(best, firstFit(index.bySecond.get(next.bare), words, i, to));
      if (next.upper !== next.bare) best = earlier(best, firstFit(index.bySecond.get(next.upper), words, i, to));
    }
    return best;
  }

  /** The longest phrase starting at word `i` and ending before word `to` (by its first word, without or with its period), or null. */
  private matchAt(text: string, words: readonly WordForms[], i: number, to: number): Candidate | null {
    const w = words[i];
    if (this.filter.passes(text, w.start, w.end) && !w.curly) {
      const hit = this.fitFrom(this.byFirst.get(w.bare), words, i, to) ?? (w.upper !== w.bare ? this.fitFrom(this.byFirst.get(w.upper), words, i, to) : null);
      if (hit) return hit;
    }
    for (let k = 0; k < this.prefixed.length; k++) if (fits(this.prefixed[k], 0, w, true)) return this.prefixed[k];
    return null;
  }

  /**
   * Every non-overlapping longest match in the text, left to right; with `ranges` (sorted, disjoint: a doc's
   * sentences), only matches inside one range, exactly as matching each range's text alone would find them.
   */
  match(text: string, ranges: readonly TextRange[] = [{ start: 0, end: text.length }]): DictionaryMatch[] {
    const out: DictionaryMatch[] = [];
    for (const { words, from, to } of rangeWords(text, wordForms(text), ranges)) {
      for (let i = from; i < to; i++) {
        const m = this.matchAt(text, words, i, to);
        if (!m) continue;
        const last = i + m.phrase.words.length - 1;
        const start = words[i].start;
        const end = words[last].end;
        out.push({ entry: m.entry, phrase: m.phrase, start, end, text: text.slice(start, end) });
        i = last;
      }
    }
    return out;
  }
}
