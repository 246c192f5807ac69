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

/** Finds the mentions of a dyad whose days overlap the seeds' (see componentFinder), only of `types` when given. */
export type ComponentFinder = (a: string, b: string, seeds: [number, number][], types?: readonly string[]) => Component;

const NARROW = `SELECT m.rowid, m.window_lo, m.window_hi FROM event_mentions m
  WHERE m.source_code = ? AND m.target_code = ? AND m.window_lo BETWEEN ? AND ? AND m.window_hi >= ? AND m.source_code != m.target_code`;
const WIDE_SCAN = `SELECT m.rowid, m.window_lo, m.window_hi FROM event_mentions m
  WHERE m.source_code = ? AND m.target_code = ? AND m.window_hi - m.window_lo > ${WIDE} AND m.source_code != m.target_code`;
const OF_TYPES = ' AND m.type IN (SELECT value FROM json_each(?))';

/**
 * The statements of componentFinder, prepared once per database. The window scans read only the window
 * indexes (rowid, days and type); the rows of the component found are then read once, whole.
 */
const statements = perDb((db) => ({
  narrow: db.prepare(NARROW).raw(true),
  narrowOfTypes: db.prepare(NARROW + OF_TYPES).raw(true),
  wide: db.prepare(WIDE_SCAN).raw(true),
  wideOfTypes: db.prepare(WIDE_SCAN + OF_TYPES).raw(true),
  rows: db.prepare(
    `SELECT ${MENTION_COLUMNS}, m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.rowid IN (SELECT value FROM json_each(?)) AND ${USABLE} ORDER BY m.rowid`,
  ),
}));

/** A mention's rowid and stored window, as the window scans return it. */
type Hit = [rowid: number, lo: number, hi: number];

/**
 * Prepares a finder of the mentions of one dyad whose days overlap, directly or through others, the days
 * of the seed mentions: the only ones whose events a batch with these seeds can change. Given `types` (a
 * type family's), only mentions of those types count, as clustering never merges across families. It uses
 * index range scans on the stored windows (narrow windows by their start, wide ones through a partial
 * index), repeated until the set stops growing.
 * @example componentFinder(db)('PHL', 'RUS', [[17212, 17242]], ['CONSULT'])
 */
export function componentFinder(db: Db): ComponentFinder {
  const { narrow, narrowOfTypes, wide, wideOfTypes, rows } = statements(db);
  return (a, b, seeds, types) => {
    const typed = types ? JSON.stringify(types) : null;
    const scanNarrow = (s: string, t: string, lo: number, hi: number) =>
      (typed ? narrowOfTypes.all(s, t, lo - WIDE, hi, lo, typed) : narrow.all(s, t, lo - WIDE, hi, lo)) as Hit[];
    const scanWide = (s: string, t: string) => (typed ? wideOfTypes.all(s, t, typed) : wide.all(s, t)) as Hit[];
    const found = new Set<number>();
    const wides = [...scanWide(a, b), ...scanWide(b, a)];
    let ranges = merge(seeds);
    const queried: [number, number][] = [];
    for (;;) {
      const todo = ranges.filter(([lo, hi]) => !queried.some(([qlo, qhi]) => qlo <= lo && hi <= qhi));
      if (!todo.length) break;
      // the ranges already cover every window found before, so only the new ones widen them
      const added: [number, number][] = [];
      for (const [lo, hi] of todo) {
        queried.push([lo, hi]);
        const hits = [...scanNarrow(a, b, lo, hi), ...scanNarrow(b, a, lo, hi)];
        for (const [rowid, wlo, whi] of [...hits, ...wides.filter(([, wlo, whi]) => wlo <= hi && whi >= lo)]) {
          if (found.has(rowid)) continue;
          found.add(rowid);
          added.push([wlo, whi]);
        }
      }
      ranges = merge([...ranges, ...added]);
    }
    const events = new Set<string>();
    const mentions = (rows.all(JSON.stringify([...found])) as (ConsolidationMention & { event_id: string | null })[]).map(({ event_id: event, ...m }) => {
      if (event !== null) events.add(event);
      return m;
    });
    return { mentions, events };
  };
}
