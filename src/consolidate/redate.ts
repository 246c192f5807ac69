import { writeAgreementMentions } from '../agreements/store-agreements.ts';
import type { CalendarDate } from '../model/calendar-date.ts';
import { makeDoc, type ArticleDoc } from '../model/doc.ts';
import type { Analyzer } from '../pipeline/analyze.ts';
import type { Db } from '../store/open-store.ts';
import { writeArticle } from '../store/write-article.ts';
import { writeClaims } from './contradictions.ts';

const ORDER = ['year', 'month', 'day'];

/**
 * Caps event dates that only borrowed their detail from the inferred publication date: a day inside
 * the inferred month ("today" read as the month's first day) is cut back to the month.
 */
export function capToPublished(doc: ArticleDoc, published: CalendarDate): ArticleDoc {
  const limit = ORDER.indexOf(published.precision);
  if (limit < 0) return doc;
  const events = doc.events.map((e) => {
    const p = e.date.precision ? ORDER.indexOf(e.date.precision) : -1;
    if (e.date.value && p > limit && e.date.value.startsWith(published.value)) {
      return { ...e, date: { ...e.date, value: published.value, precision: published.precision } };
    }
    return e;
  });
  return { ...doc, events };
}

/**
 * Re-analyses a stored article with an inferred publication date, so its relative dates ("today",
 * "on Tuesday") resolve, and stores it again in place (same id and sequence number), marked inferred with
 * the evidence. Call inside a transaction. Returns the re-analysed doc.
 * @example redateArticle(db, analyzer, '4f1c...', { value: '2017-05', precision: 'month', inferred: true }, 'why')
 */
export function redateArticle(db: Db, analyzer: Analyzer, articleId: string, published: CalendarDate, evidence: string): ArticleDoc {
  const row = db.prepare('SELECT id, name, title, url, source, text, seq FROM articles WHERE id = ?').get(articleId) as {
    id: string; name: string; title: string | null; url: string | null; source: string | null; text: string; seq: number;
  };
  const doc = capToPublished(
    analyzer.analyze(makeDoc({ id: row.id, name: row.name, text: row.text, title: row.title ?? undefined, url: row.url ?? undefined, source: row.source ?? undefined, published })),
    published,
  );
  db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
  writeArticle(db, doc);
  writeAgreementMentions(db, doc);
  writeClaims(db, doc);
  db.prepare('UPDATE articles SET seq = ?, published_inferred = 1, published_evidence = ? WHERE id = ?').run(row.seq, evidence, articleId);
  return doc;
}
