import type { Candidate } from './candidate.ts';
import { SEASON_START, type Ymd } from './calendar-math.ts';
import { lookupWord, type TimeLexicon } from './lexicon.ts';

/**
 * The four-digit year a candidate writes out ("1914", "August 1914"), or null.
 * @example explicitYear(candidateOf('August 1914')) // 1914
 */
export function explicitYear(c: Candidate): number | null {
  return c.raw.year && /^\d{4}$/.test(c.raw.year) ? Number(c.raw.year) : null;
}

/** The month a calendar candidate names (a season's first month), or null. */
function monthOf(c: Candidate): number | null {
  const m = Number(c.norm.month ?? c.norm.monthFull ?? c.norm.month2 ?? c.raw.monthNum ?? 0);
  if (m) return m;
  return c.norm.season ? SEASON_START[c.norm.season] : null;
}

/**
 * For each candidate, the dated partner it is coordinated with, when it writes no year itself:
 * "in August and September 1914", "26 June - 4 August 1952", "the spring and early summer of
 * 1943" take the year of the expression after the joiner (data/time/lexicon.yaml `rangeJoiner`),
 * through a chain of joined expressions. The partner's month is its first day's (December when it
 * names none), so "November 15 to February 15, 1989" starts in 1988.
 * @example partnerDates(text, cands, lexicon)[0] // { y: 1914, m: 9, d: 1 }
 */
export function partnerDates(text: string, cands: readonly Candidate[], lexicon: TimeLexicon): (Ymd | null)[] {
  const joined = (a: Candidate, b: Candidate) => lexicon.rangeJoiner.test(text.slice(a.end, b.start));
  return cands.map((c, i) => {
    if (c.rule.resolve !== 'calendar' || c.raw.year || c.raw.yearShift || !monthOf(c)) return null;
    for (let j = i + 1; j < cands.length && joined(cands[j - 1], cands[j]); j++) {
      const y = explicitYear(cands[j]);
      if (y !== null) return { y, m: monthOf(cands[j]) ?? 12, d: 1 };
      if (cands[j].rule.resolve !== 'calendar') return null;
    }
    return null;
  });
}

/** The month a calendar candidate names itself (not a season's), or null. */
const namedMonth = (c: Candidate): number | null => (c.rule.resolve === 'calendar' && !c.norm.holiday && !c.norm.season ? monthOf(c) : null);

/**
 * For each candidate, the index of the candidate that opens the span of months it closes, or -1:
 * "January-June", "from March 5 to June 7", "between March and May" (data/time/lexicon.yaml
 * `spanJoiner`). Only an end that writes no year and no shift of its own closes a span; its start
 * may write one ("January 2016 to June").
 * @example spanStarts('from January to June', cands, lexicon) // [-1, 0]
 */
export function spanStarts(text: string, cands: readonly Candidate[], lexicon: TimeLexicon): number[] {
  return cands.map((c, i) => {
    const start = cands[i - 1];
    if (!start || !namedMonth(c) || !namedMonth(start) || c.raw.year || c.raw.yy2 || c.raw.yearShift || c.raw.shift || c.norm.shift) return -1;
    const joiner = /^\s*,?\s*(\S+)\s*$/.exec(text.slice(start.end, c.start));
    const before = joiner ? lookupWord(lexicon.spanJoiner, joiner[1]) : undefined;
    if (before === undefined) return -1;
    const lead = /(\w+)\s+$/.exec(text.slice(Math.max(0, start.start - 20), start.start));
    return before === '' || lead?.[1].toLowerCase() === before ? i - 1 : -1;
  });
}

/**
 * For each candidate, the month of the span end it opens ("March" in "from October to March"), or
 * null; `starts` from `spanStarts`.
 * @example spanEndMonths(cands, [-1, 0]) // [3, null]
 */
export function spanEndMonths(cands: readonly Candidate[], starts: readonly number[]): (number | null)[] {
  const ends: (number | null)[] = cands.map(() => null);
  starts.forEach((j, i) => {
    if (j >= 0) ends[j] = namedMonth(cands[i]);
  });
  return ends;
}

/**
 * The year an expression without one takes from its partner: the partner's, or the year before
 * when its month comes later in the year than the partner's.
 * @example yearFromPartner(11, { y: 1989, m: 2, d: 1 }) // 1988
 */
export const yearFromPartner = (month: number, partner: Ymd): number => partner.y - (month > partner.m ? 1 : 0);

/**
 * Whether, in a narrative, an expression's explicit year is an aside that must not become the
 * anchor of the dates after it ("a cavalry battle unseen since 1813", "in a 2004 book"): it lies
 * more than two years from the current anchor and from the next different year the text writes
 * (or, when the text writes none after it, it lies before the anchor: a look back).
 * `years` are the explicit years of the text's expressions (null where none), read from `from` on.
 * @example isAsideYear(1813, 1920, [1813, 1920], 1) // true
 */
export function isAsideYear(year: number, anchorYear: number, years: readonly (number | null)[], from: number): boolean {
  if (Math.abs(year - anchorYear) <= 2) return false;
  for (let k = from; k < years.length; k++) {
    const y = years[k];
    if (y !== null && y !== year) return Math.abs(year - y) > 2;
  }
  return year < anchorYear;
}

/**
 * Whether the word that closes a relative expression counts back from its anchor ("two days earlier",
 * "the year previous", "three weeks ago").
 * @example countsBack('Earlier') // true
 */
export function countsBack(sign: string | undefined): boolean {
  return sign !== undefined && /^(?:ago|earlier|before|previous|prior|previously)$/i.test(sign);
}
