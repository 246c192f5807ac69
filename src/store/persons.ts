import type { RoleAssertion } from '../model/annotations.ts';
import type { Db } from './open-store.ts';
import { stableId } from './ids.ts';

/**
 * The stored person a role assertion belongs to: an existing person with the same name (or alias) and a
 * compatible country, else a new one. Adds the name as an alias.
 */
export function resolvePersonId(db: Db, role: RoleAssertion): string {
  const found = db
    .prepare(
      `SELECT p.id, p.country FROM persons p JOIN person_aliases a ON a.person_id = p.id
       WHERE a.alias = ? COLLATE NOCASE ORDER BY p.id`,
    )
    .all(role.person) as { id: string; country: string | null }[];
  const match = found.find((p) => !p.country || !role.country || p.country === role.country);
  const id = match?.id ?? stableId('person', role.person, role.country);
  if (!match) db.prepare('INSERT OR IGNORE INTO persons (id, name, country) VALUES (?, ?, ?)').run(id, role.person, role.country ?? null);
  db.prepare('INSERT OR IGNORE INTO person_aliases (person_id, alias) VALUES (?, ?)').run(id, role.person);
  return id;
}
