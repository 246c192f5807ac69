import { compareFullness, newPersonId } from '../actors/person-identity.ts';
import type { Db } from './open-store.ts';

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
  const touched = db
    .prepare(`SELECT DISTINCT person_id AS id FROM roles WHERE person_id IS NOT NULL AND article_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(articleIds)) as { id: string }[];
  const person = db.prepare('SELECT id, name, country FROM persons WHERE id = ?');
  const aliases = db.prepare('SELECT alias FROM person_aliases WHERE person_id = ?');
  const exists = db.prepare('SELECT 1 FROM persons WHERE id = ?');
  for (const { id } of touched) {
    const p = person.get(id) as { id: string; name: string; country: string | null } | undefined;
    if (!p) continue;
    const names = [p.name, ...(aliases.all(id) as { alias: string }[]).map((a) => a.alias)];
    const name = canonicalName(names);
    const canonicalId = newPersonId({ name, country: p.country }, []);
    if (canonicalId === id) {
      if (name !== p.name) db.prepare('UPDATE persons SET name = ? WHERE id = ?').run(name, id);
      continue;
    }
    if (exists.get(canonicalId)) continue; // another person holds that id: keep this one as it is
    db.prepare('INSERT INTO persons (id, name, country) VALUES (?, ?, ?)').run(canonicalId, name, p.country);
    db.prepare('UPDATE person_aliases SET person_id = ? WHERE person_id = ?').run(canonicalId, id);
    db.prepare('UPDATE roles SET person_id = ? WHERE person_id = ?').run(canonicalId, id);
    db.prepare('DELETE FROM persons WHERE id = ?').run(id);
  }
}
