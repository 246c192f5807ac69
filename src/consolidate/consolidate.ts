import type { Db } from '../store/open-store.ts';
import { clusterMentions, type Cluster } from './cluster.ts';
import { dyadMentions, MENTION_COLUMNS, storedWindow, USABLE, type Seed } from './stored-mentions.ts';
import { Neighbourhood, reclusterNear } from './local-recluster.ts';
import { familyOf, loadConsolidationRules, type ConsolidationRules } from './consolidation-rules.ts';
import { eventOfCluster } from './event-of-cluster.ts';
import type { ConsolidationMention, DatedMention } from './mention.ts';
import { EventWriter } from './write-events.ts';

/** What to consolidate: everything (default), or only what some articles touch. */
export interface ConsolidateOptions {
  /** Articles whose mentions are new: only mentions whose days overlap theirs, in their dyads, are re-clustered. */
  articles?: readonly string[];
  /** Dyads to rebuild whole (`A|B`, either order), e.g. those of mentions just deleted. */
  dyads?: readonly string[];
  /**
   * The usable mentions of some of `articles` by article id, as the writer just stored them (see
   * seedsOf): those articles' mentions are not read back from the database.
   */
  seeds?: ReadonlyMap<string, readonly Seed[]>;
  rules?: ConsolidationRules;
}

/**
 * The unordered dyad key of two country codes.
 * @example dyadKey('RUS', 'PHL') // 'PHL|RUS'
 */
export function dyadKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The dyads of the usable mentions of some articles. */
export function dyadsOfArticles(db: Db, articles: readonly string[]): string[] {
  const q = db.prepare(`SELECT DISTINCT m.source_code, m.target_code FROM event_mentions m WHERE m.article_id = ? AND ${USABLE}`).raw(true);
  const out = new Set<string>();
  for (const id of articles) for (const [s, t] of q.all(id) as [string, string][]) out.add(dyadKey(s, t));
  return [...out];
}

/** The newest publication date in the database (overdue plans are judged against it, never the clock). */
export function newestArticleDate(db: Db): string | null {
  return (db.prepare('SELECT MAX(published) AS d FROM articles WHERE published IS NOT NULL').get() as { d: string | null }).d;
}

type Windowed<T> = T & { window: [number, number] };

/**
 * Prepares a loader of mentions (`columns`, by a WHERE on m/a) with their windows, storing a window only
 * where the stored one differs (writeArticle stores them as it writes the mentions).
 */
function windowLoader<T extends DatedMention & { id: string }>(db: Db, rules: ConsolidationRules, columns: string, where: string): (...params: unknown[]) => Windowed<T>[] {
  const load = db.prepare(
    `SELECT ${columns}, m.window_lo AS storedLo, m.window_hi AS storedHi FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE ${where} AND ${USABLE}`,
  );
  const store = db.prepare('UPDATE event_mentions SET window_lo = ?, window_hi = ? WHERE id = ?');
  return (...params) =>
    (load.all(...params) as (T & { storedLo: number | null; storedHi: number | null })[]).map(({ storedLo, storedHi, ...m }) => {
      const window = storedWindow(rules, m);
      if (window[0] !== storedLo || window[1] !== storedHi) store.run(window[0], window[1], m.id);
      return { ...(m as unknown as T), window };
    });
}

/** What the seeds of an incremental rebuild need of a mention: its dyad and what its window depends on. */
const SEED_COLUMNS = 'm.id, m.type, m.source_code AS source, m.target_code AS target, m.date, m.date_basis AS basis, m.status, a.published AS asOf';
type SeedMention = DatedMention & { id: string; type: string; source: string; target: string };

/**
 * Rebuilds consolidated events: mentions of the same real event (see clusterMentions) become one event with
 * every mention linked and a status history in reporting order. With `articles`, only the neighbourhood
 * of their mentions in their dyads and type families is re-clustered (see reclusterNear), so a batch costs
 * what it can change, not the database size; the result is the same as a full rebuild.
 * `rebuilt` counts the dyads (full rebuild) or dyad type families (incremental) re-clustered. Plans are re-checked
 * for being overdue, as the newest article date may have moved. Call inside a transaction.
 * @example consolidate(db, { articles: ['a1', 'a2'] })
 */
