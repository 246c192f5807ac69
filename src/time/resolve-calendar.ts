import { parseYear } from './builtins.ts';
import { daysInMonth, isValidDay } from '../model/calendar-date.ts';
import { addDays, addMonths, atUnit, holidayDay, isoDay, isoMonth, isoWeekday, quarterOf, SEASON_START, shiftBy, type Ymd } from './calendar-math.ts';
import { yearFromPartner } from './anchors.ts';
import type { Candidate } from './candidate.ts';
import type { ResolveEnv, Resolved } from './normalise.ts';
import type { Direction } from './tense.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The shift a word before a unit or a name gives ("last May": -1). */
export const SHIFT_WORD: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

/** The weekday `wd` nearest `ref` in a direction (`shift` -1/+1 excludes the reference day). */
export function weekdayFrom(ref: Ymd, wd: number, direction: Direction, shift?: number): Ymd {
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
 * The year of a month-day written with its weekday but no year ("Friday, Oct. 19"): the default
 * year `y` when the day falls on that weekday there, else the year nearest the anchor among the
 * anchor's year and the years either side where it does; `y` when none does.
 */
function yearOfWeekday(y: number, month: number, day: number, wd: number, ref: Ymd): number {
  const fits = (year: number) => isValidDay(year, month, day) && isoWeekday({ y: year, m: month, d: day }) === wd;
  if (fits(y)) return y;
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(ref.y, ref.m - 1, ref.d));
  const years = [ref.y - 1, ref.y, ref.y + 1].filter(fits).sort((a, b) => distance(a) - distance(b));
  return years[0] ?? y;
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
export function resolveCalendar(c: Candidate, env: ResolveEnv): Resolved {
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
  // a span of months lies in one year, the next when it turns over: "November to February"
  if (year === undefined && env.spanStart && month) year = env.spanStart.y + (month < env.spanStart.m ? 1 : 0);
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
    // a narrative's span that turns over the year lies around its anchor: "(March 1945) ... from October to March" starts in 1944
    const end = env.spanEndMonth;
    if (env.narrative && end && end < month) {
      const at = ref.y * 12 + ref.m;
      const holds = (year: number) => year * 12 + month <= at && at <= (year + 1) * 12 + end;
      if (!holds(y) && holds(y - 1)) y -= 1;
    }
    // February 29 exists only in leap years: take the nearest one in the expression's direction
    while (day && !isValidDay(y, month, day) && Math.abs(y - ref.y) < 4) y += direction === 'future' ? 1 : -1;
    if (day && norm.weekday) y = yearOfWeekday(y, month, day, Number(norm.weekday), ref);
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
