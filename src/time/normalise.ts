import type { TimexType } from '../model/annotations.ts';
import { parseNumeral, parseYear } from './builtins.ts';
import { daysInMonth, isValidDay } from '../model/calendar-date.ts';
import { addDays, addMonths, holidayDay, isoDay, isoMonth, isoWeek, isoWeekday, SEASON_START, type Ymd } from './calendar-math.ts';
import { countsBack, yearFromPartner } from './anchors.ts';
import type { Candidate } from './candidate.ts';
import type { Direction } from './tense.ts';

/** What resolution may use: the publication date, the previous expression's date, the verb's direction. */
export interface ResolveEnv {
  dct: Ymd | null;
  /** The previous calendar expression of the text (its first day), when there is one. */
  previous: Ymd | null;
  /** The previous expression that named a day (for "the next day", weekdays in narratives). */
  previousDay: Ymd | null;
  /** The value of the previous calendar expression, at its own precision ("that time", "the same period last year"). */
  previousValue?: string | null;
  /** The dated expression this one is coordinated with ("August" in "August and September 1914"). */
  partner?: Ymd | null;
  /** Anchor underspecified dates on the previous expression (narratives) rather than on the DCT. */
  narrative: boolean;
  direction: () => Direction;
}

/** A normalised expression: TimeML value and type, mod, and whether an anchor was missing. */
export interface Resolved {
  value: string;
  type: TimexType;
  mod?: string;
  resolved: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const SHIFT_WORD: Record<string, number> = { this: 0, last: -1, next: 1 };
const UNIT_WORD: Record<string, string> = { weekend: 'WE', decade: 'DE', day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y', quarter: 'Q', decades: 'DE', hours: 'H', minutes: 'MI' };
const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;

/** The value of a date at a unit's precision. */
export function atUnit(t: Ymd, unit: string): string {
  switch (unit) {
    case 'W': {
      const w = isoWeek(t);
      return `${w.year}-W${pad(w.week)}`;
    }
    case 'WE': {
      const w = isoWeek(t);
      return `${w.year}-W${pad(w.week)}-WE`;
    }
    case 'M':
      return isoMonth(t.y, t.m);
    case 'Q':
      return `${t.y}-Q${quarterOf(t.m)}`;
    case 'Y':
      return String(t.y);
    case 'DE':
      return String(t.y).slice(0, 3);
    case 'CE':
      return String(t.y).slice(0, 2);
    default:
      return isoDay(t);
  }
}

/** Moves a day by n units. */
export function shiftBy(t: Ymd, unit: string, n: number): Ymd {
  switch (unit) {
    case 'W':
    case 'WE':
      return addDays(t, 7 * n);
    case 'F':
      return addDays(t, 14 * n);
    case 'M':
      return addMonths(t, n);
    case 'Q':
      return addMonths(t, 3 * n);
    case 'Y':
      return addMonths(t, 12 * n);
    case 'DE':
      return addMonths(t, 120 * n);
    case 'CE':
      return addMonths(t, 1200 * n);
    default:
      return addDays(t, n);
  }
}

/** The weekday `wd` nearest `ref` in a direction (`shift` -1/+1 excludes the reference day). */
function weekdayFrom(ref: Ymd, wd: number, direction: Direction, shift?: number): Ymd {
  const delta = wd - isoWeekday(ref);
  if (shift === -1) return addDays(ref, delta < 0 ? delta : delta - 7);
  if (shift === 1) return addDays(ref, delta > 0 ? delta : delta + 7);
  if (shift === 0 || direction === 'future') return addDays(ref, delta >= 0 ? delta : delta + 7);
  if (direction === 'past') return addDays(ref, delta <= 0 ? delta : delta - 7);
  const back = delta <= 0 ? delta : delta - 7;
  const ahead = back + 7;
  return addDays(ref, ahead < -back ? ahead : back);
}

/**
 * The year of a month (or month-day) with no year, from the anchor and the direction; with no
 * direction, news takes the nearest such month and a narrative the anchor's year.
 */
function yearFor(ref: Ymd, month: number, day: number, direction: Direction, shift: number | undefined, nearest: boolean): number {
  const after = month > ref.m || (month === ref.m && day > ref.d);
  const before = month < ref.m || (month === ref.m && day < ref.d);
  if (shift === -1 || direction === 'past') return after ? ref.y - 1 : ref.y;
  if (shift === 1) return after ? ref.y : ref.y + 1;
  if (direction === 'future') return before ? ref.y + 1 : ref.y;
  if (nearest && month - ref.m > 6) return ref.y - 1;
  if (nearest && ref.m - month > 6) return ref.y + 1;
  return ref.y;
}

/**
 * A month, or one of its weeks ("the last week of March": the ISO week holding its fourth day, or
 * its fourth-last day).
 */
function monthValue(y: number, m: number, weekOrdinal: string | undefined): string {
  if (!weekOrdinal) return isoMonth(y, m);
  const day = weekOrdinal === 'L' ? daysInMonth(y, m) - 3 : 4 + 7 * (Number(weekOrdinal) - 1);
  return atUnit({ y, m, d: day }, 'W');
}

/** The year ending in `yy` nearest `around`. */
function nearestCentury(yy: number, around: number): number {
  const base = Math.floor(around / 100) * 100 + yy;
  return [base - 100, base, base + 100].reduce((best, y) => (Math.abs(y - around) < Math.abs(best - around) ? y : best));
}

/** Resolves a holiday ("Christmas 1963", "on Easter Sunday"): its day in the written year, or in the anchor's year in the verb's direction. */
function resolveHoliday(c: Candidate, env: ResolveEnv, written: number | undefined, shift: number | undefined): Resolved {
  const code = c.norm.holiday;
  const pod = c.norm.pod;
  const ref = env.narrative ? (env.previous ?? env.dct) : env.dct;
  let year = written ?? (env.partner ? env.partner.y : undefined);
  if (year === undefined && ref) {
    const near = holidayDay(code, ref.y);
    const direction = env.narrative && env.previous ? 'unknown' : env.direction();
    year = yearFor(ref, near.m, near.d, direction, shift, !env.narrative);
  }
  if (year === undefined) {
    const fixed = /^(\d\d)-(\d\d)$/.exec(code);
    return { value: fixed ? `XXXX-${fixed[1]}-${fixed[2]}` : 'XXXX-XX-XX', type: c.rule.type, resolved: false };
  }
  const day = isoDay(holidayDay(code, year));
  return { value: pod ? `${day}T${pod}` : day, type: c.rule.type, resolved: true };
}

/** Resolves `calendar` rules: explicit parts, the rest from the anchor in the verb's direction. */
function resolveCalendar(c: Candidate, env: ResolveEnv): Resolved {
  const { raw, norm } = c;
  const type = c.rule.type;
  const pod = norm.pod ?? c.rule.pod;
  const withPod = (v: string) => (pod ? `${v}T${pod}` : v);
  if (raw.decade) {
    const digits = raw.decade.replace(/\D/g, '');
    return { value: digits.length === 4 ? digits.slice(0, 3) : `19${digits.slice(0, 1)}`, type, resolved: true };
  }
  if (raw.bcDecade) return { value: `BC${raw.bcDecade.padStart(4, '0').slice(0, 3)}`, type, resolved: true };
  if (raw.bcYear) return { value: `BC${raw.bcYear.padStart(4, '0')}`, type, resolved: true };
  if (norm.centuryOrdinal) return { value: `${raw.bc ? 'BC' : ''}${pad(Number(norm.centuryOrdinal) - 1)}`, type, resolved: true };
  if (raw.yearTo) {
    // "1915-17": the century of the first year, the next one when the range crosses it ("1999-00")
    const y = Number(raw.century) * 100 + Number(raw.yearTo) + (Number(raw.yearTo) <= Number(raw.yearFrom) ? 100 : 0);
    return { value: String(y), type, resolved: true };
  }
  const month = Number(norm.month ?? norm.month2 ?? norm.monthFull ?? raw.monthNum ?? 0) || undefined;
  const day = Number(raw.day ?? raw.day2 ?? raw.dayNum ?? norm.dayOrdinal ?? 0) || undefined;
  const quarter = Number(raw.quarterNum ?? norm.ordinal ?? 0) || undefined;
  const shift = norm.shift !== undefined ? Number(norm.shift) : raw.shift ? SHIFT_WORD[raw.shift.toLowerCase()] : undefined;
  const ref = env.narrative ? (env.previous ?? env.dct) : env.dct;
  let year = raw.year ? parseYear(raw.year) : raw.yy2 ? parseYear(`'${raw.yy2}`) : undefined;
  // "'89" is the year ending in 89 nearest the anchor: 1789 in a story of 1790, 1989 in news of 2009
  if (year !== undefined && ref && /^\D/.test(raw.year ?? '')) year = nearestCentury(year % 100, ref.y);
  if (year === undefined && raw.yearShift) {
    const word = raw.yearShift.toLowerCase();
    const base = word === 'that' || word === 'the same' ? (env.previous ?? env.dct) : env.dct;
    if (base) year = base.y + (SHIFT_WORD[word] ?? 0);
  }
  if (norm.holiday) return resolveHoliday(c, env, year, shift);
  if (year === undefined && env.partner && (month || norm.season)) year = month ? yearFromPartner(month, env.partner) : env.partner.y;
  if (year !== undefined) {
    if (month && day) return { value: withPod(`${year}-${pad(month)}-${pad(day)}`), type, resolved: true };
    if (month) return { value: monthValue(year, month, norm.weekOrdinal), type, resolved: true };
    if (norm.season) return { value: `${year}-${norm.season}`, type, resolved: true };
    if (quarter) return { value: `${year}-Q${quarter}`, type, resolved: true };
    if (norm.half) return { value: `${year}-H${norm.half}`, type, resolved: true };
    return { value: String(year), type, resolved: true };
  }
  // a narrative keeps the year of the expression before; news looks at the verb's tense
  const direction = shift !== undefined || (env.narrative && env.previous) ? 'unknown' : env.direction();
  if (month) {
    if (!ref) return { value: day ? `XXXX-${pad(month)}-${pad(day)}` : `XXXX-${pad(month)}`, type, resolved: false };
    // a narrative moves forward: "December 1941 ... in January" is January 1942
    const rollover = env.narrative && env.previous && shift === undefined && env.previous.m - month >= 9 ? 1 : 0;
    let y = yearFor(ref, month, day ?? (direction === 'past' ? 1 : 28), direction, shift, !env.narrative) + rollover;
    // February 29 exists only in leap years: take the nearest one in the expression's direction
    while (day && !isValidDay(y, month, day) && Math.abs(y - ref.y) < 4) y += direction === 'future' ? 1 : -1;
    return { value: day ? withPod(`${y}-${pad(month)}-${pad(day)}`) : monthValue(y, month, norm.weekOrdinal), type, resolved: true };
  }
  if (day) {
    // "the 13th": the anchor's month, or the month before when the day is still ahead in the past
    const base = env.narrative ? (env.previousDay ?? env.previous ?? env.dct) : env.dct;
    if (!base) return { value: `XXXX-XX-${pad(day)}`, type, resolved: false };
    const { y, m } = direction === 'past' && day > base.d ? addMonths({ ...base, d: 1 }, -1) : base;
    return { value: `${y}-${pad(m)}-${pad(day)}`, type, resolved: true };
  }
  if (norm.weekday) {
    const wd = Number(norm.weekday);
    const ref = env.narrative ? (env.previousDay ?? env.dct) : env.dct;
    if (!ref) return { value: withPod(`XXXX-WXX-${wd}`), type, resolved: false };
    return { value: withPod(isoDay(weekdayFrom(ref, wd, direction, shift))), type, resolved: true };
  }
  if (norm.season) {
    if (!ref) return { value: `XXXX-${norm.season}`, type, resolved: false };
    const start = SEASON_START[norm.season];
    let y = ref.y;
    if (shift === -1 || (shift === undefined && direction === 'past')) y = start <= ref.m ? ref.y : ref.y - 1;
    else if (shift === 1 || (shift === undefined && direction === 'future')) y = start > ref.m ? ref.y : ref.y + 1;
    return { value: `${y}-${norm.season}`, type, resolved: true };
  }
  const half = Number(norm.half ?? norm.half2 ?? norm.half3 ?? 0);
  if (half) {
    if (!ref) return { value: `XXXX-H${half}`, type, resolved: false };
    // like a quarter: a past verb names the last half of that number that has begun
    const y = direction === 'past' && half > (ref.m > 6 ? 2 : 1) ? ref.y - 1 : ref.y;
    return { value: `${y}-H${half}`, type, resolved: true };
  }
  if (!ref) return { value: quarter ? `XXXX-Q${quarter}` : 'XXXX-XX', type, resolved: false };
  if (quarter) {
    const y = direction === 'past' && quarter > quarterOf(ref.m) ? ref.y - 1 : ref.y;
    return { value: `${y}-Q${quarter}`, type, resolved: true };
  }
  return { value: atUnit(shiftBy(ref, 'Q', shift ?? 0), 'Q'), type, resolved: true };
}

/** Resolves `relative` rules: the anchor moved by n units, at the unit's precision. */
function resolveRelative(c: Candidate, env: ResolveEnv): Resolved {
  const { raw, norm } = c;
  const unit = norm.calUnit ?? norm.unit ?? c.rule.unit ?? UNIT_WORD[(raw.unitWord ?? raw.unitWord2 ?? '').toLowerCase()] ?? 'D';
  const sign = (raw.sign ?? raw.sign2)?.toLowerCase();
  const backward = countsBack(sign);
  let n: number | 'X' = c.rule.shift ?? 0;
  if (norm.dayRef !== undefined) n = Number(norm.dayRef);
  else if (norm.shift !== undefined) n = Number(norm.shift);
  else if (norm.anchorShift !== undefined) n = Number(norm.anchorShift);
  else if (raw.shift) n = SHIFT_WORD[raw.shift.toLowerCase()] ?? 0;
  else if (raw.numeral) n = parseNumeral(raw.numeral) * (backward ? -1 : 1);
  else if (norm.vague || raw.bareUnit) n = 'X';
  else if (sign) n = backward ? -1 : 1;
  const fromPrevious =
    c.rule.anchor === 'previous' || (sign !== undefined && !['ago', 'hence', 'from'].includes(sign)) || (env.narrative && env.dct !== null && norm.dayRef === undefined);
  const dayUnit = unit === 'D' || unit === 'W' || unit === 'WE' || unit === 'F' || unit === 'H' || unit === 'MI';
  const ref = fromPrevious ? ((dayUnit ? env.previousDay : env.previous) ?? env.dct) : env.dct;
  const pod = norm.pod ?? c.rule.pod;
  const type = c.rule.type;
  if (n === 'X') return { value: backward ? 'PAST_REF' : 'FUTURE_REF', type, resolved: true };
  if (unit === 'SAME') return resolveSame(c, env);
  if (!ref) {
    const shape = unit === 'Y' ? 'XXXX' : unit === 'M' ? 'XXXX-XX' : unit === 'W' ? 'XXXX-WXX' : 'XXXX-XX-XX';
    return { value: pod ? `${shape}T${pod}` : shape, type, resolved: false };
  }
  const value = atUnit(shiftBy(ref, unit, n), unit === 'F' || unit === 'H' || unit === 'MI' ? 'D' : unit);
  return { value: pod ? `${value}T${pod}` : value, type, resolved: true };
}

/**
 * Resolves `unit: SAME` rules: the previous expression's value at its own precision, moved by the
 * rule's shift in years ("the same period last year" after "February" → the February before).
 */
function resolveSame(c: Candidate, env: ResolveEnv): Resolved {
  const shift = c.rule.shift ?? 0;
  // "the same quarter last year" names its own precision: the anchor's quarter a year before
  const unit = UNIT_WORD[(c.raw.unitWord ?? '').toLowerCase()];
  const base = env.previous ?? env.dct;
  if (unit && base) return { value: atUnit(shiftBy(base, 'Y', shift), unit), type: c.rule.type, resolved: true };
  const m = env.previousValue ? /^(\d{4})(.*)$/.exec(env.previousValue) : null;
  const type = c.rule.type;
  if (m) return { value: `${pad(Number(m[1]) + shift, 4)}${m[2]}`, type, resolved: true };
  if (env.dct) return { value: shift === 0 ? isoDay(env.dct) : String(env.dct.y + shift), type, resolved: true };
  return { value: shift === 0 ? 'XXXX-XX-XX' : 'XXXX', type, resolved: false };
}

/** Resolves durations: P<n><unit>, PX<unit> for vague quantities. */
function resolveDuration(c: Candidate): Resolved {
  const { raw, norm } = c;
  if (raw.hours && raw.minutes) {
    const part = (v: string | undefined, u: string) => (v ? `${parseNumeral(v)}${u}` : '');
    return { value: `PT${part(raw.hours, 'H')}${part(raw.minutes, 'M')}${part(raw.seconds, 'S')}`, type: 'DURATION', resolved: true };
  }
  const unit = norm.unit ?? norm.unitAdj ?? norm.calUnit ?? UNIT_WORD[(raw.bareUnit ?? '').toLowerCase()] ?? 'Y';
  let n: number | 'X' = 1;
  if (raw.numeral) n = parseNumeral(raw.numeral);
  else if (norm.vague) n = norm.vague === 'X' ? 'X' : Number(norm.vague);
  else if (raw.bareUnit) n = /s$/i.test(raw.bareUnit) ? 'X' : 1;
  if (typeof n === 'number' && (raw.andHalf || raw.unitHalf)) n += 0.5;
  return { value: durationValue(n, unit), type: 'DURATION', resolved: true };
}

/**
 * The TimeML value of n units.
 * @example durationValue(3, 'D') // 'P3D'
 */
export function durationValue(n: number | 'X', unit: string): string {
  if (typeof n === 'number' && !Number.isInteger(n)) {
    if (unit === 'CE') return `P${Math.round(n * 100)}Y`;
    if (unit === 'DE') return `P${Math.round(n * 10)}Y`;
    // less than an hour is written in minutes: "half an hour" → PT30M
    if (unit === 'H' && n < 1 && Number.isInteger(n * 60)) return `PT${n * 60}M`;
  }
  const q = (k: number) => (n === 'X' ? 'X' : String(n * k));
  switch (unit) {
    case 'H':
      return `PT${q(1)}H`;
    case 'MI':
      return `PT${q(1)}M`;
    case 'S':
      return `PT${q(1)}S`;
    case 'F':
      return `P${q(2)}W`;
    case 'DE':
      return `P${q(10)}Y`;
    default:
      return `P${q(1)}${unit}`;
  }
}

/** Resolves sets: "every year" → P1Y, "every Monday" → XXXX-WXX-1. */
function resolveSet(c: Candidate): Resolved {
  const { raw, norm } = c;
  if (norm.setAdverb) return { value: norm.setAdverb, type: 'SET', resolved: true };
  const wd = norm.weekday ?? norm.weekdays;
  if (wd) return { value: `XXXX-WXX-${wd}${norm.podPlural ? `T${norm.podPlural}` : ''}`, type: 'SET', resolved: true };
  const unit = norm.setUnit ?? norm.setUnitPlural ?? 'D';
  if (unit === 'MO' || unit === 'N') return { value: `XXXX-XX-XXT${unit === 'N' ? 'NI' : 'MO'}`, type: 'SET', resolved: true };
  if (unit === 'SU' || unit === 'WI') return { value: `XXXX-${unit}`, type: 'SET', resolved: true };
  const k = raw.setNum ? (raw.setNum.toLowerCase() === 'other' ? 2 : parseNumeral(raw.setNum)) : 1;
  return { value: durationValue(k, unit), type: 'SET', resolved: true };
}

/** Resolves clock times on the day the text names (or the anchor's day). */
function resolveClock(c: Candidate, env: ResolveEnv): Resolved {
  const { raw, norm } = c;
  let hour = Number(raw.hour ?? raw.hhmm?.slice(0, 2) ?? 12);
  const minute = raw.minute ?? raw.hhmm?.slice(2) ?? '00';
  if (raw.noon) hour = /midnight/i.test(raw.noon) ? 24 : 12;
  if (norm.ampm === 'pm' && hour < 12) hour += 12;
  if (norm.ampm === 'am' && hour === 12) hour = 0;
  // a named zone gives its UTC offset (EST → -05, GMT → Z), as ISO 8601 and TimeML write it
  const clock = `T${pad(hour)}:${minute}${norm.timezone ?? ''}`;
  const wd = norm.weekday ?? norm.weekday2;
  const dayRef = norm.dayRef ?? norm.dayRef2;
  const ref = env.narrative ? (env.previousDay ?? env.dct) : env.dct;
  if (!ref) return { value: `XXXX-XX-XX${clock}`, type: 'TIME', resolved: false };
  let day = ref;
  if (wd) day = weekdayFrom(ref, Number(wd), env.direction());
  else if (dayRef) day = addDays(ref, Number(dayRef));
  return { value: `${isoDay(day)}${clock}`, type: 'TIME', resolved: true };
}

/**
 * Normalises a candidate to its TimeML value with the resolver its rule names.
 * @example resolveCandidate(candidate, env).value // '2017-10'
 */
export function resolveCandidate(c: Candidate, env: ResolveEnv): Resolved {
  let r: Resolved;
  switch (c.rule.resolve) {
    case 'calendar':
      r = resolveCalendar(c, env);
      break;
    case 'relative':
      r = resolveRelative(c, env);
      break;
    case 'duration':
      r = resolveDuration(c);
      break;
    case 'set':
      r = resolveSet(c);
      break;
    case 'clock':
      r = resolveClock(c, env);
      break;
    default:
      r = { value: c.rule.value ?? 'PRESENT_REF', type: c.rule.type, resolved: true };
  }
  // a fiscal year's calendar span is unknown: TimeML writes FY2013, FY2013-Q3
  if (c.rule.fiscal && /^\d{4}/.test(r.value)) r = { ...r, value: `FY${r.value}` };
  const mod = c.mod ?? c.rule.mod;
  return mod ? { ...r, mod } : r;
}
