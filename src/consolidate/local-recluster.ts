import type { Db } from '../store/open-store.ts';
import { perDb } from '../store/per-db.ts';
import { bestCluster, clusterInOrder, ClusterIndex, comparePrepared, joinCluster, prepareMention, startCluster, type Cluster, type Prepared } from './cluster.ts';
import type { ConsolidationRules } from './consolidation-rules.ts';
import { linkedMentionOfRow, MENTION_COLUMNS, USABLE, windowOfInterval, type LinkedMention, type Seed } from './stored-mentions.ts';
import type { ConsolidationMention } from './mention.ts';

/** The most days after its start a window of each tier ends (tier 4: wider, or open), as migration 14 indexes them. */
const TIER_WIDTHS = [16, 32, 160, 400] as const;

/** A window's width tier, written as `event_mentions_windows` indexes it (migration 14), or SQLite would not use the index. */
export const WINDOW_TIER = `(CASE ${TIER_WIDTHS.map((width, tier) => `WHEN m.window_hi - m.window_lo <= ${width} THEN ${tier}`).join(' ')} ELSE ${TIER_WIDTHS.length} END)`;

/** A day range, as stored windows are: day numbers, open ends as ±1e9. */
type Range = [number, number];

/** The windows of one dyad direction (@s → @t) overlapping [@lo, @hi]: one select per tier, each from its width before @lo. */
const directionScan = (s: string, t: string) => [
  ...TIER_WIDTHS.map(
    (width, tier) => `SELECT m.rowid, m.type FROM event_mentions m
       WHERE m.source_code = ${s} AND m.target_code = ${t} AND ${WINDOW_TIER} = ${tier} AND m.window_lo BETWEEN @lo - ${width} AND @hi AND m.window_hi >= @lo`,
  ),
  `SELECT m.rowid, m.type FROM event_mentions m WHERE m.source_code = ${s} AND m.target_code = ${t} AND ${WINDOW_TIER} = 4 AND m.window_lo <= @hi AND m.window_hi >= @lo`,
];

const statements = perDb((db) => ({
  // the mentions of a dyad, either way round, whose windows overlap [@lo, @hi], in one call
  near: db.prepare([...directionScan('@a', '@b'), ...directionScan('@b', '@a')].join(' UNION ALL ')).raw(true),
  // the mentions asked for, and the other mentions of their events not read before (events named in @known)
  rows: db.prepare(
    `WITH asked(rowid) AS (SELECT value FROM json_each(@asked)),
       linked(id) AS (SELECT m.event_id FROM event_mentions m WHERE m.rowid IN asked AND m.event_id IS NOT NULL
         AND m.event_id NOT IN (SELECT value FROM json_each(@known)))
     SELECT ${MENTION_COLUMNS}, m.event_id AS event FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE (m.rowid IN asked OR m.event_id IN linked) AND ${USABLE} ORDER BY m.rowid`,
  ).raw(true),
}));

/** Merges ranges into disjoint sorted ones. */
function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const overlaps = (ranges: readonly Range[], [lo, hi]: Range) => ranges.some(([rlo, rhi]) => lo <= rhi && hi >= rlo);
const within = (ranges: readonly Range[], [lo, hi]: Range) => ranges.some(([rlo, rhi]) => rlo <= lo && hi <= rhi);

/**
 * The mentions of one dyad and some types near some days, with every mention of the events they are linked
 * to, growing as the days asked for grow. One per dyad and batch, shared by the type families the batch
 * re-clusters there: their seeds' days are read in one scan, and what one family's replay reads stays read
 * for the next.
 */
export class Neighbourhood {
  readonly mentions = new Map<number, LinkedMention>();
  private queried: Range[] = [];
  private readonly events = new Set<string>();

  /** `types`: those of the type families to be re-clustered (clustering never crosses a family). */
  constructor(
    private readonly db: Db,
    readonly dyad: readonly [string, string],
    private readonly types: ReadonlySet<string>,
  ) {}

  /**
   * Takes new mentions, not yet linked to any event, as the writer just stored them, so that covering their
   * days does not read them again.
   */
  add(mentions: readonly Seed[]): void {
    for (const m of mentions) if (this.types.has(m.type)) this.mentions.set(m.rowid, m);
  }

  /** Reads every mention of `types` whose window overlaps `ranges`, and the other mentions of their events. */
  cover(ranges: readonly Range[]): void {
    const { near, rows } = statements(this.db);
    const [a, b] = this.dyad;
    const todo = mergeRanges(ranges.filter((r) => !within(this.queried, r)));
    if (!todo.length) return;
    const hits = todo.flatMap(([lo, hi]) => near.all({ a, b, lo, hi }) as [number, string][]);
    const ids = [...new Set(hits.filter(([id, type]) => this.types.has(type) && !this.mentions.has(id)).map(([id]) => id))];
    this.queried = mergeRanges([...this.queried, ...todo]);
    if (!ids.length) return;
    const known = [...this.events];
    for (const row of rows.all({ asked: JSON.stringify(ids), known: JSON.stringify(known) }) as unknown[][]) {
      const m = linkedMentionOfRow(row);
      this.mentions.set(m.rowid, m);
      if (m.event !== null) this.events.add(m.event);
    }
  }
}

/** A mention being re-clustered: prepared, with its stored window and the event it was in. */
interface Step extends Prepared {
  window: Range;
  event: string | null;
}

/** What re-clustering a neighbourhood found: the events that change, or ranges it has to read first. */
type Outcome = { clusters: Cluster[]; oldEvents: Set<string> } | { expand: Range[] };

