import { parseName, type NameParse } from './name-parser.ts';
import type { SentenceView } from './sentence-view.ts';
import { parseTitle, type TitleParse } from './title-parser.ts';
import type { TitleLexicon } from './title-lexicon.ts';

/** How a title and a name were found together. */
export type TitlePattern = 'title-name' | 'title-comma-name' | 'name-comma-title';

/** A person named with a title in one sentence. */
export interface TitledName {
  sentence: number;
  name: NameParse;
  title: TitleParse;
  pattern: TitlePattern;
  /** Offsets of the whole "title + name" phrase. */
  start: number;
  end: number;
}

/** Skips ranks and honorifics ("Lt. Gen.", "Col.", "Secretary") at word k. */
function skipRanks(v: SentenceView, k: number, lex: TitleLexicon): number {
  for (let r = lex.ranks.longestAt(v.words, k); r; r = lex.ranks.longestAt(v.words, k)) k += r.length;
  return k;
}

const CLOSERS = new Set([',', ';', '.', ')', '"', '”', 'and', 'who', 'said', 'told']);

/** Whether the word after a name closes an appositive ("..., Oleg Salyukov;"). */
function closesAppositive(v: SentenceView, k: number): boolean {
  return k >= v.words.length || CLOSERS.has(v.words[k].norm) || v.words[k].text === '.';
}

/**
 * Finds every "title + name" in a sentence: "Foreign Minister Ana Ruiz" (title-name), "the army
 * commander, Ivo Saar" (title-comma-name), "Col. Pia Lund, the first Wakandan defense attaché"
 * (name-comma-title). Left to right, without overlaps.
 * @example titledNames(view, lexicon, text)[0].name.name
 */
export function titledNames(v: SentenceView, lex: TitleLexicon, source: string): TitledName[] {
  const out: TitledName[] = [];
  const ws = v.words;
  // a title ends in a head at or after the word it starts at: none starts after the sentence's last head
  let lastHead = ws.length - 1;
  while (lastHead >= 0 && !lex.heads.longestAt(ws, lastHead)) lastHead--;
  for (let i = 0; i < ws.length; i++) {
    const t = i <= lastHead ? parseTitle(v, i, lex, source) : null;
    if (t) {
      const k = skipRanks(v, t.last + 1, lex);
      const n = parseName(v, k, lex, source, 1);
      if (n && (k > t.last + 1 || /^\p{Lu}/u.test(source.slice(ws[t.last].start, ws[t.last].end)) || n.core.length >= 2)) {
        const of = ws[n.last + 1]?.text === 'of' ? v.mentions[n.last + 2] : undefined;
        const title = !t.country && of?.kind === 'country' && of.country ? { ...t, country: { code: of.country, basis: 'qualifier' as const } } : t;
        out.push({ sentence: v.index, name: n, title, pattern: 'title-name', start: ws[i].start, end: n.end });
        i = n.last;
        continue;
      }
      if (ws[t.last + 1]?.text === ',') {
        const n2 = parseName(v, t.last + 2, lex, source, 2);
        if (n2 && closesAppositive(v, n2.last + 1)) {
          out.push({ sentence: v.index, name: n2, title: t, pattern: 'title-comma-name', start: ws[i].start, end: n2.end });
          i = n2.last;
          continue;
        }
      }
    }
    const k = skipRanks(v, i, lex);
    const n = parseName(v, k, lex, source, 2);
    if (n && ws[n.last + 1]?.text === ',') {
      const t2 = n.last + 2 <= lastHead ? parseTitle(v, n.last + 2, lex, source) : null;
      const nextName = t2 ? parseName(v, skipRanks(v, t2.last + 1, lex), lex, source, 1) : null;
      if (t2 && !nextName) {
        out.push({ sentence: v.index, name: n, title: t2, pattern: 'name-comma-title', start: ws[k].start, end: ws[t2.last].end });
        i = t2.last;
        continue;
      }
    }
    if (n) i = n.last;
  }
  return out;
}
