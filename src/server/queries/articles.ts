import type { Db } from '../../store/open-store.ts';
import { NotFoundError } from '../../errors.ts';

/** An article as listed. */
export interface ArticleRow {
  id: string;
  name: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  published_precision: string | null;
  n_mentions: number;
}

/** An event mention as marked in an article's text. */
export interface ArticleMention {
  id: string;
  event_id: string | null;
  type: string;
  status: string;
  start: number;
  end: number;
  sentence_start: number;
  sentence_end: number;
}

/** An article with its text and the event mentions found in it. */
export interface ArticleDetail extends ArticleRow {
  text: string;
  mentions: ArticleMention[];
}

const COLUMNS = `a.id, a.name, a.title, a.url, a.source, a.published, a.published_precision,
  (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS n_mentions`;

/** Articles in ingest order. */
export function listArticles(db: Db, limit: number, offset: number): ArticleRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM articles a ORDER BY a.seq LIMIT ? OFFSET ?`).all(limit, offset) as ArticleRow[];
}

/** One article with its text and mentions; throws NotFoundError for an unknown id. */
export function articleDetail(db: Db, id: string): ArticleDetail {
  const row = db.prepare(`SELECT ${COLUMNS}, a.text FROM articles a WHERE a.id = ?`).get(id) as (ArticleRow & { text: string }) | undefined;
  if (!row) throw new NotFoundError('article', id);
  const mentions = db
    .prepare('SELECT id, event_id, type, status, start, end, sentence_start, sentence_end FROM event_mentions WHERE article_id = ? ORDER BY sentence_start, start')
    .all(id) as ArticleMention[];
  return { ...row, mentions };
}
