import type { Db } from './open-store.ts';

/**
 * Memoises a value per open database — mostly prepared statements — built on first use and dropped with the
 * database object.
 * @example const statements = perDb((db) => ({ has: db.prepare('SELECT 1 FROM articles WHERE id = ?') }));
 */
export function perDb<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let value = cache.get(db);
    if (value === undefined) {
      value = build(db);
      cache.set(db, value);
    }
    return value;
  };
}
