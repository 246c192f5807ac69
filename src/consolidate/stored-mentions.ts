import type { ArticleDoc } from '../model/doc.ts';
import type { Db } from '../store/open-store.ts';
import { perDb } from '../store/per-db.ts';
import { AT, type MentionWindow } from '../store/packed-article.ts';
import type { StoredMention } from '../store/write-article.ts';
import type { ConsolidationRules } from './consolidation-rules.ts';
import type { DayInterval } from './interval.ts';
import { mentionInterval, type ConsolidationMention, type DatedMention } from './mention.ts';

/** Stored bound for an open end of a window. */
const OPEN = 1e9;

/** The agreement a mention is about: the agreement mention in its sentence nearest its trigger's end. */
const nearestAgreement = (article: string, sentenceStart: string, sentenceEnd: string, end: string) =>
  `(SELECT am.agreement_key FROM agreement_mentions am WHERE am.article_id = ${article} AND am.start >= ${sentenceStart}
     AND am.end <= ${sentenceEnd} ORDER BY abs(am.start - ${end}), am.agreement_key LIMIT 1)`;

/** The SQL select list of a mention as consolidation reads it (alias m for event_mentions, a for articles). */
export const MENTION_COLUMNS = `m.rowid AS rowid, m.id, m.article_id AS articleId, m.type, m.cameo, m.source_code AS source, m.target_code AS target,
  m.source_name AS sourceName, m.target_name AS targetName, m.date, m.date_precision AS precision, m.date_basis AS basis,
  m.status, m.place, m.place_country AS placeCountry, a.published AS asOf,
  ${nearestAgreement('m.article_id', 'm.sentence_start', 'm.sentence_end', 'm.end')} AS agreement`;

/** A stored mention as consolidation reads it, with the event it is linked to now (null for one not yet clustered). */
export type LinkedMention = ConsolidationMention & { rowid: number; event: string | null };

/**
 * The mention of a row read in raw mode with MENTION_COLUMNS then its event id, built key by key: better-sqlite3
 * makes a row object several times slower than this, and every mention read this way has one shape.
 */
export function linkedMentionOfRow(r: readonly unknown[]): LinkedMention {
  return {
    rowid: r[0] as number,
    id: r[1] as string,
    articleId: r[2] as string,
    type: r[3] as string,
    cameo: r[4] as string,
    source: r[5] as string,
    target: r[6] as string,
    sourceName: r[7] as string | null,
    targetName: r[8] as string | null,
    date: r[9] as string | null,
    precision: r[10] as string | null,
    basis: r[11] as string,
    status: r[12] as string,
    place: r[13] as string | null,
    placeCountry: r[14] as string | null,
    asOf: r[15] as string | null,
    agreement: r[16] as string | null,
    event: r[17] as string | null,
  };
}

/** Mentions consolidation can use: both countries known and different. */
export const USABLE = 'm.source_code IS NOT NULL AND m.target_code IS NOT NULL AND m.source_code != m.target_code';

/** The stored window of a mention: its interval, open ends as ±1e9. */
export function storedWindow(rules: ConsolidationRules, m: DatedMention): [number, number] {
  return windowOfInterval(mentionInterval(rules, m));
}

/** A mention's interval as its stored window: open ends as ±1e9. */
export function windowOfInterval(i: DayInterval): [number, number] {
  return [Number.isFinite(i.lo) ? i.lo : -OPEN, Number.isFinite(i.hi) ? i.hi : OPEN];
}

/**
 * A usable mention the writer has just stored, as consolidation reads mentions back (MENTION_COLUMNS), with
 * its stored window, and linked to no event yet.
 */
export type Seed = ConsolidationMention & { rowid: number; window: [number, number]; event: null };

/**
 * The stored windows of an analysed article's event mentions, for packArticle: those consolidation can
 * use (see USABLE) get theirs, the others none, so storing a mention writes its window at once.
 * @example writeArticle(db, doc, packArticle(doc, articleWindows(rules, doc)))
 */
export function articleWindows(rules: ConsolidationRules, doc: ArticleDoc): MentionWindow {
  const asOf = doc.published?.value ?? null;
  return (e) => {
    const source = e.source?.code ?? null;
    const target = e.target?.code ?? null;
    if (source === null || target === null || source === target) return null;
    return storedWindow(rules, { date: e.date.value, basis: e.date.basis, status: e.status, asOf });
  };
}

const seedStatements = perDb((db) => ({
  hasAgreements: db.prepare('SELECT 1 FROM agreement_mentions WHERE article_id = ? LIMIT 1').pluck(),
  agreement: db.prepare(`SELECT ${nearestAgreement('@article', '@sentenceStart', '@sentenceEnd', '@end')}`).pluck(),
}));

/**
 * The usable mentions of an article just stored by writeArticle (packed with `articleWindows`) and its
 * agreement mentions by writeArticleExtras, as consolidation would read them back, so it need not.
 * @example seedsOf(db, doc, writeArticle(db, doc, packArticle(doc, articleWindows(rules, doc))))
 */
export function seedsOf(db: Db, doc: Pick<ArticleDoc, 'id' | 'published'>, stored: readonly StoredMention[]): Seed[] {
  const st = seedStatements(db);
  const agreements = st.hasAgreements.get(doc.id) !== undefined;
  const seeds: Seed[] = [];
  for (const { row, rowid } of stored) {
    // a usable mention, and only one, has a window (see articleWindows)
    if (row[AT.window_lo] === null) continue;
    const text = (column: keyof typeof AT) => row[AT[column]] as string | null;
    const agreement = agreements
      ? ((st.agreement.get({ article: doc.id, sentenceStart: row[AT.sentence_start], sentenceEnd: row[AT.sentence_end], end: row[AT.end] }) as string | null) ?? null)
      : null;
    seeds.push({
      rowid, id: text('id')!, articleId: doc.id, type: text('type')!, cameo: text('cameo')!, source: text('source_code')!, target: text('target_code')!,
      sourceName: text('source_name'), targetName: text('target_name'), date: text('date'), precision: text('date_precision'),
      basis: text('date_basis')!, status: text('status')!, place: text('place'), placeCountry: text('place_country'),
      asOf: doc.published?.value ?? null, agreement, window: [row[AT.window_lo] as number, row[AT.window_hi] as number], event: null,
    });
  }
  return seeds;
}

/** The mentions of a dyad, and the events they are linked to now. */
export interface DyadMentions {
  mentions: ConsolidationMention[];
  events: Set<string>;
}

const statements = perDb((db) =>
  db
    .prepare(
      `SELECT ${MENTION_COLUMNS}, m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.source_code = ? AND m.target_code = ? AND ${USABLE} ORDER BY m.rowid`,
    )
    .raw(true),
);

/**
 * Every usable mention of a dyad (either order), for a dyad rebuilt whole.
 * @example dyadMentions(db, 'PHL', 'RUS').mentions.length
 */
export function dyadMentions(db: Db, a: string, b: string): DyadMentions {
  const out: DyadMentions = { mentions: [], events: new Set() };
  for (const [s, t] of [[a, b], [b, a]]) {
    for (const row of statements(db).all(s, t) as unknown[][]) {
      const m = linkedMentionOfRow(row);
      out.mentions.push(m);
      if (m.event !== null) out.events.add(m.event);
    }
  }
  return out;
}
