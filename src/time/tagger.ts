import type { Timex, TokenSpan } from '../model/annotations.ts';
import { countsBack, explicitYear, isAsideYear, partnerDates, spanEndMonths, spanStarts } from './anchors.ts';
import { dateInterval, isCalendarValue, parseYmd, type Ymd } from './calendar-math.ts';
import type { Candidate } from './candidate.ts';
import { parseYear } from './builtins.ts';
import type { TimeLexicon } from './lexicon.ts';
import { resolveCandidate } from './normalise.ts';
import { recognise } from './recognise.ts';
import { directionAt, type Direction } from './tense.ts';

/**
 * Whether the text narrates a past far from its publication date (WikiWars-like), so that a bare
 * "in April" takes the year of the previous expression rather than the publication year: most of
 * its explicit years lie well before the DCT, and it seldom speaks from the time of writing.
 */
function isNarrative(cands: readonly Candidate[], dct: Ymd | null): boolean {
  if (!dct) return true;
  const years = cands.filter((c) => c.raw.year && /^\d{4}$/.test(c.raw.year)).map((c) => parseYear(c.raw.year));
  if (years.length < 3) return false;
  const far = years.filter((y) => y < dct.y - 1).length;
  const deictic = cands.filter((c) => c.rule.deictic).length;
  const share = far / years.length;
  return share >= 0.95 || (share >= 0.6 && deictic * 6 < years.length);
}

const NAMES_A_DAY = ['weekday', 'weekday2', 'dayRef', 'dayRef2'];

/**
 * A clock time that names no day ("at 16:15 UTC, June 1") takes the day of a date written right
 * next to it, or of a day named earlier in its clause ("flew Tuesday in Everett at 18:00 UTC"),
 * rather than the anchor's.
 */
function clockDaysFromNeighbours(text: string, cands: readonly Candidate[], out: Timex[]): void {
  out.forEach((t, i) => {
    if (cands[i].rule.resolve !== 'clock' || NAMES_A_DAY.some((g) => cands[i].raw[g]) || !t.resolved) return;
    for (const j of [i + 1, i - 1]) {
      const n = out[j];
      if (!n || n.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(n.value)) continue;
      const gap = j > i ? text.slice(t.end, n.start) : text.slice(n.end, t.start);
      if (/^[\s,]*(?:(?:on|at)\s+)?$/.test(gap) || (j < i && gap.length <= 60 && !/[.;:!?()]/.test(gap))) {
        t.value = n.value + t.value.slice(10);
        return;
      }
    }
  });
}

/** The first day a value names, when it names a year or a part of one (a month, a quarter, a season, a week, a day). */
function calendarAnchor(value: string): Ymd | null {
  if (/^\d{4}(-\d{2}(-\d{2})?)?(T|$)/.test(value)) return parseYmd(value);
  // a winter starts in December but belongs to the story's year: "winter ... in January" is the same season
  if (/^\d{4}-WI$/.test(value)) return parseYmd(value.slice(0, 4));
  const span = /^\d{4}-/.test(value) ? dateInterval(value) : null;
  return span ? parseYmd(span.start) : null;
}

/** Whether a relative expression counts back from its anchor ("the previous year", "two days earlier"). */
function pointsBack(c: Candidate): boolean {
  if (countsBack(c.raw.sign ?? c.raw.sign2)) return true;
  return Number(c.norm.anchorShift ?? c.norm.shift ?? c.norm.dayRef ?? c.rule.shift ?? 0) < 0;
}

/**
 * Whether a narrative's expression becomes the anchor of the underspecified dates after it. It
 * does not when it speaks from the time of writing ("today" in a quotation), when it is a later
 * year its verb puts in the future (a plan: "a campaign planned for 1976"), when it is relative
 * and points back ("the previous year": a flashback), when it names only the anchor's own year
 * (the finer anchor stays), or when it is a bare year that is an aside far from the story ("since 1813").
 */
function movesNarrativeAnchor(
  c: Candidate,
  value: Ymd,
  yearOnly: boolean,
  anchor: Ymd | null,
  years: readonly (number | null)[],
  from: number,
  direction: () => Direction,
): boolean {
  if (c.rule.deictic) return false;
  if (!anchor) return true;
  if (yearOnly && value.y > anchor.y && direction() === 'future') return false;
  if (c.rule.resolve === 'relative' && pointsBack(c)) return false;
  if (yearOnly && value.y === anchor.y) return false;
  return !yearOnly || !isAsideYear(value.y, anchor.y, years, from);
}

/**
 * Tags and normalises the time expressions of a text. `dct` is the publication date (`YYYY-MM-DD`,
 * or coarser), or null: then values that needed it carry X placeholders and `resolved: false`.
 * Tokens (from the tokenize stage) give the tense of the verb each expression belongs to.
 * @example tagTimexes('They met on Thursday.', tokens, '2017-02-17', lexicon)[0].value // '2017-02-16'
 */
export function tagTimexes(text: string, tokens: readonly TokenSpan[], dct: string | null, lexicon: TimeLexicon): Timex[] {
  const cands = recognise(text, tokens, lexicon);
  const dctDay = parseYmd(dct);
  const narrative = isNarrative(cands, dctDay);
  let previous: Ymd | null = null;
  let previousDay: Ymd | null = null;
  let previousValue: string | null = null;
  const partners = partnerDates(text, cands, lexicon);
  const years = cands.map(explicitYear);
  const spans = spanStarts(text, cands, lexicon);
  const spanEnds = spanEndMonths(cands, spans);
  // each candidate's resolved month (its first day), for the end of a span of months it opens
  const months: (Ymd | null)[] = [];
  const out: Timex[] = [];
  const kept: Candidate[] = [];
  for (const [i, c] of cands.entries()) {
    // the tense of the expression's verb, read at most once: resolving and anchoring may both ask
    let tense: Direction | undefined;
    const direction = () => (tense ??= directionAt(text, tokens, c, lexicon));
    const r = resolveCandidate(c, {
      dct: dctDay,
      previous,
      previousDay,
      previousValue,
      partner: partners[i],
      spanStart: spans[i] >= 0 ? months[spans[i]] : null,
      spanEndMonth: spanEnds[i],
      narrative,
      direction,
    });
    // "February 31, 2017" or a year past 9999 is no calendar date: not a time expression
    if ((r.type === 'DATE' || r.type === 'TIME') && !isCalendarValue(r.value)) {
      months.push(null);
      continue;
    }
    months.push(/^\d{4}-\d{2}(-\d{2})?(T|$)/.test(r.value) ? parseYmd(r.value) : null);
    const timex: Timex = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: r.type,
      value: r.value,
      resolved: r.resolved,
      producedBy: `rule:${c.rule.id}`,
    };
    if (r.mod) timex.mod = r.mod;
    if (r.type === 'DATE' || r.type === 'TIME') {
      const interval = dateInterval(r.value, r.mod);
      if (interval) timex.interval = interval;
    }
    out.push(timex);
    kept.push(c);
    const anchor = r.type === 'DATE' || r.type === 'TIME' ? calendarAnchor(r.value) : null;
    if (anchor && (!narrative || movesNarrativeAnchor(c, anchor, /^\d{4}$/.test(r.value), previous, years, i + 1, direction))) {
      previous = anchor;
      previousValue = r.value;
      if (/^\d{4}-\d{2}-\d{2}/.test(r.value)) previousDay = previous;
    }
  }
  clockDaysFromNeighbours(text, kept, out);
  return out;
}
