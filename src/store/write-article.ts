import type Database from 'better-sqlite3';
import type { ArticleDoc } from '../model/doc.ts';
import type { EventMention } from '../model/annotations.ts';
import { PIPELINE_VERSION } from '../pipeline/config.ts';
import type { Db } from './open-store.ts';
import { articleSpans, type ArticleSpans } from './article-spans.ts';
import { stableId } from './ids.ts';
import { perDb } from './per-db.ts';
import { resolveStoredPerson } from '../actors/person-store.ts';

/**
 * The id of an event mention: stable across re-reads and ingest order.
 * @example mentionId('344021442ef977bb', ev)
 */
export function mentionId(articleId: string, e: EventMention): string {
  return stableId('mention', articleId, e.start, e.end, e.type, e.source?.code, e.target?.code);
}

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
    `INSERT OR IGNORE INTO event_mentions (id, article_id, type, cameo, mode, context, source_code, source_name, target_code, target_name,
       date, date_precision, date_basis, status, cue_text, cue_start, cue_end, cue_rule, place, place_country, agreement,
       start, end, sentence_start, sentence_end, rule, pipeline_version, window_lo, window_hi)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
}));

/** Whether the article is already stored. */
export function hasArticle(db: Db, id: string): boolean {
  return statements(db).has.get(id) !== undefined;
}

/** The days (day numbers) an event mention may fall on as consolidation stores them, or null when it has none. */
export type MentionWindow = (e: EventMention) => [number, number] | null;

/** An event mention writeArticle stored: its id and rowid, the analysed mention, and the window stored with it. */
export interface StoredMention {
  id: string;
  rowid: number;
  event: EventMention;
  window: [number, number] | null;
}

/**
 * Stores an analysed article and all its spans. Call inside a transaction; the article must be new
 * (check with hasArticle). `window` gives each event mention's stored window (consolidation fills in any
 * left out). `spans` are the doc's sentences, timexes and actor mentions as articleSpans gives them, when
 * made already (by the worker thread that analysed the article). Returns the event mentions stored (a mention
 * the article repeats, with the same id, is stored once).
 */
export function writeArticle(db: Db, doc: ArticleDoc, window?: MentionWindow, spans: ArticleSpans = articleSpans(doc)): StoredMention[] {
  const st = statements(db);
  const seq = (st.nextSeq.get() as { n: number }).n;
  st.article.run(doc.id, doc.name, doc.title ?? null, doc.url ?? null, doc.source ?? null, doc.text, doc.published?.value ?? null, doc.published?.precision ?? null, doc.published?.inferred ? 1 : 0, seq);
  st.spans.run(doc.id, spans.sentences, spans.timexes, spans.actors);
  for (const r of doc.roles) {
    const date = r.date ?? doc.published;
    st.role.run(resolveStoredPerson(db, r), r.person, r.title, r.organisation ?? null, r.country ?? null, date?.value ?? null, date?.precision ?? null, doc.id, r.start, r.end, r.producedBy);
  }
  const stored: StoredMention[] = [];
  for (const e of doc.events) {
    const id = mentionId(doc.id, e);
    const w = window?.(e) ?? null;
    const info = st.mention.run(
      id, doc.id, e.type, e.cameo, e.mode ?? null, e.context ?? null,
      e.source?.code ?? null, e.source?.name ?? null, e.target?.code ?? null, e.target?.name ?? null,
      e.date.value, e.date.precision, e.date.basis, e.status,
      e.cue?.text ?? null, e.cue?.start ?? null, e.cue?.end ?? null, e.cue?.producedBy ?? null,
      e.place?.name ?? null, e.place?.country ?? null, e.agreement ?? null,
      e.start, e.end, e.sentence.start, e.sentence.end, e.producedBy, PIPELINE_VERSION, w?.[0] ?? null, w?.[1] ?? null,
    );
    if (info.changes > 0) stored.push({ id, rowid: Number(info.lastInsertRowid), event: e, window: w });
  }
  return stored;
}
