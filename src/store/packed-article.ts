import type { EventMention } from '../model/annotations.ts';
import type { ArticleDoc } from '../model/doc.ts';
import { PIPELINE_VERSION } from '../pipeline/config.ts';
import { articleSpans, type ArticleSpans } from './article-spans.ts';
import { stableId } from './ids.ts';

/**
 * The id of an event mention: stable across re-reads and ingest order.
 * @example mentionId('344021442ef977bb', ev)
 */
export function mentionId(articleId: string, e: EventMention): string {
  return stableId('mention', articleId, e.start, e.end, e.type, e.source?.code, e.target?.code);
}

/** The days (day numbers) an event mention may fall on as consolidation stores them, or null when it has none. */
export type MentionWindow = (e: EventMention) => [number, number] | null;

/** The columns of event_mentions that a mention row fills, in the order of its values. */
export const MENTION_ROW_COLUMNS = [
  'id', 'article_id', 'type', 'cameo', 'mode', 'context', 'source_code', 'source_name', 'target_code', 'target_name',
  'date', 'date_precision', 'date_basis', 'status', 'cue_text', 'cue_start', 'cue_end', 'cue_rule', 'place', 'place_country',
  'agreement', 'start', 'end', 'sentence_start', 'sentence_end', 'rule', 'pipeline_version', 'window_lo', 'window_hi',
] as const;

/** A column of a mention row. */
type MentionColumn = (typeof MENTION_ROW_COLUMNS)[number];

/** Where each column's value is in a mention row. */
export const AT = Object.fromEntries(MENTION_ROW_COLUMNS.map((c, i) => [c, i])) as Record<MentionColumn, number>;

/** An event mention as event_mentions stores it: the values of MENTION_ROW_COLUMNS, in that order. */
export type MentionRow = (string | number | null)[];

/**
 * An analysed article in the form the store writes: its spans as `article_spans` keeps them, and its event
 * mentions as rows. A worker thread packs the articles it analyses, so the single writer thread only writes
 * them (plain arrays and strings also cost far less to pass between threads than the doc's objects).
 */
export interface PackedArticle {
  spans: ArticleSpans;
  mentions: MentionRow[];
}

/**
 * Packs an analysed article for writeArticle. `window` gives each event mention's stored window (see
 * articleWindows); without it windows are left for consolidation to fill.
 * @example writeArticle(db, doc, packArticle(doc, articleWindows(rules, doc)))
 */
export function packArticle(doc: ArticleDoc, window?: MentionWindow): PackedArticle {
  const mentions = doc.events.map((e): MentionRow => {
    const w = window?.(e) ?? null;
    return [
      mentionId(doc.id, e), doc.id, e.type, e.cameo, e.mode ?? null, e.context ?? null,
      e.source?.code ?? null, e.source?.name ?? null, e.target?.code ?? null, e.target?.name ?? null,
      e.date.value, e.date.precision, e.date.basis, e.status,
      e.cue?.text ?? null, e.cue?.start ?? null, e.cue?.end ?? null, e.cue?.producedBy ?? null,
      e.place?.name ?? null, e.place?.country ?? null, e.agreement ?? null,
      e.start, e.end, e.sentence.start, e.sentence.end, e.producedBy, PIPELINE_VERSION, w?.[0] ?? null, w?.[1] ?? null,
    ];
  });
  return { spans: articleSpans(doc), mentions };
}
