import { stableId } from '../store/ids.ts';
import type { Cluster } from './cluster.ts';
import { isoInterval, isoOfDay } from './interval.ts';
import { explicitDate, type ConsolidationMention } from './mention.ts';

/** A consolidated event as stored in `events`, with its status history. */
export interface ConsolidatedEvent {
  id: string;
  type: string;
  cameo: string;
  source: string;
  sourceName: string | null;
  target: string;
  targetName: string | null;
  date: string | null;
  precision: string | null;
  status: string;
  place: string | null;
  overdue: boolean;
  nSources: number;
  /** The last ISO day the event may fall on (null when open). */
  windowEnd: string | null;
  /** The members in reporting order (oldest report first). */
  history: ConsolidationMention[];
}

const byReport = (a: ConsolidationMention, b: ConsolidationMention) =>
  (a.asOf === null ? 1 : 0) - (b.asOf === null ? 1 : 0) || (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.id.localeCompare(b.id);

/** The most frequent value; ties go to the value seen first. */
function mostFrequent<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const v of values) if ((counts.get(v) ?? 0) > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The status of an event from its reports in reporting order: the latest report's status, except that a
 * later plan or hypothesis does not undo a report that it happened.
 * @example currentStatus(['planned', 'occurred', 'planned']) // 'occurred'
 */
export function currentStatus(statuses: string[]): string {
  let status = statuses[0];
  for (const s of statuses.slice(1)) if (!(status === 'occurred' && (s === 'planned' || s === 'hypothetical'))) status = s;
  return status;
}

/**
 * Summarises a cluster as one event: id from its smallest mention id (independent of ingest order), the
 * most precise stated date, the most frequent type, direction and place, the status history in reporting
 * order; a plan whose days all lie before `newest` (the newest article date in the database) is overdue.
 * @example eventOfCluster(cluster, '2019-09-05').status
 */
export function eventOfCluster(cluster: Cluster, newest: string | null): ConsolidatedEvent {
  const members = cluster.members;
  const minId = members.reduce((a, m) => (m.id < a ? m.id : a), members[0].id);
  // members[0] is the most precise (clusterMentions takes mentions most precise first)
  const dated = members.find(explicitDate) ?? members[0];
  const occurredDated = members.find((m) => explicitDate(m) && m.status === 'occurred' && (m.precision ?? '') === (dated.precision ?? ''));
  const dateFrom = occurredDated ?? dated;
  const type = mostFrequent(members.map((m) => m.type));
  const direction = mostFrequent(members.map((m) => `${m.source}|${m.target}`));
  const lead = members.find((m) => `${m.source}|${m.target}` === direction && m.type === type) ?? members.find((m) => `${m.source}|${m.target}` === direction)!;
  const places = members.map((m) => m.place).filter((p): p is string => p !== null);
  const history = [...members].sort(byReport);
  const status = currentStatus(history.map((m) => m.status));
  const newestDay = isoInterval(newest);
  return {
    id: stableId('event', minId),
    type,
    cameo: (members.find((m) => m.type === type) ?? lead).cameo,
    source: lead.source,
    sourceName: lead.sourceName,
    target: lead.target,
    targetName: lead.targetName,
    date: dateFrom.date,
    precision: dateFrom.precision,
    status,
    place: places.length ? mostFrequent(places) : null,
    overdue: status === 'planned' && newestDay !== null && cluster.interval.hi < newestDay.lo,
    nSources: new Set(members.map((m) => m.articleId)).size,
    windowEnd: Number.isFinite(cluster.interval.hi) ? isoOfDay(cluster.interval.hi) : null,
    history,
  };
}
