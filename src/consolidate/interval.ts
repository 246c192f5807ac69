import { boundedMemo } from '../util/bounded-memo.ts';

/** A closed range of days, as day numbers since 1970-01-01; -Infinity/Infinity when open. */
export interface DayInterval {
  lo: number;
  hi: number;
}

/** The interval that overlaps everything (an undated mention). */
export const UNBOUNDED: DayInterval = { lo: -Infinity, hi: Infinity };

const DAY_MS = 86_400_000;

/**
 * The day number of a calendar day.
 * @example dayNumber(1970, 1, 2) // 1
 */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/**
 * The ISO day of a day number.
 * @example isoOfDay(1) // '1970-01-02'
 */
export function isoOfDay(n: number): string {
  return isoDays(n, () => new Date(n * DAY_MS).toISOString().slice(0, 10));
}

/** ISO days by day number, and the intervals of ISO values (shared and frozen): consolidation asks for the same few days again and again. */
const isoDays = boundedMemo<string, number>(50_000);
const intervals = boundedMemo<DayInterval | null>(50_000);

/**
 * The days an ISO value covers at its own precision: `2017` → the whole year, `2017-05` → May,
 * `2017-05-22` → one day. Values with a leading year and anything coarser-looking after it
 * (`2017-Q2`, `2017-W21`) cover their year; anything else is null. The interval is frozen (it is shared).
 * @example isoInterval('2017-02') // { lo: dayNumber(2017, 2, 1), hi: dayNumber(2017, 2, 28) }
 */
export function isoInterval(value: string | null | undefined): DayInterval | null {
  if (!value) return null;
  return intervals(value, () => {
    const interval = intervalOf(value);
    return interval && Object.freeze(interval);
  });
}

function intervalOf(value: string): DayInterval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = dayNumber(y, Number(m[2]), Number(m[3]));
    return { lo: d, hi: d };
  }
  if (m[2] && value.length === 7) {
    const mo = Number(m[2]);
    return { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo + 1, 1) - 1 };
  }
  return { lo: dayNumber(y, 1, 1), hi: dayNumber(y + 1, 1, 1) - 1 };
}

/**
 * The common part of two intervals, or null when they do not meet.
 * @example intersect({ lo: 0, hi: 10 }, { lo: 5, hi: 20 }) // { lo: 5, hi: 10 }
 */
export function intersect(a: DayInterval, b: DayInterval): DayInterval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

/** Number of days an interval covers (Infinity when open). */
export function width(i: DayInterval): number {
  return i.hi - i.lo + 1;
}
