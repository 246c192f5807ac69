import type { ArticleDoc } from '../model/doc.ts';
import type { Db } from '../store/open-store.ts';
import { perDb } from '../store/per-db.ts';
import type { MentionWindow } from '../store/write-article.ts';
import type { ConsolidationRules } from './consolidation-rules.ts';
import { mentionInterval, type ConsolidationMention, type DatedMention } from './mention.ts';

/** Stored bound for an open end of a window. */
const OPEN = 1e9;
/** Windows wider than this many days sit on the `event_mentions_wide_days` partial index (same bound there). */
const WIDE = 400;

/** The SQL select list of a mention as consolidation reads it (alias m for event_mentions, a for articles). */
export const MENTION_COLUMNS = `m.rowid AS rowid, m.id, m.article_id AS articleId, m.type, m.cameo, m.source_code AS source, m.target_code AS target,
  m.source_name AS sourceName, m.target_name AS targetName, m.date, m.date_precision AS precision, m.date_basis AS basis,
  m.status, m.place, m.place_country AS placeCountry, a.published AS asOf,
  (SELECT am.agreement_key FROM agreement_mentions am WHERE am.article_id = m.article_id AND am.start >= m.sentence_start
     AND am.end <= m.sentence_end ORDER BY abs(am.start - m.end), am.agreement_key LIMIT 1) AS agreement`;

/** Mentions consolidation can use: both countries known and different. */
export const USABLE = 'm.source_code IS NOT NULL AND m.target_code IS NOT NULL AND m.source_code != m.target_code';

/** The stored window of a mention: its interval, open ends as ±1e9. */
export function storedWindow(rules: ConsolidationRules, m: DatedMention): [number, number] {
  const i = mentionInterval(rules, m);
  return [Number.isFinite(i.lo) ? i.lo : -OPEN, Number.isFinite(i.hi) ? i.hi : OPEN];
}

/**
 * The stored windows of an analysed article's event mentions, for writeArticle: those consolidation can
 * use (see USABLE) get theirs, the others none, so storing a mention writes its window at once.
 * @example writeArticle(db, doc, articleWindows(rules, doc))
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

/** Merges ranges into disjoint sorted ones. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** The mentions of a component, and the events they are linked to now. */
export interface Component {
  mentions: ConsolidationMention[];
  events: Set<string>;
}

/** Seeds of one dyad: the windows of a batch's mentions of some types (of every type when `types` is unset). */
export interface SeedGroup {
  types?: readonly string[];
  ranges: [number, number][];
}

/** Finds, for each seed group of a dyad, the mentions of its types whose days overlap its seeds' (see componentFinder). */
export type ComponentFinder = (a: string, b: string, groups: readonly SeedGroup[]) => Component[];

/**
 * The statements of componentFinder, prepared once per database. The window scans read only the window
 * indexes (rowid, days and type); the rows of the components found are then read once, whole.
 */
const statements = perDb((db) => ({
  narrow: db
    .prepare(
      `SELECT m.rowid, m.window_lo, m.window_hi, m.type FROM event_mentions m
       WHERE m.source_code = ? AND m.target_code = ? AND m.window_lo BETWEEN ? AND ? AND m.window_hi >= ? AND m.source_code != m.target_code`,
    )
    .raw(true),
  wide: db
    .prepare(
      `SELECT m.rowid, m.window_lo, m.window_hi, m.type FROM event_mentions m
       WHERE m.source_code = ? AND m.target_code = ? AND m.window_hi - m.window_lo > ${WIDE} AND m.source_code != m.target_code`,
    )
    .raw(true),
  rows: db.prepare(
    `SELECT ${MENTION_COLUMNS}, m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.rowid IN (SELECT value FROM json_each(?)) AND ${USABLE} ORDER BY m.rowid`,
  ),
}));

/** A mention's rowid, stored window and type, as the window scans return them. */
type Hit = [rowid: number, lo: number, hi: number, type: string];

const overlaps = (ranges: readonly [number, number][], lo: number, hi: number) => ranges.some(([rlo, rhi]) => lo <= rhi && hi >= rlo);

/**
 * Prepares a finder of the mentions of one dyad whose days overlap, directly or through others of the same
 * group, the days of a group's seed mentions: the only ones whose events a batch with these seeds can
 * change. A group holds one type family's seeds (clustering never merges across families), or every type.
 * Each round scans the index once for the ranges all groups still have to look at (narrow windows by their
 * start, wide ones through a partial index) and gives every hit to the group of its type whose ranges it
 * overlaps, until no group's ranges grow.
 * @example componentFinder(db)('PHL', 'RUS', [{ types: ['CONSULT'], ranges: [[17212, 17242]] }])
 */
export function componentFinder(db: Db): ComponentFinder {
  const { narrow, wide, rows } = statements(db);
  return (a, b, groups) => {
    const all = groups.findIndex((g) => !g.types);
    const byType = new Map<string, number>();
    groups.forEach((g, i) => g.types?.forEach((t) => byType.set(t, i)));
    const groupOf = (type: string) => (all >= 0 ? all : byType.get(type));
    const found = groups.map(() => new Set<number>());
    const ranges = groups.map((g) => merge(g.ranges));
    const queried = groups.map((): [number, number][] => []);
    const wides = [...(wide.all(a, b) as Hit[]), ...(wide.all(b, a) as Hit[])];
    for (;;) {
      // a group's ranges already cover every window it found before, so only its new ones widen them
      const todo = ranges.map((rs, g) => rs.filter(([lo, hi]) => !queried[g].some(([qlo, qhi]) => qlo <= lo && hi <= qhi)));
      const union = merge(todo.flat());
      if (!union.length) break;
      const hits = union.flatMap(([lo, hi]) => [...(narrow.all(a, b, lo - WIDE, hi, lo) as Hit[]), ...(narrow.all(b, a, lo - WIDE, hi, lo) as Hit[])]);
      const added = groups.map((): [number, number][] => []);
      for (const [rowid, lo, hi, type] of [...hits, ...wides]) {
        const g = groupOf(type);
        if (g === undefined || found[g].has(rowid) || !overlaps(todo[g], lo, hi)) continue;
        found[g].add(rowid);
        added[g].push([lo, hi]);
      }
      todo.forEach((rs, g) => {
        queried[g].push(...rs);
        ranges[g] = merge([...ranges[g], ...added[g]]);
      });
    }
    const components = groups.map((): Component => ({ mentions: [], events: new Set() }));
    const ids = found.flatMap((f) => [...f]);
    for (const { event_id: event, ...m } of rows.all(JSON.stringify(ids)) as (ConsolidationMention & { event_id: string | null })[]) {
      const c = components[groupOf(m.type)!];
      c.mentions.push(m);
      if (event !== null) c.events.add(event);
    }
    return components;
  };
}
