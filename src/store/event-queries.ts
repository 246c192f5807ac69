import { NotFoundError, UsageError } from '../errors.ts';
import type { Db } from './open-store.ts';

/** Filters for listing events. */
export interface EventFilter {
  /** Two ISO alpha-3 codes: events between them, in either direction. */
  dyad?: [string, string];
  /** Earliest event date (ISO, any precision). */
  from?: string;
  /** Latest event date (ISO, any precision). */
  to?: string;
  status?: string;
  type?: string;
  limit?: number;
  offset?: number;
}

/** A consolidated event as listed. */
export interface EventRow {
  id: string;
  type: string;
  cameo: string;
  source_code: string | null;
  source_name: string | null;
  target_code: string | null;
  target_name: string | null;
  date: string | null;
  date_precision: string | null;
  status: string;
  place: string | null;
  overdue: number;
  n_sources: number;
  n_mentions: number;
}

const STATUSES = ['occurred', 'planned', 'negated', 'hypothetical'];
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Validates a filter, throwing UsageError with the bad value. */
export function checkFilter(f: EventFilter): void {
  if (f.status && !STATUSES.includes(f.status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, got "${f.status}"`);
  for (const [k, v] of [['from', f.from], ['to', f.to]] as const) {
    if (v && !ISO.test(v)) throw new UsageError(`--${k} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${v}"`);
  }
  if (f.dyad && !f.dyad.every((c) => /^[A-Z]{3}$/.test(c))) throw new UsageError(`--dyad takes two ISO alpha-3 codes like PHL,RUS, got "${f.dyad.join(',')}"`);
}

/**
 * Lists consolidated events, oldest first (undated last), with parameterised filters.
 * @example listEvents(db, { dyad: ['PHL', 'RUS'], from: '2017' })
 */
export function listEvents(db: Db, f: EventFilter = {}): EventRow[] {
  checkFilter(f);
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (f.dyad) {
    where.push('((e.source_code = ? AND e.target_code = ?) OR (e.source_code = ? AND e.target_code = ?))');
    params.push(f.dyad[0], f.dyad[1], f.dyad[1], f.dyad[0]);
  }
  if (f.from) {
    where.push('e.date IS NOT NULL AND substr(e.date, 1, length(?)) >= ?');
    params.push(f.from, f.from);
  }
  if (f.to) {
    where.push('e.date IS NOT NULL AND substr(e.date, 1, length(?)) <= ?');
    params.push(f.to, f.to);
  }
  if (f.status) {
    where.push('e.status = ?');
    params.push(f.status);
  }
  if (f.type) {
    where.push('e.type = ?');
    params.push(f.type.toUpperCase());
  }
  const sql = `SELECT e.*, (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = e.id) AS n_mentions
    FROM events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY e.date IS NULL, e.date, e.type, e.id LIMIT ? OFFSET ?`;
  params.push(f.limit ?? -1, f.offset ?? 0);
  return db.prepare(sql).all(...params) as EventRow[];
}

/** One mention of an event with its evidence sentence. */
export interface MentionRow {
  id: string;
  article_id: string;
  article_name: string;
  published: string | null;
  start: number;
  end: number;
  text: string;
  sentence_start: number;
  sentence_end: number;
  sentence: string;
  status: string;
  cue_text: string | null;
  date: string | null;
  date_precision: string | null;
  date_basis: string;
  rule: string;
}

/** The mentions of one event, each with its source sentence, in reporting order. */
export function eventMentions(db: Db, eventId: string): MentionRow[] {
  return db
    .prepare(
      `SELECT m.id, m.article_id, a.name AS article_name, a.published, m.start, m.end,
              substr(a.text, m.start + 1, m.end - m.start) AS text,
              m.sentence_start, m.sentence_end, substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS sentence,
              m.status, m.cue_text, m.date, m.date_precision, m.date_basis, m.rule
       FROM event_mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.event_id = ? ORDER BY a.published IS NULL, a.published, a.name, m.start`,
    )
    .all(eventId) as MentionRow[];
}

/** An event's status history entry. */
export interface StatusHistoryRow {
  status: string;
  date: string | null;
  as_of: string | null;
  article_id: string;
  mention_id: string;
}

/** The status history of one event, in reporting order. */
export function eventHistory(db: Db, eventId: string): StatusHistoryRow[] {
  return db
    .prepare('SELECT status, date, as_of, article_id, mention_id FROM event_status_history WHERE event_id = ? ORDER BY as_of IS NULL, as_of, mention_id')
    .all(eventId) as StatusHistoryRow[];
}

/**
 * One event with its mentions and status history; throws NotFoundError for an unknown id.
 * @example getEvent(db, '1f0c...')
 */
export function getEvent(db: Db, id: string): EventRow & { mentions: MentionRow[]; history: StatusHistoryRow[] } {
  const row = db
    .prepare('SELECT e.*, (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = e.id) AS n_mentions FROM events e WHERE e.id = ?')
    .get(id) as EventRow | undefined;
  if (!row) throw new NotFoundError('event', id);
  return { ...row, mentions: eventMentions(db, id), history: eventHistory(db, id) };
}
