import countries from 'i18n-iso-countries';
import type { Db } from '../../store/open-store.ts';
import { NotFoundError } from '../../errors.ts';

/** A dyad (an unordered pair of countries) with its event counts. */
export interface DyadRow {
  /** `AAA-BBB`, codes in alphabetical order: the dyad's id in URLs. */
  id: string;
  a: string;
  a_name: string | null;
  b: string;
  b_name: string | null;
  n_events: number;
  occurred: number;
  planned: number;
  negated: number;
  hypothetical: number;
  /** Articles behind the events, summed over events. */
  n_sources: number;
  first_date: string | null;
  last_date: string | null;
}

const DYADS_SQL = `
  WITH p AS (
    SELECT min(source_code, target_code) AS a, max(source_code, target_code) AS b,
           CASE WHEN source_code < target_code THEN source_name ELSE target_name END AS a_name,
           CASE WHEN source_code < target_code THEN target_name ELSE source_name END AS b_name,
           status, n_sources, date
    FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> target_code)
  SELECT a || '-' || b AS id, a, max(a_name) AS a_name, b, max(b_name) AS b_name, count(*) AS n_events,
         sum(status = 'occurred') AS occurred, sum(status = 'planned') AS planned,
         sum(status = 'negated') AS negated, sum(status = 'hypothetical') AS hypothetical,
         sum(n_sources) AS n_sources, min(date) AS first_date, max(date) AS last_date
  FROM p`;

/** A country's short English name ("Russia", not "Russian Federation"; "South Korea", not "Korea, Republic of"). */
function countryName(code: string): string | undefined {
  const alias = countries.getName(code, 'en', { select: 'alias' });
  return alias && !alias.includes(',') ? alias : countries.getName(code, 'en');
}

/** Country names for a dyad's codes, else the name an event gave (an event's actor may be a person). */
function named(row: DyadRow): DyadRow {
  return { ...row, a_name: countryName(row.a) ?? row.a_name, b_name: countryName(row.b) ?? row.b_name };
}

/**
 * Dyads with their counts, most events first.
 * @example listDyads(db, 100, 0)
 */
export function listDyads(db: Db, limit: number, offset: number): DyadRow[] {
  return (db.prepare(`${DYADS_SQL} GROUP BY a, b ORDER BY n_events DESC, a, b LIMIT ? OFFSET ?`).all(limit, offset) as DyadRow[]).map(named);
}

/** One dyad's counts; throws NotFoundError when no event links the two countries. */
export function getDyad(db: Db, [x, y]: [string, string]): DyadRow {
  const [a, b] = x < y ? [x, y] : [y, x];
  const row = db.prepare(`${DYADS_SQL} WHERE a = ? AND b = ? GROUP BY a, b`).get(a, b) as DyadRow | undefined;
  if (!row) throw new NotFoundError('dyad', `${x}-${y}`);
  return named(row);
}
