import type Database from 'better-sqlite3';
import { perDb } from '../store/per-db.ts';
import type { RoleAssertion } from '../model/annotations.ts';
import { mergePerson, nameParts, namesCompatible, resolvePerson, type KnownPerson } from './person-identity.ts';

/** The statements person resolution runs, prepared once per database. */
interface PersonStatements {
  byGram: Database.Statement;
  byLike: Database.Statement;
  titles: Database.Statement;
  insert: Database.Statement;
  update: Database.Statement;
  alias: Database.Statement;
}

/**
 * Each person's distinct titles (`id`, `text`), for a JSON array of person ids, one index step per title
 * (roles_person_title): reading them with DISTINCT would visit every role the person holds, batch after batch.
 */
export const PERSON_TITLES = `WITH RECURSIVE t(id, text) AS (
    SELECT p.value, (SELECT min(title) FROM roles WHERE person_id = p.value) FROM json_each(?) p
    UNION ALL
    SELECT t.id, (SELECT min(title) FROM roles WHERE person_id = t.id AND title > t.text) FROM t WHERE t.text IS NOT NULL
  )
  SELECT id, text FROM t WHERE text IS NOT NULL`;

/** The persons whose ids `ids` (a subquery) gives, by id, each with its aliases as a JSON array (in the alias key's order). */
const withAliases = (ids: string) =>
  `SELECT p.id, p.name, p.country, (SELECT json_group_array(a.alias) FROM person_aliases a WHERE a.person_id = p.id) AS aliases
   FROM persons p WHERE p.id IN (${ids}) ORDER BY p.id`;

const statements = perDb(
  (db): PersonStatements => ({
    // an alias contains the stem (as LIKE '%stem%' matches): one of its five-character windows starts with
    // it, or it is among the few aliases too long for the window table
    byGram: db
      .prepare(
        withAliases(
          `SELECT g.person_id FROM person_alias_grams g WHERE g.gram >= @gram AND g.gram < @next
         UNION SELECT a.person_id FROM person_aliases a WHERE length(a.alias) > 512 AND a.alias LIKE '%' || @stem || '%'`,
        ),
      )
      .raw(true),
    byLike: db.prepare(withAliases(`SELECT a.person_id FROM person_aliases a WHERE a.alias LIKE '%' || @stem || '%'`)).raw(true),
    titles: db.prepare(PERSON_TITLES).raw(true),
    insert: db.prepare('INSERT OR IGNORE INTO persons (id, name, country) VALUES (?, ?, ?)'),
    update: db.prepare('UPDATE persons SET name = ?, country = COALESCE(country, ?) WHERE id = ?'),
    alias: db.prepare('INSERT OR IGNORE INTO person_aliases (person_id, alias) VALUES (?, ?)'),
  }),
);

/** Lower-cases ASCII letters only, as SQLite's LIKE and lower() do. */
const lowerAscii = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/**
 * The first string after every string that starts with `prefix` (in code-point order, which is SQLite's
 * byte order of UTF-8): its last character, a BMP one that is not a surrogate, moved on by one.
 * @example windowRange('lund') // { gram: 'lund', next: 'lune' }
 */
export function windowRange(prefix: string): { gram: string; next: string } {
  const last = prefix.charCodeAt(prefix.length - 1) + 1;
  return { gram: prefix, next: prefix.slice(0, -1) + String.fromCharCode(last === 0xd800 ? 0xe000 : last) };
}

/** A stored person as a candidate query reads it: name, country and aliases; titles are read apart. */
type CandidateRow = Omit<KnownPerson, 'titles'>;

/**
 * Resolves role assertions to stored persons (see resolve), reading the candidates of each surname stem once
 * for as long as it makes every write to persons and aliases: a write drops the reads it could change, so each
 * resolution sees what reading the database afresh would. Make one per batch of roles, inside its transaction.
 * @example const resolver = new PersonResolver(db); const personId = resolver.resolve(role);
 */
