import type { SentenceView } from './sentence-view.ts';
import type { TitleLexicon } from './title-lexicon.ts';
import { isCapitalised } from './words.ts';

/** A personal name parsed from words. */
export interface NameParse {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name as written, without a sentence-final period. */
  name: string;
  /** Name words without suffix (`Jr`) or particles, for surname matching. */
  core: string[];
  suffix?: string;
}

const INITIAL = /^\p{Lu}\.$/u;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’\-]*\.?$/u;

/** An initial ("R."): a capital and a period (the regex only for words short enough to be one). */
const isInitial = (t: string) => t.length <= 3 && t.charCodeAt(t.length - 1) === 46 && INITIAL.test(t);

/** A name word: a capital, then letters, marks, apostrophes or hyphens (an ASCII non-capital first rules it out at once). */
function isNameWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 128 || (c >= 65 && c <= 90)) && NAME_WORD.test(t);
}

/** A word without a final period. */
const withoutPeriod = (t: string) => (t.charCodeAt(t.length - 1) === 46 ? t.slice(0, -1) : t);

/**
 * Parses a personal name at word i: capitalised words (initials and particles inside, a suffix such as
 * `Jr` at the end), not a country, organisation, title word, rank or function word. Null when fewer
 * than `minWords` name words are found.
 * @example parseName(view, 3, lexicon, text, 2) // "Alan Peter Cayetano"
 */
export function parseName(v: SentenceView, i: number, lex: TitleLexicon, source: string, minWords = 1): NameParse | null {
  const ws = v.words;
  const core: string[] = [];
  let k = i;
  let suffix: string | undefined;
  while (k < ws.length && core.length < 5) {
    const w = ws[k];
    if (v.mentions[k]) break;
    if (core.length > 0 && lex.suffixes.longestAt(ws, k)?.length === 1) {
      suffix = withoutPeriod(w.text);
      k++;
      break;
    }
    if (core.length > 0 && isInitial(w.text)) {
      k++;
      continue;
    }
    const particle = core.length > 0 ? lex.particles.longestAt(ws, k) : null;
    if (particle && !isCapitalised(w) && ws[k + particle.length] && isCapitalised(ws[k + particle.length])) {
      k += particle.length;
      continue;
    }
    if (!isNameWord(w.text) || isInitial(w.text)) break;
    if (lex.notNames.longestAt(ws, k) || lex.ranks.longestAt(ws, k)) break;
    const titleWord = lex.heads.longestAt(ws, k) || lex.modifiers.longestAt(ws, k);
    // a title word ends the name unless it is its last word ("Defence Secretary Tom King said")
    if (titleWord && (core.length === 0 || (ws[k + 1] && isCapitalised(ws[k + 1])) || titleWord.length > 1)) break;
    core.push(withoutPeriod(w.text));
    k++;
  }
  if (core.length < minWords || core.length === 0) return null;
  const lastWord = ws[k - 1];
  const start = ws[i].start;
  const end = lastWord.text.endsWith('.') && !isInitial(lastWord.text) ? lastWord.end - 1 : lastWord.end;
  return { first: i, last: k - 1, start, end, name: source.slice(start, end), core, ...(suffix ? { suffix } : {}) };
}
