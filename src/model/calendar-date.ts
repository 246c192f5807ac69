/**
 * A calendar value at its own precision, as ISO text: `2017`, `2017-10`, `2017-10-16`.
 * Wider TimeML precisions (`2017-Q2`, `2017-W21`, `201` for a decade) are also allowed.
 */
export type Precision = 'century' | 'decade' | 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'time';

/** A date with its precision, which parts the text stated, and whether it was inferred. */
export interface CalendarDate {
  value: string;
  precision: Precision;
  /** true when the value was not stated but inferred (e.g. an undated article's publication date). */
  inferred?: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/**
 * Parses an ISO calendar value of year, month or day precision; returns null for anything else.
 * @example parseIsoDate('2017-10') // { value: '2017-10', precision: 'month' }
 */
export function parseIsoDate(value: string): CalendarDate | null {
  if (YEAR.test(value)) return { value, precision: 'year' };
  const m = MONTH.exec(value);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { value, precision: 'month' } : null;
  const d = DAY.exec(value);
  if (d && isValidDay(Number(d[1]), Number(d[2]), Number(d[3]))) return { value, precision: 'day' };
  return null;
}

/**
 * Whether year-month-day names a real calendar day (2017-02-31 does not).
 * @example isValidDay(2016, 2, 29) // true
 */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/**
 * Number of days in a month of the proleptic Gregorian calendar.
 * @example daysInMonth(2017, 2) // 28
 */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
