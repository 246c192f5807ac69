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
    byGram: db.prepare(
      withAliases(
        `SELECT g.person_id FROM person_alias_grams g WHERE g.gram >= @gram AND g.gram < @next
         UNION SELECT a.person_id FROM person_aliases a WHERE length(a.alias) > 512 AND a.alias LIKE '%' || @stem || '%'`,
      ),
    ),
    byLike: db.prepare(withAliases(`SELECT a.person_id FROM person_aliases a WHERE a.alias LIKE '%' || @stem || '%'`)),
    titles: db.prepare(PERSON_TITLES),
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

/** The stored persons that could be `name`: an alias containing the surname's first five letters. */
function candidates(db: Database.Database, name: string, country: string | null): KnownPerson[] {
  const surname = name.trim().split(/\s+/).filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w)).pop() ?? '';
  const stem = surname.slice(0, 5);
  if (!stem) return [];
  const st = statements(db);
  // LIKE wildcards and split surrogate pairs have no exact substring key: those few take the scan
  const rows = (/[%_\uD800-\uDFFF]/.test(stem) ? st.byLike.all({ stem }) : st.byGram.all({ ...windowRange(lowerAscii(stem)), stem })) as {
    id: string;
    name: string;
    country: string | null;
    aliases: string;
  }[];
  if (!rows.length) return [];
  const known = rows.map((r): KnownPerson => ({ id: r.id, name: r.name, country: r.country, aliases: JSON.parse(r.aliases) as string[], titles: [] }));
  // titles matter only to persons resolvePerson can merge with (country not clashing, some name
  // compatible); the others keep no titles, which it never reads for them. All of them in one query.
  const mayFit = known.filter(
    (r) => !(country && r.country && country !== r.country) && [r.name, ...r.aliases].some((k) => namesCompatible(name, k)),
  );
  if (!mayFit.length) return known;
  const titles = new Map<string, string[]>();
  for (const { id, text } of st.titles.all(JSON.stringify(mayFit.map((r) => r.id))) as { id: string; text: string }[]) {
    const list = titles.get(id);
    if (list) list.push(text);
    else titles.set(id, [text]);
  }
  return known.map((r) => (titles.has(r.id) ? { ...r, titles: titles.get(r.id)! } : r));
}

/**
 * The stored person a role assertion belongs to, by `resolvePerson` (transliteration, suffixes and
 * truncation tolerated; clashing countries or titles never merged). Creates the person when new; when
 * merged, a fuller name becomes the person's name. Adds the role's name as an alias. A drop-in for
 * ingest's person resolution.
 * @example const personId = resolveStoredPerson(db, role);
 */
export function resolveStoredPerson(db: Database.Database, role: RoleAssertion): string {
  const st = statements(db);
  const mention = { name: role.person, country: role.country ?? null, titles: [role.title] };
  const known = nameParts(role.person).surname ? candidates(db, role.person, mention.country) : [];
  const r = resolvePerson(mention, known);
  if (r.isNew) {
    st.insert.run(r.id, role.person, role.country ?? null);
    st.alias.run(r.id, role.person);
    return r.id;
  }
  // writes only what changes: the stored row and aliases are those just read
  const person = known.find((p) => p.id === r.id)!;
  const merged = mergePerson(person, mention);
  if (merged.name !== person.name || (person.country == null && merged.country != null)) st.update.run(merged.name, merged.country ?? null, r.id);
  if (!person.aliases.includes(role.person)) st.alias.run(r.id, role.person);
  return r.id;
}
