import type { Db } from '../store/open-store.ts';
import { stableId } from '../store/ids.ts';

interface MentionRow {
  id: string;
  article_id: string;
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
  as_of: string | null;
}

/** The key that groups mentions of one event: type, dyad (unordered for CONSULT) and date. */
function groupKey(m: MentionRow): string {
  const pair = [m.source_code ?? '', m.target_code ?? ''];
  if (m.type === 'CONSULT') pair.sort();
  return [m.type, ...pair, m.date ?? ''].join('|');
}

const STATUS_RANK: Record<string, number> = { occurred: 3, negated: 2, planned: 1, hypothetical: 0 };

/**
 * Rebuilds the consolidated events from all event mentions: mentions with the same type, dyad and date
 * become one event that keeps every mention, with a status history ordered by the reporting date.
 * Event ids are derived from their smallest mention id, so they do not depend on ingest order.
 */
export function consolidate(db: Db): { events: number } {
  const mentions = db
    .prepare(
      `SELECT m.id, m.article_id, m.type, m.cameo, m.source_code, m.source_name, m.target_code, m.target_name,
              m.date, m.date_precision, m.status, m.place, a.published AS as_of
       FROM event_mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.source_code IS NOT NULL AND m.target_code IS NOT NULL AND m.source_code != m.target_code
       ORDER BY m.id`,
    )
    .all() as MentionRow[];
  const groups = new Map<string, MentionRow[]>();
  for (const m of mentions) groups.set(groupKey(m), [...(groups.get(groupKey(m)) ?? []), m]);

  db.prepare('UPDATE event_mentions SET event_id = NULL').run();
  db.prepare('DELETE FROM events').run();
  const insertEvent = db.prepare(
    `INSERT INTO events (id, type, cameo, source_code, source_name, target_code, target_name, date, date_precision, status, place, n_sources)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('UPDATE event_mentions SET event_id = ? WHERE id = ?');
  const history = db.prepare('INSERT INTO event_status_history (event_id, status, date, as_of, article_id, mention_id) VALUES (?, ?, ?, ?, ?, ?)');
  for (const group of groups.values()) {
    const first = group[0];
    const id = stableId('event', first.id);
    const best = [...group].sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status])[0];
    const place = group.find((m) => m.place)?.place ?? null;
    const sources = new Set(group.map((m) => m.article_id)).size;
    insertEvent.run(id, first.type, first.cameo, first.source_code, first.source_name, first.target_code, first.target_name, first.date, first.date_precision, best.status, place, sources);
    const byAsOf = [...group].sort((a, b) => (a.as_of ?? '').localeCompare(b.as_of ?? '') || a.id.localeCompare(b.id));
    for (const m of byAsOf) {
      link.run(id, m.id);
      history.run(id, m.status, m.date, m.as_of, m.article_id, m.id);
    }
  }
  return { events: groups.size };
}
