import { daysInMonth, isValidDay } from '../model/calendar-date.ts';

/** A calendar day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(Math.trunc(n)).padStart(w, '0');

/**
 * ISO text of a day.
 * @example isoDay({ y: 2017, m: 2, d: 5 }) // '2017-02-05'
 */
export const isoDay = (t: Ymd): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;

/**
 * ISO text of a month.
 * @example isoMonth(2017, 10) // '2017-10'
 */
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

const toUtc = (t: Ymd) => Date.UTC(t.y, t.m - 1, t.d);
const fromUtc = (ms: number): Ymd => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};

/**
 * Parses `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`: first day) into a day; null otherwise.
 * @example parseYmd('2017-02') // { y: 2017, m: 2, d: 1 }
 */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s) : null;
  return m ? { y: Number(m[1]), m: Number(m[2] ?? 1), d: Number(m[3] ?? 1) } : null;
}

/**
 * Adds days to a day.
 * @example addDays({ y: 2017, m: 2, d: 28 }, 1) // { y: 2017, m: 3, d: 1 }
 */
export const addDays = (t: Ymd, n: number): Ymd => fromUtc(toUtc(t) + n * 86400000);

/**
 * Adds months, clamping the day to the month's length.
 * @example addMonths({ y: 2017, m: 1, d: 31 }, 1) // { y: 2017, m: 2, d: 28 }
 */
export function addMonths(t: Ymd, n: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/**
 * ISO weekday, Monday 1 … Sunday 7.
 * @example isoWeekday({ y: 2017, m: 2, d: 17 }) // 5
 */
export const isoWeekday = (t: Ymd): number => ((new Date(toUtc(t)).getUTCDay() + 6) % 7) + 1;

/**
 * ISO week-numbering year and week of a day.
 * @example isoWeek({ y: 2017, m: 5, d: 22 }) // { year: 2017, week: 21 }
 */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor((toUtc(thursday) - toUtc(jan1)) / 86400000 / 7) + 1 };
}

/**
 * The Monday of an ISO week.
 * @example weekMonday(2017, 21) // { y: 2017, m: 5, d: 22 }
 */
export function weekMonday(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, (week - 1) * 7 - (isoWeekday(jan4) - 1));
}

/**
 * Whether a DATE/TIME value that starts with a digit names a real calendar point at its precision
 * (`2017-02-31`, `2017-13` and five-digit years do not). Values off the calendar (`PAST_REF`,
 * `XXXX-10`, `BC0480`) are left alone (true).
 * @example isCalendarValue('2016-02-29T13:00') // true
 */
export function isCalendarValue(value: string): boolean {
  if (!/^\d/.test(value)) return true;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value))) return isValidDay(+m[1], +m[2], +m[3]);
  if ((m = /^\d{4}-(\d{2})$/.exec(value))) return +m[1] >= 1 && +m[1] <= 12;
  if ((m = /^\d{4}-W(\d{2})(-WE)?$/.exec(value))) return +m[1] >= 1 && +m[1] <= 53;
  if (/^\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.test(value)) return true;
  return /^\d{1,4}$/.test(value);
}

/**
 * The `[start, end)` interval, as ISO days, of a TimeML DATE value at any precision; null for
 * values off the calendar (`PAST_REF`, `XXXX-10`). A START/MID/END mod keeps a third of it.
 * @example dateInterval('2017-10') // { start: '2017-10-01', end: '2017-11-01' }
 */
export function dateInterval(value: string, mod?: string): { start: string; end: string } | null {
  let span: [Ymd, Ymd] | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const s = { y: +m[1], m: +m[2], d: +m[3] };
    span = [s, addDays(s, 1)];
  } else if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value))) {
    const mon = weekMonday(+m[1], +m[2]);
    span = m[3] ? [addDays(mon, 5), addDays(mon, 7)] : [mon, addDays(mon, 7)];
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const s = { y: +m[1], m: +m[2], d: 1 };
    span = [s, addMonths(s, 1)];
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const s = { y: +m[1], m: (+m[2] - 1) * 3 + 1, d: 1 };
    span = [s, addMonths(s, 3)];
  } else if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const s = { y: +m[1], m: (+m[2] - 1) * 6 + 1, d: 1 };
    span = [s, addMonths(s, 6)];
  } else if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const s = { y: +m[1], m: { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP'], d: 1 };
    span = [s, addMonths(s, 3)];
  } else if ((m = /^(\d{4})$/.exec(value))) {
    span = [{ y: +m[1], m: 1, d: 1 }, { y: +m[1] + 1, m: 1, d: 1 }];
  } else if ((m = /^(\d{3})$/.exec(value))) {
    span = [{ y: +m[1] * 10, m: 1, d: 1 }, { y: +m[1] * 10 + 10, m: 1, d: 1 }];
  } else if ((m = /^(\d{2})$/.exec(value))) {
    span = [{ y: +m[1] * 100, m: 1, d: 1 }, { y: +m[1] * 100 + 100, m: 1, d: 1 }];
  }
  if (!span || span[1].y > 9999) return null;
  const [s, e] = span;
  const days = (toUtc(e) - toUtc(s)) / 86400000;
  if (days >= 3 && (mod === 'START' || mod === 'MID' || mod === 'END')) {
    const third = Math.floor(days / 3);
    const from = mod === 'START' ? 0 : mod === 'MID' ? third : days - third;
    return { start: isoDay(addDays(s, from)), end: isoDay(addDays(s, from + third)) };
  }
  return { start: isoDay(s), end: isoDay(e) };
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
 * @example easterSunday(2017) // { y: 2017, m: 4, d: 16 }
 */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/**
 * The day a holiday code names in a year: `MM-DD` (fixed), `MM-W#N` (the Nth weekday W of the
 * month, `L` the last) or `E±N` (N days from Easter Sunday), as data/time/lexicon.yaml writes them.
 * @example holidayDay('11-4#4', 2017) // { y: 2017, m: 11, d: 23 }
 */
export function holidayDay(code: string, y: number): Ymd {
  if (code.startsWith('E')) return addDays(easterSunday(y), Number(code.slice(1)));
  const [, mm, rest] = /^(\d\d)-(.+)$/.exec(code) ?? ['', '01', '01'];
  const m = Number(mm);
  const nth = /^(\d)#(\d|L)$/.exec(rest);
  if (!nth) return { y, m, d: Number(rest) };
  const wd = Number(nth[1]);
  if (nth[2] === 'L') {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + 7 * (Number(nth[2]) - 1));
}

/** The first month of each TimeML season code (a winter starts in the December before its year's spring). */
export const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The quarter (1-4) of a month.
 * @example quarterOf(11) // 4
 */
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/**
 * The value of a date at a unit's precision (TimeML units: D, W, WE, M, Q, Y, DE, CE).
 * @example atUnit({ y: 2017, m: 2, d: 17 }, 'WE') // '2017-W07-WE'
 */
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

/**
 * Moves a day by n units.
 * @example shiftBy({ y: 2017, m: 2, d: 17 }, 'W', 1) // { y: 2017, m: 2, d: 24 }
 */
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

/**
 * The first unit that begins on or after a day: "the coming weekend" said on a Monday to a
 * Saturday is the weekend of that ISO week, said on a Sunday the next one.
 * @example upcomingUnit({ y: 2017, m: 2, d: 17 }, 'WE') // '2017-W07-WE'
 */
export function upcomingUnit(t: Ymd, unit: string): string {
  const here = atUnit(t, unit);
  const span = dateInterval(here);
  return span && span.start < isoDay(t) ? atUnit(shiftBy(t, unit, 1), unit) : here;
}
