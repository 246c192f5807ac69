import type Database from 'better-sqlite3';
import type { ArticleDoc } from '../model/doc.ts';
import type { Db } from './open-store.ts';
import { MENTION_ROW_COLUMNS, packArticle, type MentionRow, type PackedArticle } from './packed-article.ts';
import { perDb } from './per-db.ts';
import { resolveStoredPerson } from '../actors/person-store.ts';

/** The statements writeArticle runs, prepared once per database (preparing costs more than most inserts). */
interface WriteStatements {
  has: Database.Statement;
  nextSeq: Database.Statement;
  article: Database.Statement;
  spans: Database.Statement;
  role: Database.Statement;
  mention: Database.Statement;
}

const statements = perDb((db): WriteStatements => ({
  has: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
  nextSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM articles'),
  article: db.prepare(
    `INSERT INTO articles (id, name, title, url, source, text, published, published_precision, published_inferred, seq)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  spans: db.prepare('INSERT INTO article_spans (article_id, sentences, timexes, actors) VALUES (?, ?, ?, ?)'),
  role: db.prepare(
    `INSERT INTO roles (person_id, person, title, organisation, country, date, date_precision, article_id, start, end, source, rule)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'text', ?)`,
  ),
  mention: db.prepare(
    `INSERT OR IGNORE INTO event_mentions (${MENTION_ROW_COLUMNS.join(', ')}) VALUES (${MENTION_ROW_COLUMNS.map(() => '?').join(', ')})`,
  ),
}));

/** Whether the article is already stored. */
export function hasArticle(db: Db, id: string): boolean {
  return statements(db).has.get(id) !== undefined;
}

/** An event mention writeArticle stored: its row and its rowid. */
export interface StoredMention {
  row: MentionRow;
  rowid: number;
}

/**
 * Stores an analysed article and all its spans. Call inside a transaction; the article must be new
 * (check with hasArticle). `packed` is the article packed for the store (see packArticle; packed without
 * windows by default, which consolidation then fills in), as a worker thread may have packed it already.
 * Returns the event mentions stored (a mention the article repeats, with the same id, is stored once).
 */
export function writeArticle(db: Db, doc: ArticleDoc, packed: PackedArticle = packArticle(doc)): StoredMention[] {
  const st = statements(db);
  const seq = (st.nextSeq.get() as { n: number }).n;
  st.article.run(doc.id, doc.name, doc.title ?? null, doc.url ?? null, doc.source ?? null, doc.text, doc.published?.value ?? null, doc.published?.precision ?? null, doc.published?.inferred ? 1 : 0, seq);
  st.spans.run(doc.id, packed.spans.sentences, packed.spans.timexes, packed.spans.actors);
  for (const r of doc.roles) {
    const date = r.date ?? doc.published;
    st.role.run(resolveStoredPerson(db, r), r.person, r.title, r.organisation ?? null, r.country ?? null, date?.value ?? null, date?.precision ?? null, doc.id, r.start, r.end, r.producedBy);
  }
  const stored: StoredMention[] = [];
  for (const row of packed.mentions) {
    const info = st.mention.run(...row);
    if (info.changes > 0) stored.push({ row, rowid: Number(info.lastInsertRowid) });
  }
  return stored;
}
