import { compareFullness, newPersonId } from '../actors/person-identity.ts';
import type { Db } from './open-store.ts';
import { perDb } from './per-db.ts';

const statements = perDb((db) => ({
  touched: db.prepare(
    'SELECT DISTINCT person_id AS id FROM roles WHERE person_id IS NOT NULL AND article_id IN (SELECT value FROM json_each(?))',
  ),
  person: db.prepare('SELECT id, name, country FROM persons WHERE id = ?'),
  aliases: db.prepare('SELECT alias FROM person_aliases WHERE person_id = ?'),
  exists: db.prepare('SELECT 1 FROM persons WHERE id = ?'),
  rename: db.prepare('UPDATE persons SET name = ? WHERE id = ?'),
  insert: db.prepare('INSERT INTO persons (id, name, country) VALUES (?, ?, ?)'),
  moveAliases: db.prepare('UPDATE person_aliases SET person_id = ? WHERE person_id = ?'),
  moveRoles: db.prepare('UPDATE roles SET person_id = ? WHERE person_id = ?'),
  drop: db.prepare('DELETE FROM persons WHERE id = ?'),
}));

/**
 * The name a person is known by, whatever order its names were read in: the fullest (most given names,
 * then a suffix, then a longer surname), ties broken by code-point order.
 * @example canonicalName(['Duterte', 'Rodrigo Duterte']) // 'Rodrigo Duterte'
 */
export function canonicalName(names: readonly string[]): string {
  return [...names].sort((a, b) => compareFullness(b, a) || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/**
 * Gives each person that the given articles name its canonical name and the id derived from it, moving
 * aliases and roles along, so that person ids do not depend on the order articles were ingested in.
 * Call inside the batch's transaction, after the batch's roles are written.
 */
export function canonicalizePersons(db: Db, articleIds: readonly string[]): void {
  if (articleIds.length === 0) return;
  const st = statements(db);
  const touched = st.touched.all(JSON.stringify(articleIds)) as { id: string }[];
  for (const { id } of touched) {
    const p = st.person.get(id) as { id: string; name: string; country: string | null } | undefined;
    if (!p) continue;
    const names = [p.name, ...(st.aliases.all(id) as { alias: string }[]).map((a) => a.alias)];
    const name = canonicalName(names);
    const canonicalId = newPersonId({ name, country: p.country }, []);
    if (canonicalId === id) {
      if (name !== p.name) st.rename.run(name, id);
      continue;
    }
    if (st.exists.get(canonicalId)) continue; // another person holds that id: keep this one as it is
    st.insert.run(canonicalId, name, p.country);
    st.moveAliases.run(canonicalId, id);
    st.moveRoles.run(canonicalId, id);
    st.drop.run(id);
  }
}
