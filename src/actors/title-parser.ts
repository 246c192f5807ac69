import type { ActorMention } from '../model/annotations.ts';
import { afterMention, type SentenceView } from './sentence-view.ts';
import type { TitleHead, TitleLexicon } from './title-lexicon.ts';
import { isCapitalised, isPossessive } from './words.ts';

/** Why a title ties a person to a country. */
export type CountryBasis = 'modifier' | 'organisation' | 'qualifier';

/** A title of office parsed from words: "Russian Ambassador to the Philippines". */
export interface TitleParse {
  /** First and last word (inclusive). */
  first: number;
  last: number;
  /** The title as displayed: country adjectives dropped, organisations and qualifiers kept. */
  title: string;
  head: TitleHead;
  /** The head's words, lower-cased ("deputy minister" with its modifiers, "minister" alone). */
  headText: string;
  modifiedHeadText: string;
  country?: { code: string; basis: CountryBasis };
  /** For a diplomat, the country of posting ("to Moscow" → RUS). */
  posting?: string;
  organisation?: string;
  /** The organisation's sector, when the title holds one ("international" for "UN Secretary-General"). */
  sector?: string;
  /** A past title ("former President"): it asserts no role at the article's date. */
  past: boolean;
}

const QUALIFIERS = new Set(['of', 'for', 'to']);

const isCountry = (m: ActorMention | undefined) => m?.kind === 'country';
const isOrg = (m: ActorMention | undefined) => m?.kind === 'organisation';

/** Whether a title head can be reached from word k over modifiers and mentions. */
function headReachable(v: SentenceView, k: number, lex: TitleLexicon): boolean {
  if (isPossessive(v.words[k])) k++;
  while (k < v.words.length) {
    if (lex.heads.longestAt(v.words, k)) return true;
    const d = isCapitalised(v.words[k]) ? null : lex.descriptors.longestAt(v.words, k);
    if (d) {
      k += d.length;
      continue;
    }
    if (isCountry(v.mentions[k]) || isOrg(v.mentions[k])) {
      k = afterMention(v, k);
      if (isPossessive(v.words[k])) k++;
      continue;
    }
    const mod = lex.modifiers.longestAt(v.words, k);
    if (!mod) return false;
    k += mod.length;
  }
  return false;
}

/** Text of words [a, b), without a sentence-final period. */
function textOf(v: SentenceView, a: number, b: number, source: string): string {
  if (a >= b) return '';
  const text = source.slice(v.words[a].start, v.words[b - 1].end);
  return text.endsWith('.') ? text.replace(/(\p{L}{3,})\.$/u, '$1') : text;
}

/** A lexicon word written in capitals (a headline's "FOREIGN Affairs") in title case. */
function lexiconCase(text: string): string {
  return mayHaveCapitalRun(text) ? text.replace(/\p{Lu}{2,}/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase()) : text;
}

/** Whether text may hold two capitals in a row: false only for ASCII text without two of A-Z together. */
function mayHaveCapitalRun(text: string): boolean {
  let capital = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return true;
    const upper = c >= 65 && c <= 90;
    if (upper && capital) return true;
    capital = upper;
  }
  return false;
}

interface QualifierParse {
  end: number;
  display: string;
  country?: string;
  countryOnly: boolean;
  organisation?: string;
}

/** "of Justice", "to the Philippines", "of Russia's state arms exporter", "for Defense Policy". */
function parseQualifier(v: SentenceView, k: number, lex: TitleLexicon, source: string): QualifierParse | null {
  const w = v.words[k];
  if (!w || !QUALIFIERS.has(w.norm) || w.text !== w.norm) return null;
  let j = k + 1;
  const display: string[] = [w.text];
  let hasThe = false;
  if (v.words[j]?.norm === 'the') {
    display.push(v.words[j].text);
    hasThe = true;
    j++;
  }
  let country: string | undefined;
  let countryText = '';
  if (isCountry(v.mentions[j])) {
    const end = afterMention(v, j);
    country = v.mentions[j]!.country;
    countryText = textOf(v, j, end, source);
    j = end;
    if (isPossessive(v.words[j])) {
      j++;
      if (!hasThe) display.push('the');
    }
  }
  if (isOrg(v.mentions[j])) {
    const end = afterMention(v, j);
    const org = v.mentions[j]!;
    display.push(textOf(v, j, end, source));
    return { end, display: display.join(' '), country: org.country ?? country, countryOnly: false, organisation: org.name };
  }
  const portfolio = lex.portfolios.longestAt(v.words, j);
  if (portfolio && !country) {
    display.push(textOf(v, j, j + portfolio.length, source));
    return { end: j + portfolio.length, display: display.join(' '), countryOnly: false };
  }
  if (country) {
    display.push(countryText);
    return { end: j, display: display.join(' '), country, countryOnly: true };
  }
  return null;
}

