import type Database from 'better-sqlite3';
import type { RoleAssertion } from '../model/annotations.ts';
import { mergePerson, nameParts, resolvePerson, type KnownPerson } from './person-identity.ts';

/** The stored persons that could be `name`: an alias containing the surname's first five letters. */
function candidates(db: Database.Database, name: string): KnownPerson[] {
  const surname = name.trim().split(/\s+/).filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w)).pop() ?? '';
  const stem = surname.slice(0, 5);
  if (!stem) return [];
  const rows = db
    .prepare(
      `SELECT DISTINCT p.id, p.name, p.country FROM persons p JOIN person_aliases a ON a.person_id = p.id
       WHERE a.alias LIKE '%' || @stem || '%' ORDER BY p.id`,
    )
    .all({ stem }) as { id: string; name: string; country: string | null }[];
  const aliases = db.prepare('SELECT alias FROM person_aliases WHERE person_id = ?');
  const titles = db.prepare('SELECT DISTINCT title FROM roles WHERE person_id = ?');
  return rows.map((r) => ({
    ...r,
    aliases: (aliases.all(r.id) as { alias: string }[]).map((a) => a.alias),
    titles: (titles.all(r.id) as { title: string }[]).map((t) => t.title),
  }));
}

/**
 * The stored person a role assertion belongs to, by `resolvePerson` (transliteration, suffixes and
 * truncation tolerated; clashing countries or titles never merged). Creates the person when new; when
 * merged, a fuller name becomes the person's name. Adds the role's name as an alias. A drop-in for
 * ingest's person resolution.
 * @example const personId = resolveStoredPerson(db, role);
 */
export function resolveStoredPerson(db: Database.Database, role: RoleAssertion): string {
  const mention = { name: role.person, country: role.country ?? null, titles: [role.title] };
  const known = nameParts(role.person).surname ? candidates(db, role.person) : [];
  const r = resolvePerson(mention, known);
  if (r.isNew) {
    db.prepare('INSERT OR IGNORE INTO persons (id, name, country) VALUES (?, ?, ?)').run(r.id, role.person, role.country ?? null);
  } else {
    const merged = mergePerson(known.find((p) => p.id === r.id)!, mention);
    db.prepare('UPDATE persons SET name = ?, country = COALESCE(country, ?) WHERE id = ?').run(merged.name, merged.country ?? null, r.id);
  }
  db.prepare('INSERT OR IGNORE INTO person_aliases (person_id, alias) VALUES (?, ?)').run(r.id, role.person);
  return r.id;
}
