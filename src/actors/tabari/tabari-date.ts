import { isValidDay } from '../../model/calendar-date.ts';

/** A TABARI date read from a dictionary: the ISO day, or the reason it could not be read. */
export type TabariDate = { ok: true; iso: string } | { ok: false; raw: string; reason: string };

/**
 * Two-digit years below this pivot are read as 20YY, the others as 19YY (PETRARCH's convention:
 * `911226` is 1991-12-26, `080508` is 2008-05-08).
 */
export const CENTURY_PIVOT = 30;

/**
 * Reads a TABARI date, `YYMMDD` or `YYYYMMDD`, into an ISO day. Impossible dates (`20130231`,
 * `991399`) and other shapes come back as `{ ok: false, reason }`; this never throws.
 * @example parseTabariDate('950601') // { ok: true, iso: '1995-06-01' }
 */
export function parseTabariDate(raw: string): TabariDate {
  const s = raw.trim();
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else {
    return { ok: false, raw, reason: 'not a date: expected YYMMDD or YYYYMMDD' };
  }
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (!isValidDay(y, m, d)) return { ok: false, raw, reason: `impossible date ${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}` };
  return { ok: true, iso: `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}` };
}
