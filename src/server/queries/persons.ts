import type { Db } from '../../store/open-store.ts';
import { NotFoundError } from '../../errors.ts';

/** A person as listed. */
export interface PersonRow {
  id: string;
  name: string;
  country: string | null;
  aliases: string[];
  n_roles: number;
}

/** One role assertion: a person held a title at a date, says an article or a dictionary. */
export interface RoleRow {
  id: number;
  title: string;
  organisation: string | null;
  country: string | null;
  date: string | null;
  date_precision: string | null;
  article_id: string | null;
  quote: string | null;
  source: string;
  rule: string;
}

/** A role held over a span of time: the assertions of one title, organisation and country together. */
export interface RolePeriod {
  title: string;
  organisation: string | null;
  country: string | null;
  first: string | null;
  last: string | null;
  n: number;
}

function withAliases(db: Db, rows: Omit<PersonRow, 'aliases'>[]): PersonRow[] {
  const q = db.prepare('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias');
  return rows.map((r) => ({ ...r, aliases: (q.all(r.id) as { alias: string }[]).map((a) => a.alias) }));
}

const COLUMNS = 'p.id, p.name, p.country, (SELECT count(*) FROM roles r WHERE r.person_id = p.id) AS n_roles';

/** People by name. */
export function listPersons(db: Db, limit: number, offset: number): PersonRow[] {
  return withAliases(db, db.prepare(`SELECT ${COLUMNS} FROM persons p ORDER BY p.name, p.id LIMIT ? OFFSET ?`).all(limit, offset) as PersonRow[]);
}

/**
 * Groups role assertions into periods: one per title, organisation and country, from the first dated
 * assertion to the last, in order of first date.
 */
export function rolePeriods(roles: readonly RoleRow[]): RolePeriod[] {
  const byKey = new Map<string, RolePeriod>();
  for (const r of roles) {
    const key = JSON.stringify([r.title.toLowerCase(), r.organisation, r.country]);
    const p = byKey.get(key) ?? { title: r.title, organisation: r.organisation, country: r.country, first: null, last: null, n: 0 };
    p.n++;
    if (r.date && (!p.first || r.date < p.first)) p.first = r.date;
    if (r.date && (!p.last || r.date > p.last)) p.last = r.date;
    byKey.set(key, p);
  }
  return [...byKey.values()].sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999') || a.title.localeCompare(b.title));
}

/** One person with every role assertion (dated ones first, by date) and the role periods. */
export function personDetail(db: Db, id: string): PersonRow & { roles: RoleRow[]; periods: RolePeriod[] } {
  const row = db.prepare(`SELECT ${COLUMNS} FROM persons p WHERE p.id = ?`).get(id) as Omit<PersonRow, 'aliases'> | undefined;
  if (!row) throw new NotFoundError('person', id);
  const roles = db
    .prepare(
      `SELECT r.id, r.title, r.organisation, r.country, r.date, r.date_precision, r.article_id, r.source, r.rule,
         CASE WHEN r.start IS NOT NULL AND r.end IS NOT NULL THEN substr(a.text, r.start + 1, r.end - r.start) END AS quote
       FROM roles r LEFT JOIN articles a ON a.id = r.article_id
       WHERE r.person_id = ? ORDER BY r.date IS NULL, r.date, r.id`,
    )
    .all(id) as RoleRow[];
  return { ...withAliases(db, [row])[0], roles, periods: rolePeriods(roles) };
}
