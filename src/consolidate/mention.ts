import type { ConsolidationRules } from './consolidation-rules.ts';
import { intersect, isoInterval, UNBOUNDED, type DayInterval } from './interval.ts';

/** What consolidation knows of one event mention (one row of `event_mentions` with its article's date). */
export interface ConsolidationMention {
  id: string;
  articleId: string;
  type: string;
  cameo: string;
  source: string;
  target: string;
  sourceName: string | null;
  targetName: string | null;
  date: string | null;
  precision: string | null;
  /** How the mention's date was found (timex, sentence, paragraph, published, none). */
  basis: string;
  status: string;
  place: string | null;
  /** ISO alpha-3 country of the place, when known. */
  placeCountry: string | null;
  /** The agreement the event is about (a key of agreement_mentions), when the sentence names one. */
  agreement: string | null;
  /** The article's publication date (the date the report speaks as of), null when unknown. */
  asOf: string | null;
  /** The mention's rowid in event_mentions when read from the database: its event links it by that. */
  rowid?: number;
}

/** What a mention's days depend on: its date, how the date was found, its status and its report's date. */
export type DatedMention = Pick<ConsolidationMention, 'date' | 'basis' | 'status' | 'asOf'>;

/** Whether a mention's date was stated in the text rather than taken from the article. */
export function explicitDate(m: Pick<ConsolidationMention, 'date' | 'basis'>): boolean {
  return m.date !== null && m.basis !== 'published' && m.basis !== 'none';
}

/**
 * The days a mention's event may fall on: the stated date at its precision, cut at the report date (an
 * occurred event lies on or before it, a planned one on or after it); for a date taken from the
 * article, a window before the report (occurred) or after it (planned); open when nothing is known.
 * @example mentionInterval(rules, { ...m, date: '2017-05', basis: 'timex' }) // all of May 2017
 */
export function mentionInterval(rules: ConsolidationRules, m: DatedMention): DayInterval {
  if (explicitDate(m)) {
    const stated = isoInterval(m.date) ?? UNBOUNDED;
    const asOf = isoInterval(m.asOf);
    if (!asOf) return stated;
    // what happened happened by the report; what is planned comes after it (unless the text says otherwise)
    if (m.status === 'occurred') return intersect(stated, { lo: -Infinity, hi: asOf.hi }) ?? stated;
    if (m.status === 'planned') {
      // a plan dated before its report carries the date it was announced: the event comes later
      return intersect(stated, { lo: asOf.lo, hi: Infinity }) ?? { lo: stated.lo, hi: stated.hi + rules.plannedAfterReport };
    }
    return stated;
  }
  const report = isoInterval(m.date ?? m.asOf);
  if (!report) return UNBOUNDED;
  if (m.status === 'occurred') return { lo: report.lo - rules.occurredBeforeReport, hi: report.hi };
  if (m.status === 'planned') return { lo: report.lo, hi: report.hi + rules.plannedAfterReport };
  return { lo: report.lo - rules.occurredBeforeReport, hi: report.hi + rules.plannedAfterReport };
}

/**
 * A place name reduced for comparison: lower case, no "City"/"the", aliases mapped.
 * @example placeKey(rules, 'Davao City') // 'davao'
 */
export function placeKey(rules: ConsolidationRules, place: string | null): string | null {
  if (!place) return null;
  const k = place.toLowerCase().replace(/\b(city|the)\b/g, ' ').replace(/\s+/g, ' ').trim();
  return rules.placeAliases.get(k) ?? k;
}

/**
 * Whether two places may be the same: two countries must agree; places without a country must have the
 * same name; a place with a country and one without may be the same (a hotel in a city).
 * @example placesAgree({ key: 'davao', country: 'PHL' }, { key: 'philippines', country: 'PHL' }) // true
 */
export function placesAgree(a: { key: string; country: string | null }, b: { key: string; country: string | null }): boolean {
  if (a.country && b.country) return a.country === b.country;
  if (!a.country && !b.country) return a.key === b.key;
  return true;
}
