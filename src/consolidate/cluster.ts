import { familyOf, type ConsolidationRules } from './consolidation-rules.ts';
import { intersect, width, type DayInterval } from './interval.ts';
import { explicitDate, mentionInterval, placeKey, placesAgree, type ConsolidationMention } from './mention.ts';

/** Mentions found to report one real event, with the days all of them allow. */
export interface Cluster {
  members: ConsolidationMention[];
  interval: DayInterval;
  family: string;
  /** source|target of the first (most precise) member. */
  direction: string;
  places: { key: string; country: string | null }[];
  agreements: Set<string>;
  statuses: Set<string>;
  /** Statuses each article gives the event. */
  byArticle: Map<string, Set<string>>;
}

const BUCKET_DAYS = 31;
/** Intervals wider than this many buckets are kept on a list every mention checks. */
const MAX_BUCKETS = 14;

/** A mention ready for clustering: its days, type family and place key. */
export interface Prepared {
  m: ConsolidationMention;
  interval: DayInterval;
  family: string;
  symmetric: boolean;
  place: { key: string; country: string | null } | null;
}

/** Prepares a mention for clustering. */
export function prepareMention(rules: ConsolidationRules, m: ConsolidationMention): Prepared {
  const f = familyOf(rules, m.type);
  return { m, interval: mentionInterval(rules, m), family: f.id, symmetric: f.symmetric, place: m.place ? { key: placeKey(rules, m.place)!, country: m.placeCountry } : null };
}

/** Status pairs that never merge: a report that something happened and one that it did not. */
function statusesCompatible(status: string, cluster: Set<string>): boolean {
  if (status === 'hypothetical' || cluster.has('hypothetical')) return cluster.size === 1 && cluster.has(status);
  if (status === 'negated') return !cluster.has('occurred');
  if (status === 'occurred') return !cluster.has('negated');
  return true;
}

/**
 * A match score when the mention may join the cluster, else -1: more for the same agreement, place, type
 * and CAMEO code as the cluster's first (most precise) mention, and for a report that a plan came true.
 */
function score(p: Prepared, c: Cluster): number {
  if (c.family !== p.family) return -1;
  if (!p.symmetric && c.direction !== `${p.m.source}|${p.m.target}`) return -1;
  if (!statusesCompatible(p.m.status, c.statuses)) return -1;
  // one report does not say that one event both happened and is still to come
  const own = c.byArticle.get(p.m.articleId);
  if (own && ((p.m.status === 'planned' && own.has('occurred')) || (p.m.status === 'occurred' && own.has('planned')))) return -1;
  if (!intersect(p.interval, c.interval)) return -1;
  if (p.place && c.places.some((q) => !placesAgree(p.place!, q))) return -1;
  if (p.m.agreement && c.agreements.size && !c.agreements.has(p.m.agreement)) return -1;
  let s = 1;
  if (p.m.agreement && c.agreements.has(p.m.agreement)) s += 8;
  if (p.place && c.places.some((q) => q.key === p.place!.key)) s += 4;
  if (p.m.type === c.members[0].type) s += 2;
  if (p.m.cameo === c.members[0].cameo) s += 2;
  if (p.m.status === 'occurred' && c.statuses.has('planned')) s += 2;
  return s;
}

/** The order mentions are clustered in: stated dates first, most precise first, then earliest, then id (so the result is order-free). */
export function comparePrepared(a: Prepared, b: Prepared): number {
  const ea = explicitDate(a.m) ? 0 : 1;
  const eb = explicitDate(b.m) ? 0 : 1;
  return ea - eb || width(a.interval) - width(b.interval) || a.interval.lo - b.interval.lo || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0);
}

function bucketsOf(i: DayInterval): number[] | null {
  if (!Number.isFinite(i.lo) || !Number.isFinite(i.hi)) return null;
  const lo = Math.floor(i.lo / BUCKET_DAYS);
  const hi = Math.floor(i.hi / BUCKET_DAYS);
  if (hi - lo > MAX_BUCKETS) return null;
  const out: number[] = [];
  for (let b = lo; b <= hi; b++) out.push(b);
  return out;
}