/**
 * Parses a title of office starting at word i: `[the] [descriptor] [country|organisation|modifier]* head
 * [of|for|to object]`. Returns null when no head is found.
 * @example parseTitle(view, 0, lexicon, text) // "Russian Foreign Minister" → { title: 'Foreign Minister', country: RUS }
 */
export function parseTitle(v: SentenceView, i: number, lex: TitleLexicon, source: string): TitleParse | null {
  const ws = v.words;
  let j = i;
  if (ws[j]?.norm === 'the') j++;
  const display: string[] = [];
  let country: TitleParse['country'];
  let organisation: string | undefined;
  let afterPossessive = j > i;
  let modStart = -1;
  let past = false;
  let sector: string | undefined;
  for (let guard = 0; j < ws.length && guard < 12; guard++) {
    if (afterPossessive && !isCapitalised(ws[j]) && !lex.heads.longestAt(ws, j)) {
      const d = lex.descriptors.longestAt(ws, j);
      if (d) {
        past ||= !!lex.pastMarkers.longestAt(ws, j);
        j += d.length;
        continue;
      }
    }
    afterPossessive = false;
    const m = v.mentions[j];
    if (isCountry(m) && headReachable(v, afterMention(v, j), lex)) {
      country = { code: m!.country ?? m!.code, basis: 'modifier' };
      j = afterMention(v, j);
      if (isPossessive(ws[j])) {
        j++;
        afterPossessive = true;
      }
      continue;
    }
    if (isOrg(m) && headReachable(v, afterMention(v, j), lex)) {
      const end = afterMention(v, j);
      display.push(textOf(v, j, end, source));
      organisation = m!.name;
      sector = m!.sector;
      if (m!.country && !country) country = { code: m!.country, basis: 'organisation' };
      j = end;
      if (isPossessive(ws[j])) j++;
      continue;
    }
    const mod = lex.modifiers.longestAt(ws, j);
    if (mod && headReachable(v, j + mod.length, lex)) {
      past ||= !!lex.pastMarkers.longestAt(ws, j);
      if (modStart < 0) modStart = display.length;
      display.push(lexiconCase(textOf(v, j, j + mod.length, source)));
      j += mod.length;
      continue;
    }
    break;
  }
  const head = lex.heads.longestAt(ws, j);
  if (!head) return null;
  const headText = lexiconCase(textOf(v, j, j + head.length, source));
  display.push(headText);
  let last = j + head.length - 1;
  const q = parseQualifier(v, last + 1, lex, source);
  let posting: string | undefined;
  if (q) {
    display.push(q.display);
    last = q.end - 1;
    if (q.organisation) organisation = q.organisation;
    if (head.value.diplomat && q.countryOnly) posting = q.country;
    else if (q.country && !country) country = { code: q.country, basis: 'qualifier' };
  }
  const title = display.join(' ').replace(/\s+/g, ' ');
  const mods = modStart >= 0 ? display.slice(modStart, display.indexOf(headText) + 1).join(' ') : headText;
  // built key by key (`sector` only when known): V8 builds a literal with a conditional spread slowly
  const parse = {
    first: i,
    last,
    title: title.charAt(0).toUpperCase() + title.slice(1),
    head: head.value,
    headText: headText.toLowerCase(),
    modifiedHeadText: mods.toLowerCase(),
    country,
    posting,
    organisation,
  } as TitleParse;
  if (sector) parse.sector = sector;
  parse.past = past;
  return parse;
}
