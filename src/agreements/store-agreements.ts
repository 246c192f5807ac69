import type { ArticleDoc } from '../model/doc.ts';
import { stableId } from '../store/ids.ts';
import type { Db } from '../store/open-store.ts';
import { perDb } from '../store/per-db.ts';

/** The agreement mention insert, prepared once per database. */
const mentionInsert = perDb((db) =>
  db.prepare(
    `INSERT INTO agreement_mentions (article_id, start, end, agreement_key, name, canonical, parties, status, date, date_precision, rule)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
);

/** Stores an analysed article's agreement mentions (call in the article's transaction). */
export function writeAgreementMentions(db: Db, doc: ArticleDoc): void {
  const insert = mentionInsert(db);
  for (const a of doc.agreements ?? []) {
    insert.run(doc.id, a.start, a.end, a.key, a.name, a.canonical ? 1 : 0, JSON.stringify(a.parties), a.status, a.date?.value ?? null, a.date?.precision ?? null, `${a.producedBy} ${a.statusRule}`);
  }
}

interface MentionRow {
  article_id: string;
  start: number;
  end: number;
  agreement_key: string;
  name: string;
  canonical: number;
  parties: string;
  status: string;
  date: string | null;
  as_of: string | null;
}

/** Whether two ISO values agree at the coarser precision (null agrees with anything). */
const agree = (a: string | null, b: string | null) => !a || !b || a.slice(0, Math.min(a.length, b.length)) === b.slice(0, Math.min(a.length, b.length));

/**
 * One history entry per article and status: mentions that agree on the date collapse into the most
 * precise one ("signed in 2017" and "signed in October" in one story → signed 2017-10).
 */
function collapse(rows: MentionRow[]): MentionRow[] {
  const out: MentionRow[] = [];
  const sorted = [...rows].sort((a, b) => (b.date?.length ?? 0) - (a.date?.length ?? 0) || a.start - b.start);
  for (const r of sorted) {
    if (out.some((o) => o.article_id === r.article_id && o.status === r.status && agree(o.date, r.date))) continue;
    out.push(r);
  }
  return out;
}

/**
 * Rebuilds the agreements and their status histories from the stored agreement mentions: one agreement
 * per key (topic + parties); its name is the formal name most often written, else the built one. Pass
 * `keys` to rebuild only those agreements.
 * @example rebuildAgreements(db)
 */
export function rebuildAgreements(db: Db, keys?: readonly string[]): number {
  const all = keys === undefined;
  const targets = all ? (db.prepare('SELECT DISTINCT agreement_key AS k FROM agreement_mentions').all() as { k: string }[]).map((r) => r.k) : [...new Set(keys)];
  if (all) db.prepare('DELETE FROM agreements').run();
  const load = db.prepare(
    `SELECT m.article_id, m.start, m.end, m.agreement_key, m.name, m.canonical, m.parties, m.status, m.date, a.published AS as_of
     FROM agreement_mentions m JOIN articles a ON a.id = m.article_id WHERE m.agreement_key = ?`,
  );
  const drop = db.prepare('DELETE FROM agreements WHERE id = ?');
  const insert = db.prepare('INSERT INTO agreements (id, name, parties) VALUES (?, ?, ?)');
  const history = db.prepare('INSERT INTO agreement_history (agreement_id, status, date, as_of, article_id, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const key of targets) {
    const id = stableId('agreement', key);
    if (!all) drop.run(id);
    const rows = load.all(key) as MentionRow[];
    if (!rows.length) continue;
    const counts = new Map<string, number>();
    for (const r of rows) if (r.canonical) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
    const name = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? rows[0].name;
    insert.run(id, name, rows[0].parties);
    for (const r of collapse(rows)) history.run(id, r.status, r.date, r.as_of, r.article_id, r.start, r.end);
  }
  return (db.prepare('SELECT COUNT(*) AS n FROM agreements').get() as { n: number }).n;
}

/** The agreement keys some articles mention. */
export function agreementKeysOf(db: Db, articles: readonly string[]): string[] {
  const q = db.prepare('SELECT DISTINCT agreement_key AS k FROM agreement_mentions WHERE article_id = ?');
  return [...new Set(articles.flatMap((id) => (q.all(id) as { k: string }[]).map((r) => r.k)))];
}