/**
 * The clusters made so far, found through month buckets of their first mention's days (a cluster's days only
 * narrow as mentions join), so finding a mention's candidates costs what overlaps it, not every cluster.
 */
export class ClusterIndex {
  private readonly all: Cluster[] = [];
  private readonly buckets = new Map<number, Cluster[]>();
  /** Clusters whose first mention's days span too many buckets (or are open): every mention checks them. */
  private readonly wide: Cluster[] = [];

  /** Adds a cluster just started by `first`. */
  add(c: Cluster, first: Prepared): void {
    this.all.push(c);
    const keys = bucketsOf(first.interval);
    if (!keys) this.wide.push(c);
    else
      for (const k of keys) {
        const list = this.buckets.get(k);
        if (list) list.push(c);
        else this.buckets.set(k, [c]);
      }
  }

  /** The cluster `p` joins: the best compatible one by score (ties to the smallest first mention id), or null. */
  best(p: Prepared): Cluster | null {
    const keys = bucketsOf(p.interval);
    const candidates = new Set<Cluster>(this.wide);
    if (keys) for (const k of keys) for (const c of this.buckets.get(k) ?? []) candidates.add(c);
    else for (const c of this.all) candidates.add(c);
    return bestCluster(p, candidates);
  }
}

/**
 * The cluster among `candidates` that `p` joins: the highest score, ties to the smallest first mention id
 * (a total order, so the best of a set is the best of the best of its parts); null when none may take it.
 */
export function bestCluster(p: Prepared, candidates: Iterable<Cluster>): Cluster | null {
  let best: Cluster | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const s = score(p, c);
    if (s > bestScore || (s === bestScore && s >= 0 && best && c.members[0].id < best.members[0].id)) {
      best = c;
      bestScore = s;
    }
  }
  return bestScore >= 0 ? best : null;
}

/** A new cluster of one mention. */
export function startCluster(p: Prepared): Cluster {
  return {
    members: [p.m],
    interval: p.interval,
    family: p.family,
    direction: `${p.m.source}|${p.m.target}`,
    places: p.place ? [p.place] : [],
    agreements: new Set(p.m.agreement ? [p.m.agreement] : []),
    statuses: new Set([p.m.status]),
    byArticle: new Map([[p.m.articleId, new Set([p.m.status])]]),
  };
}

/** Adds a mention to a cluster it may join (see ClusterIndex.best). */
export function joinCluster(c: Cluster, p: Prepared): void {
  c.members.push(p.m);
  c.interval = intersect(c.interval, p.interval) ?? c.interval;
  if (p.place && !c.places.some((q) => q.key === p.place!.key)) c.places.push(p.place);
  if (p.m.agreement) c.agreements.add(p.m.agreement);
  c.statuses.add(p.m.status);
  const own = c.byArticle.get(p.m.articleId);
  if (own) own.add(p.m.status);
  else c.byArticle.set(p.m.articleId, new Set([p.m.status]));
}

/**
 * Groups the mentions of one dyad into events. Mentions are taken most precise first, and each joins the
 * best compatible event found so far (same type family, same direction unless the family is symmetric,
 * overlapping dates, no article saying it both happened and is planned, places that agree (see placesAgree) and the same agreement when both are known, no occurred/negated clash) or starts a
 * new one. Candidate events are found through month buckets, so the cost grows as n log n. The result does
 * not depend on the order of the input.
 * @example clusterMentions(rules, mentionsOfPhlRus).length
 */
export function clusterMentions(rules: ConsolidationRules, mentions: readonly ConsolidationMention[]): Cluster[] {
  return clusterInOrder(mentions.map((m) => prepareMention(rules, m)).sort(comparePrepared));
}

/**
 * Clusters prepared mentions already in clustering order (see comparePrepared), as clusterMentions does.
 * @example clusterInOrder(prepared.sort(comparePrepared)).length
 */
export function clusterInOrder(prepared: readonly Prepared[]): Cluster[] {
  const index = new ClusterIndex();
  const clusters: Cluster[] = [];
  for (const p of prepared) {
    const best = index.best(p);
    if (best) joinCluster(best, p);
    else {
      const c = startCluster(p);
      clusters.push(c);
      index.add(c, p);
    }
  }
  return clusters;
}