export class PersonResolver {
  private readonly st: PersonStatements;
  /** Candidates read through the window table, by the lower-cased stem (the window range's start). */
  private readonly read = new Map<string, CandidateRow[]>();

  constructor(db: Database.Database) {
    this.st = statements(db);
  }

  /**
   * The stored person a role assertion belongs to, by `resolvePerson` (transliteration, suffixes and
   * truncation tolerated; clashing countries or titles never merged). Creates the person when new; when
   * merged, a fuller name becomes the person's name. Adds the role's name as an alias.
   */
  resolve(role: RoleAssertion): string {
    const st = this.st;
    const mention = { name: role.person, country: role.country ?? null, titles: [role.title] };
    const known = nameParts(role.person).surname ? this.candidates(role.person, mention.country) : [];
    const r = resolvePerson(mention, known);
    if (r.isNew) {
      st.insert.run(r.id, role.person, role.country ?? null);
      this.addAlias(r.id, role.person);
      return r.id;
    }
    // writes only what changes: the stored row and aliases are those just read
    const person = known.find((p) => p.id === r.id)!;
    const merged = mergePerson(person, mention);
    if (merged.name !== person.name || (person.country == null && merged.country != null)) {
      st.update.run(merged.name, merged.country ?? null, r.id);
      this.forget(r.id);
    }
    if (!person.aliases.includes(role.person)) this.addAlias(r.id, role.person);
    return r.id;
  }

  /** Stores an alias, dropping the reads it changes: those holding the person, and those of a stem the alias contains. */
  private addAlias(person: string, alias: string): void {
    if (this.st.alias.run(person, alias).changes === 0) return;
    this.forget(person);
    const lower = lowerAscii(alias);
    for (const gram of this.read.keys()) if (lower.includes(gram)) this.read.delete(gram);
  }

  /** Drops the reads that hold a person. */
  private forget(person: string): void {
    for (const [gram, rows] of this.read) if (rows.some((r) => r.id === person)) this.read.delete(gram);
  }

  /** The stored persons that could be `name`: an alias containing the surname's first five letters. */
  private candidates(name: string, country: string | null): KnownPerson[] {
    const surname = name.trim().split(/\s+/).filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w)).pop() ?? '';
    const stem = surname.slice(0, 5);
    if (!stem) return [];
    const known = this.rowsOf(stem);
    if (!known.length) return [];
    // titles matter only to persons resolvePerson can merge with (country not clashing, some name
    // compatible); the others keep no titles, which it never reads for them. All of them in one query.
    const mayFit = known.filter(
      (r) => !(country && r.country && country !== r.country) && [r.name, ...r.aliases].some((k) => namesCompatible(name, k)),
    );
    const titles = new Map<string, string[]>();
    if (mayFit.length) {
      for (const [id, text] of this.st.titles.all(JSON.stringify(mayFit.map((r) => r.id))) as [string, string][]) {
        const list = titles.get(id);
        if (list) list.push(text);
        else titles.set(id, [text]);
      }
    }
    return known.map((r): KnownPerson => ({ id: r.id, name: r.name, country: r.country, aliases: r.aliases, titles: titles.get(r.id) ?? [] }));
  }

  /**
   * The persons with an alias containing `stem`, with their aliases (in the alias key's order). LIKE wildcards
   * and split surrogate pairs have no exact substring key: those few take the scan, never kept.
   */
  private rowsOf(stem: string): CandidateRow[] {
    // rows read raw (id, name, country, aliases), as better-sqlite3 makes row objects slowly
    const parse = (rows: unknown[]) =>
      (rows as [string, string, string | null, string][]).map(([id, name, country, aliases]): CandidateRow => ({ id, name, country, aliases: JSON.parse(aliases) as string[] }));
    if (/[%_\uD800-\uDFFF]/.test(stem)) return parse(this.st.byLike.all({ stem }));
    const range = windowRange(lowerAscii(stem));
    let rows = this.read.get(range.gram);
    if (!rows) this.read.set(range.gram, (rows = parse(this.st.byGram.all({ ...range, stem }))));
    return rows;
  }
}