export function consolidate(db: Db, options: ConsolidateOptions = {}): { events: number; rebuilt: number } {
  const rules = options.rules ?? loadConsolidationRules();
  const full = options.articles === undefined && options.dyads === undefined;
  const newest = newestArticleDate(db);
  /** Mentions to cluster whole, by dyad (a full rebuild, or dyads rebuilt whole). */
  const work = new Map<string, ConsolidationMention[]>();
  /** Clusters of a batch's neighbourhoods that change, and the dyad families re-clustered for them. */
  const changed: Cluster[] = [];
  const rebuilt = new Set<string>();
  const writer = new EventWriter(db);
  const fix = (m: ConsolidationMention) => (m.agreement && !familyOf(rules, m.type).agreements ? { ...m, agreement: null } : m);
  if (full) {
    db.prepare('UPDATE event_mentions SET event_id = NULL WHERE event_id IS NOT NULL').run();
    db.prepare('DELETE FROM events').run();
    for (const m of windowLoader<ConsolidationMention>(db, rules, MENTION_COLUMNS, '1')()) {
      const k = dyadKey(m.source, m.target);
      const list = work.get(k);
      if (list) list.push(m);
      else work.set(k, [m]);
    }
  } else {
    // clustering never merges across type families, so each family of a dyad is re-clustered on its own
    const whole = new Set((options.dyads ?? []).map((k) => dyadKey(...(k.split('|') as [string, string]))));
    /** Windows of the batch's new mentions by dyad and type family. */
    const seeds = new Map<string, Map<string, { types: Set<string>; ranges: [number, number][] }>>();
    /** The new mentions given in memory, by dyad: their neighbourhood starts with them rather than reading them. */
    const given = new Map<string, Seed[]>();
    const ofArticle = windowLoader<SeedMention>(db, rules, SEED_COLUMNS, 'm.article_id = ?');
    for (const id of options.articles ?? []) {
      const known = options.seeds?.get(id);
      for (const m of known ?? ofArticle(id)) {
        const dyad = dyadKey(m.source, m.target);
        if (whole.has(dyad)) continue;
        if (known) {
          const list = given.get(dyad);
          if (list) list.push(m as Seed);
          else given.set(dyad, [m as Seed]);
        }
        const family = familyOf(rules, m.type);
        let groups = seeds.get(dyad);
        if (!groups) seeds.set(dyad, (groups = new Map()));
        const group = groups.get(family.id);
        if (group) group.ranges.push(m.window);
        else groups.set(family.id, { types: new Set(family.types), ranges: [m.window] });
      }
    }
    const unlinkDyad = db.prepare('UPDATE event_mentions SET event_id = NULL WHERE event_id IN (SELECT id FROM events WHERE source_code = ? AND target_code = ?)');
    const dropDyad = db.prepare('DELETE FROM events WHERE source_code = ? AND target_code = ?');
    for (const dyad of whole) {
      // a dyad rebuilt whole (its mentions were just deleted) starts from no events and no links to them
      const [a, b] = dyad.split('|');
      const { mentions, events } = dyadMentions(db, a, b);
      for (const [s, t] of [[a, b], [b, a]]) {
        unlinkDyad.run(s, t);
        dropDyad.run(s, t);
      }
      for (const event of events) writer.old(event);
      work.set(dyad, mentions);
    }
    for (const [dyad, groups] of seeds) {
      const near = new Neighbourhood(db, dyad.split('|') as [string, string], new Set([...groups.values()].flatMap((g) => [...g.types])));
      near.add(given.get(dyad) ?? []);
      near.cover([...groups.values()].flatMap((g) => g.ranges));
      for (const [family, { types, ranges }] of groups) {
        const { clusters, oldEvents } = reclusterNear(near, rules, types, ranges, fix);
        // the old events that change are dropped unless re-clustering gives them back unchanged
        for (const event of oldEvents) writer.old(event);
        changed.push(...clusters);
        rebuilt.add(`${dyad}|${family}`);
      }
    }
  }
  for (const cluster of changed) writer.write(eventOfCluster(cluster, newest));
  for (const mentions of work.values()) {
    for (const cluster of clusterMentions(rules, mentions.map(fix))) writer.write(eventOfCluster(cluster, newest));
  }
  writer.finish();
  if (!full) refreshOverdue(db, newest);
  for (const k of work.keys()) rebuilt.add(k);
  return { events: (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n, rebuilt: rebuilt.size };
}

/**
 * Re-flags plans whose last possible day lies before the newest article date, touching only the plans
 * whose flag changes (through the partial index on planned events' overdue flag and window_end).
 */
function refreshOverdue(db: Db, newest: string | null): void {
  if (!newest) return;
  const day = newest.slice(0, 10);
  for (const sql of OVERDUE_UPDATES) db.prepare(sql).run(day);
}

/** The two updates of refreshOverdue, each given the newest article's day: plans that become overdue, and plans no longer overdue. */
export const OVERDUE_UPDATES = [
  "UPDATE events SET overdue = 1 WHERE status = 'planned' AND overdue = 0 AND window_end < ?",
  "UPDATE events SET overdue = 0 WHERE status = 'planned' AND overdue = 1 AND window_end >= ?",
] as const;