/**
 * Replays the clustering of a neighbourhood's mentions in clustering order, taking each mention's stored
 * event as its decision unless something it could see changed: it is new, its own event changed, or it
 * overlaps the first mention's days of a cluster or old event that changed (a cluster's days lie within its
 * first mention's). Such a mention decides again. One that is new or whose event changed needs every cluster
 * it could join, so its window must lie within the days read; one that only overlaps a change weighs its old
 * choice against the changed clusters alone. The first days of whatever changes must lie within the days read
 * too, so that every mention that may move is read. Otherwise the outcome names the ranges to read first (the
 * replay goes on past the first, to find them in one pass). Changed clusters and the old events they replace
 * are returned.
 */
function replay(rules: ConsolidationRules, mentions: Iterable<LinkedMention>, covered: readonly Range[], fix: (m: ConsolidationMention) => ConsolidationMention): Outcome {
  // fix changes no date, so a mention's prepared interval is the one its stored window comes from
  const steps: Step[] = [];
  for (const m of mentions) {
    const p = prepareMention(rules, fix(m));
    // key by key, so every step has one shape (a spread's copy does not)
    steps.push({ m: p.m, interval: p.interval, family: p.family, symmetric: p.symmetric, place: p.place, window: windowOfInterval(p.interval), event: m.event });
  }
  steps.sort(comparePrepared);
  if (steps.every((s) => s.event === null)) return replayNew(steps, covered);
  const firstOf = new Map<string, Step>();
  for (const s of steps) if (s.event !== null && !firstOf.has(s.event)) firstOf.set(s.event, s);
  const index = new ClusterIndex();
  /** The cluster each old event continues as, while it is the same so far. */
  const continued = new Map<string, Cluster>();
  const origin = new Map<Cluster, string>();
  const changedClusters = new Set<Cluster>();
  const changedEvents = new Set<string>();
  const marks: Range[] = [];
  const firstWindow = new Map<Cluster, Range>();
  /** Ranges the replay needed beyond those read; once there is one, its decisions only serve to find more. */
  const missing: Range[] = [];
  const mark = (window: Range) => {
    if (!within(covered, window)) missing.push(window);
    marks.push(window);
  };
  const changeEvent = (event: string) => {
    if (changedEvents.has(event)) return;
    changedEvents.add(event);
    mark(firstOf.get(event)!.window);
    const c = continued.get(event);
    if (c) changedClusters.add(c);
  };
  const changeCluster = (c: Cluster) => {
    if (changedClusters.has(c)) return;
    changedClusters.add(c);
    mark(firstWindow.get(c)!);
    const event = origin.get(c);
    if (event !== undefined) changeEvent(event);
  };
  const start = (s: Step) => {
    const c = startCluster(s);
    index.add(c, s);
    firstWindow.set(c, s.window);
    return c;
  };
  for (const s of steps) {
    const first = s.event !== null && firstOf.get(s.event) === s;
    const seesAll = s.event === null || changedEvents.has(s.event);
    if (!seesAll && !overlaps(marks, s.window)) {
      // as before: it starts its event's cluster, or joins it (unchanged so far, so continued)
      if (first) {
        const c = start(s);
        continued.set(s.event!, c);
        origin.set(c, s.event!);
      } else joinCluster(continued.get(s.event!)!, s);
      continue;
    }
    let best: Cluster | null;
    if (seesAll) {
      if (!within(covered, s.window)) missing.push(s.window);
      best = index.best(s);
    } else {
      // its own event is unchanged so far: every cluster it can see is as before except those that changed,
      // and its old choice (its event's cluster, or none) beat the others then, so only those compete with it
      const own = first ? [] : [continued.get(s.event!)!];
      best = bestCluster(s, [...own, ...changedClusters]);
    }
    if (best) joinCluster(best, s);
    const target = best ?? start(s);
    if (first && !best) {
      continued.set(s.event!, target);
      origin.set(target, s.event!);
      continue;
    }
    if (s.event !== null && !first && best === continued.get(s.event)) continue;
    changeCluster(target);
    if (s.event !== null) changeEvent(s.event);
  }
  return missing.length ? { expand: missing } : { clusters: [...changedClusters], oldEvents: changedEvents };
}

/**
 * What replay gives when none of the mentions is in an event yet (a batch's new mentions with no stored ones
 * near): each decides afresh, so they cluster as clusterMentions would, and every cluster is a change.
 */
function replayNew(steps: readonly Step[], covered: readonly Range[]): Outcome {
  const missing = steps.filter((s) => !within(covered, s.window)).map((s) => s.window);
  return missing.length ? { expand: missing } : { clusters: clusterInOrder(steps), oldEvents: new Set() };
}

/**
 * Re-clusters one type family of a dyad after new mentions were stored with the windows `seeds`, reading
 * only the mentions near them, and gives the clusters that change with the old events they replace. The
 * result is what clustering every mention of the family again would change: mentions are replayed in
 * clustering order (see replay) over the days read so far, and the days grow until the replay needs none
 * beyond them. So a batch costs what its mentions can change, not the size of the chain of overlapping
 * windows they belong to (a busy dyad's whole history).
 * @example reclusterNear(new Neighbourhood(db, ['PHL', 'RUS'], new Set(['CONSULT'])), rules, new Set(['CONSULT']), [[17212, 17242]], (m) => m)
 */
export function reclusterNear(
  near: Neighbourhood,
  rules: ConsolidationRules,
  types: ReadonlySet<string>,
  seeds: readonly Range[],
  fix: (m: ConsolidationMention) => ConsolidationMention,
): { clusters: Cluster[]; oldEvents: Set<string> } {
  let covered = mergeRanges(seeds);
  for (;;) {
    near.cover(covered);
    const family = [...near.mentions.values()].filter((m) => types.has(m.type));
    const outcome = replay(rules, family, covered, fix);
    if ('clusters' in outcome) return outcome;
    covered = mergeRanges([...covered, ...outcome.expand]);
  }
}
