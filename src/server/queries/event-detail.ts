import { getEvent, type EventRow, type MentionRow, type StatusHistoryRow } from '../../store/event-queries.ts';
import type { Db } from '../../store/open-store.ts';

/** A mention with its article's title and the sentences around its evidence sentence. */
export interface MentionDetail extends MentionRow {
  article_title: string | null;
  /** The evidence sentence with the sentence before and after it; offsets are the article's. */
  context: { start: number; end: number; text: string };
}

/** An event with its mentions (each with context) and status history. */
export interface EventDetail extends EventRow {
  mentions: MentionDetail[];
  history: StatusHistoryRow[];
}

/**
 * One event for the event page; throws NotFoundError for an unknown id.
 * @example eventDetail(db, '355270a56a494da3').mentions[0].context.text
 */
export function eventDetail(db: Db, id: string): EventDetail {
  const ev = getEvent(db, id);
  const bounds = db.prepare(
    `SELECT a.title,
       coalesce((SELECT max(s.start) FROM sentences s WHERE s.article_id = a.id AND s.start < @sentence_start), @sentence_start) AS cs,
       coalesce((SELECT min(s.end) FROM sentences s WHERE s.article_id = a.id AND s.end > @sentence_end), @sentence_end) AS ce
     FROM articles a WHERE a.id = @article_id`,
  );
  const slice = db.prepare('SELECT substr(text, ? + 1, ? - ?) AS text FROM articles WHERE id = ?');
  const mentions = ev.mentions.map((m) => {
    const b = bounds.get({ article_id: m.article_id, sentence_start: m.sentence_start, sentence_end: m.sentence_end }) as { title: string | null; cs: number; ce: number };
    const { text } = slice.get(b.cs, b.ce, b.cs, m.article_id) as { text: string };
    return { ...m, article_title: b.title, context: { start: b.cs, end: b.ce, text } };
  });
  return { ...ev, mentions };
}
