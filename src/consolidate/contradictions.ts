import type { ArticleDoc } from '../model/doc.ts';
import { stableId } from '../store/ids.ts';
import type { Db } from '../store/open-store.ts';
import { perDb } from '../store/per-db.ts';

/** The claim insert, prepared once per database. */
const claimInsert = perDb((db) =>
  db.prepare('INSERT INTO claims (article_id, start, end, text, about_key, about, value, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
);

/** Stores an analysed article's numeric claims (call in the article's transaction). */
export function writeClaims(db: Db, doc: ArticleDoc): void {
  const insert = claimInsert(db);
  for (const c of doc.claims ?? []) insert.run(doc.id, c.start, c.end, c.text, c.aboutKey, c.about, c.value, c.producedBy);
}

/** One side of a contradiction as stored in `contradictions.claims`. */
export interface StoredClaim {
  article: string;
  start: number;
  end: number;
  text: string;
  value: number;
  rule: string;
}

/** The claim subjects (about keys) some articles state. */
export function claimKeysOf(db: Db, articles: readonly string[]): string[] {
  const q = db.prepare('SELECT DISTINCT about_key AS k FROM claims WHERE article_id = ?');
  return [...new Set(articles.flatMap((id) => (q.all(id) as { k: string }[]).map((r) => r.k)))];
}

/**
 * Rebuilds the contradictions: claims about the same thing (same quantity, parties and year) with
 * different values, from any articles, are stored side by side, never merged or averaged. Pass `keys`
 * to rebuild only those subjects; returns the number of contradictions stored.
 * @example rebuildContradictions(db) // number of contradictions
 */
export function rebuildContradictions(db: Db, keys?: readonly string[]): number {
  const targets = keys ?? (db.prepare('SELECT DISTINCT about_key AS k FROM claims').all() as { k: string }[]).map((r) => r.k);
  if (!keys) db.prepare('DELETE FROM contradictions').run();
  const load = db.prepare('SELECT about, article_id AS article, start, end, text, value, rule FROM claims WHERE about_key = ? ORDER BY article_id, start');
  const drop = db.prepare('DELETE FROM contradictions WHERE id = ?');
  const insert = db.prepare('INSERT INTO contradictions (id, about, claims) VALUES (?, ?, ?)');
  for (const key of new Set(targets)) {
    const id = stableId('contradiction', key);
    if (keys) drop.run(id);
    const claims = load.all(key) as (StoredClaim & { about: string })[];
    if (new Set(claims.map((c) => c.value)).size < 2) continue;
    const stored: StoredClaim[] = claims.map(({ article, start, end, text, value, rule }) => ({ article, start, end, text, value, rule }));
    insert.run(id, claims[0].about, JSON.stringify(stored));
  }
  return (db.prepare('SELECT COUNT(*) AS n FROM contradictions').get() as { n: number }).n;
}
