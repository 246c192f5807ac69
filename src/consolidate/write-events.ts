import type Database from 'better-sqlite3';
import type { Db } from '../store/open-store.ts';
import { perDb } from '../store/per-db.ts';
import type { ConsolidatedEvent } from './event-of-cluster.ts';

/** The statements of EventWriter, prepared once per database. */
interface Statements {
  insert: Database.Statement;
  link: Database.Statement;
  linkRow: Database.Statement;
  drop: Database.Statement;
  unlinkEvent: Database.Statement;
  row: Database.Statement;
  linked: Database.Statement;
}

const statements = perDb((db): Statements => ({
  insert: db.prepare(
    `INSERT INTO events (id, type, cameo, source_code, source_name, target_code, target_name, date, date_precision, status, place, overdue, n_sources, window_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  link: db.prepare('UPDATE event_mentions SET event_id = ? WHERE id = ?'),
  linkRow: db.prepare('UPDATE event_mentions SET event_id = ? WHERE rowid = ?'),
  drop: db.prepare('DELETE FROM events WHERE id = ?'),
  // event_mentions.event_id has no foreign key (migration 11): a dropped event's mentions are unlinked here
  unlinkEvent: db.prepare('UPDATE event_mentions SET event_id = NULL WHERE event_id = ?'),
  row: db.prepare(
    `SELECT type, cameo, source_code, source_name, target_code, target_name, date, date_precision, status, place, overdue, n_sources, window_end
     FROM events WHERE id = ?`,
  ),
  linked: db.prepare('SELECT id FROM event_mentions WHERE event_id = ?'),
}));

/** The stored columns of an event, in the order `row` selects them. */
function columns(e: ConsolidatedEvent): unknown[] {
  return [e.type, e.cameo, e.source, e.sourceName, e.target, e.targetName, e.date, e.precision, e.status, e.place, e.overdue ? 1 : 0, e.nSources, e.windowEnd];
}

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => (v ?? null) === (b[i] ?? null));

/**
 * Writes re-clustered events so that the database ends as if the old events of the re-clustered
 * mentions had all been dropped and the new ones inserted, but without rewriting an event whose row and
 * linked mentions come out the same (most of a busy dyad's events, batch after batch). Its status history
 * is a view of its linked mentions (migration 13), so it follows the links.
 * Register the old events first (`old`), then `write` each new event, then `finish`.
 */
export class EventWriter {
  private readonly st: Statements;
  /** Old events not yet settled. */
  private readonly pending = new Set<string>();

  constructor(db: Db) {
    this.st = statements(db);
  }

  /** An event linked to some of the re-clustered mentions. */
  old(event: string): void {
    this.pending.add(event);
  }

  /** Stores a new event: kept as is when unchanged, else the old one of that id is dropped first. */
  write(e: ConsolidatedEvent): void {
    if (this.pending.delete(e.id)) {
      if (this.unchanged(e)) return;
      this.drop(e.id);
    }
    this.st.insert.run(e.id, ...columns(e));
    for (const m of e.history) {
      if (m.rowid !== undefined) this.st.linkRow.run(e.id, m.rowid);
      else this.st.link.run(e.id, m.id);
    }
  }

  /** Drops the old events no new event replaced. */
  finish(): void {
    for (const id of this.pending) this.drop(id);
    this.pending.clear();
  }

  private drop(id: string): void {
    this.st.unlinkEvent.run(id);
    this.st.drop.run(id);
  }

  private unchanged(e: ConsolidatedEvent): boolean {
    const row = this.st.row.raw(true).get(e.id) as unknown[] | undefined;
    if (!row || !same(row, columns(e))) return false;
    const linked = new Set((this.st.linked.pluck(true).all(e.id) as string[]));
    return linked.size === e.history.length && e.history.every((m) => linked.has(m.id));
  }
}
