import { isValidDay } from '../../model/calendar-date.ts';

/** A TABARI date read from a dictionary: the ISO day, or the reason it could not be read. */
export type TabariDate = { ok: true; iso: string } | { ok: false; raw: string; reason: string };

/**
 * Two-digit years below this pivot are read as 20YY, the others as 19YY (PETRARCH's convention:
 * `911226` is 1991-12-26, `080508` is 2008-05-08).
 */
export const CENTURY_PIVOT = 30;

/**
 * ISO days by the text they were read from, so that a dictionary's many equal dates are read once (one
 * table per dictionary read).
 */
export type TabariDayTable = Map<string, string>;

/** The year of a date's leading digits: four as written, two by CENTURY_PIVOT. */
const fullYear = (yy: number, digits: number) => (digits === 8 ? yy : yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy);

/** The value of the text's characters as ASCII digits, or -1 when another character is among them. */
function digitsValue(s: string): number {
  let v = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * The ISO day of a TABARI date, `YYMMDD` or `YYYYMMDD` exactly (no spaces), or null when it is not a possible
 * one (tabariDateIssue says why). Days already in `days` are not read again.
 * @example tabariDay('950601') // '1995-06-01'
 */
export function tabariDay(s: string, days?: TabariDayTable): string | null {
  const known = days?.get(s);
  if (known !== undefined) return known;
  const n = s.length;
  const v = n === 8 || n === 6 ? digitsValue(s) : -1;
  if (v < 0) return null;
  const md = v % 10000;
  const yy = Math.floor(v / 10000);
  const y = fullYear(yy, n);
  if (!isValidDay(y, Math.floor(md / 100), md % 100)) return null;
  const iso = `${String(y).padStart(4, '0')}-${s.slice(n - 4, n - 2)}-${s.slice(n - 2)}`;
  days?.set(s, iso);
  return iso;
}

/**
 * Why a text that is not a possible TABARI date is not one (`tabariDay` gave null for it).
 * @example tabariDateIssue('20130231') // 'impossible date 2013-02-31'
 */
export function tabariDateIssue(s: string): string {
  if ((s.length !== 8 && s.length !== 6) || digitsValue(s) < 0) return 'not a date: expected YYMMDD or YYYYMMDD';
  const yy = Number(s.slice(0, s.length - 4));
  const y = fullYear(yy, s.length);
  const rest = s.slice(s.length - 4);
  return `impossible date ${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/**
 * Reads a TABARI date, `YYMMDD` or `YYYYMMDD`, into an ISO day. Impossible dates (`20130231`,
 * `991399`) and other shapes come back as `{ ok: false, reason }`; this never throws.
 * @example parseTabariDate('950601') // { ok: true, iso: '1995-06-01' }
 */
export function parseTabariDate(raw: string): TabariDate {
  const s = raw.trim();
  const iso = tabariDay(s);
  return iso === null ? { ok: false, raw, reason: tabariDateIssue(s) } : { ok: true, iso };
}
