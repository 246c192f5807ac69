import type Database from 'better-sqlite3';

/** A stored person. */
export interface PersonRow {
  id: string;
  name: string;
  country: string | null;
  aliases: string[];
}

/** One title of a person with the span of dates it is attested, per source. */
export interface RoleSpan {
  title: string;
  organisation: string | null;
  country: string | null;
  /** Earliest and latest date attested (at the stored precision); null when only undated articles attest it. */
  first: string | null;
  last: string | null;
  attestations: number;
  /** `text` or `dictionary:<file>`. */
  source: string;
  /** Names of the articles that attest it (text roles). */
  articles: string[];
}

/**
 * Persons whose name or alias is `name` (case-insensitive), then those whose name or alias ends with it as
 * a word (a surname); failing both, persons named so in roles without a stored person row.
 * @example findPersons(db, 'Patrushev')
 */
export function findPersons(db: Database.Database, name: string): PersonRow[] {
  const exact = db
    .prepare(
      `SELECT DISTINCT p.id, p.name, p.country FROM persons p LEFT JOIN person_aliases a ON a.person_id = p.id
       WHERE p.name = @n COLLATE NOCASE OR a.alias = @n COLLATE NOCASE ORDER BY p.name, p.id`,
    )
    .all({ n: name }) as Omit<PersonRow, 'aliases'>[];
  const bySurname = (db
        .prepare(
          `SELECT DISTINCT p.id, p.name, p.country FROM persons p LEFT JOIN person_aliases a ON a.person_id = p.id
           WHERE p.name LIKE '% ' || @n OR a.alias LIKE '% ' || @n ORDER BY p.name, p.id`,
        )
        .all({ n: name }) as Omit<PersonRow, 'aliases'>[]);
  const rows = [...exact, ...bySurname.filter((s) => !exact.some((e) => e.id === s.id))];
  const orphans = rows.length
    ? []
    : (db
        .prepare(
          `SELECT DISTINCT COALESCE(person_id, 'role:' || person) AS id, person AS name, country FROM roles
           WHERE person = @n COLLATE NOCASE OR person LIKE '% ' || @n ORDER BY person`,
        )
        .all({ n: name }) as Omit<PersonRow, 'aliases'>[]);
  const aliases = db.prepare('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias');
  return [...rows, ...orphans].map((r) => ({ ...r, aliases: (aliases.all(r.id) as { alias: string }[]).map((a) => a.alias).filter((a) => a !== r.name) }));
}

/**
 * A person's roles over time: each title (case-insensitive) and source with its first and last date
 * attested, how often, and by which articles. Ordered by first date.
 * @example rolesOf(db, person).map((r) => `${r.title} ${r.first}`)
 */
export function rolesOf(db: Database.Database, person: PersonRow): RoleSpan[] {
  const byId = person.id.startsWith('role:') ? 'r.person = @n COLLATE NOCASE' : 'r.person_id = @n';
  const rows = db
    .prepare(
      `SELECT MIN(r.title) AS title, MAX(r.organisation) AS organisation, MAX(r.country) AS country,
              MIN(r.date) AS first, MAX(r.date) AS last, COUNT(*) AS attestations, r.source AS source,
              GROUP_CONCAT(DISTINCT a.name) AS articles
       FROM roles r LEFT JOIN articles a ON a.id = r.article_id
       WHERE ${byId}
       GROUP BY lower(r.title), r.source
       ORDER BY first IS NULL, first, title`,
    )
    .all({ n: person.id.startsWith("role:") ? person.name : person.id }) as (Omit<RoleSpan, 'articles'> & { articles: string | null })[];
  return rows.map((r) => ({ ...r, articles: r.articles ? r.articles.split(',').sort() : [] }));
}
