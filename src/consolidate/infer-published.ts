import { z } from 'zod';
import { assertUniqueIds, loadDataFile } from '../data-loading/load-yaml.ts';
import type { CalendarDate } from '../model/calendar-date.ts';
import type { Db } from '../store/open-store.ts';
import { familyOf, type ConsolidationRules } from './consolidation-rules.ts';
import { dyadKey } from './consolidate.ts';
import { placeKey } from './mention.ts';

/** A pattern that puts an event at the time of its report ("today", "this week"). */
export interface PresentAnchor {
  id: string;
  pattern: RegExp;
}

const schema = z.object({ anchors: z.array(z.object({ id: z.string(), pattern: z.string(), example: z.string() })) });

/**
 * Loads the present-time anchors (data/consolidate/present-anchors.yaml).
 * @example loadPresentAnchors()[0].id // 'anchor.today'
 */
export function loadPresentAnchors(dataDir?: string): PresentAnchor[] {
  const raw = loadDataFile('consolidate/present-anchors.yaml', schema, dataDir);
  assertUniqueIds('consolidate/present-anchors.yaml', raw.anchors);
  return raw.anchors.map((a) => ({ id: a.id, pattern: new RegExp(a.pattern, 'i') }));
}

/** An inferred publication date with the evidence for it. */
export interface InferredPublished {
  articleId: string;
  published: CalendarDate;
  evidence: string;
}

interface OwnMention {
  type: string;
  cameo: string;
  status: string;
  place: string | null;
  source: string;
  target: string;
  sentence: string;
}

interface Candidate {
  type: string;
  cameo: string;
  place: string | null;
  date: string;
  status: string;
  name: string;
}

/**
 * How strongly a dated mention supports dating the article by it: 0 for another event (other type family,
 * or a place the undated article never names); more for a named place it shares, the same CAMEO code, and
 * most for a plan: a dated article that plans the event for a month, and an undated one that has it
 * happening now, put the undated one in that month.
 */
function candidateScore(rules: ConsolidationRules, own: OwnMention, places: Set<string>, c: Candidate): number {
  if (familyOf(rules, c.type).id !== familyOf(rules, own.type).id) return 0;
  const place = placeKey(rules, c.place);
  if (place && places.size && !places.has(place)) return 0;
  return 1 + (place && places.has(place) ? 2 : 0) + (own.cameo === c.cameo ? 1 : 0) + (c.status === 'planned' ? 3 : 0);
}

/**
 * Infers the publication date of an undated article from its content and the other articles: an event
 * it reports in a sentence anchored at the present ("today", "this week", "on Tuesday") happens around
 * publication; dated articles that give the same event (same dyad, same type family) a stated date at
 * month or day precision (a plan for it, or a report of it) date the article at month precision: the
 * month with the most support (see candidateScore; one vote per article and month; ties: the earliest). Only articles dated by their own date line serve as
 * evidence, so the result does not depend on ingest order. Returns null when nothing supports a date.
 * @example inferPublished(db, rules, anchors, '4f1c...') // { published: { value: '2017-05', ... }, ... }
 */
export function inferPublished(db: Db, rules: ConsolidationRules, anchors: readonly PresentAnchor[], articleId: string): InferredPublished | null {
  const own = db
    .prepare(
      `SELECT m.type, m.cameo, m.status, m.place, m.source_code AS source, m.target_code AS target, substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start) AS sentence
       FROM event_mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.article_id = ? AND m.source_code IS NOT NULL AND m.target_code IS NOT NULL AND m.source_code != m.target_code
         AND m.status IN ('occurred', 'planned') ORDER BY m.start`,
    )
    .all(articleId) as OwnMention[];
  const anchored = own.map((m) => ({ m, anchor: anchors.find((a) => a.pattern.test(m.sentence)) })).filter((x) => x.anchor);
  if (!anchored.length) return null;
  const others = db.prepare(
    `SELECT m.type, m.cameo, m.place, m.date, m.status, a.name FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE ((m.source_code = ? AND m.target_code = ?) OR (m.source_code = ? AND m.target_code = ?))
       AND a.published IS NOT NULL AND a.published_inferred = 0 AND m.article_id != ?
       AND m.date IS NOT NULL AND length(m.date) >= 7 AND m.date_basis NOT IN ('published', 'none')
       AND m.status IN ('planned', 'occurred') AND (m.status = 'occurred' OR m.date >= substr(a.published, 1, length(m.date)))`,
  );
  const places = new Set(own.map((m) => placeKey(rules, m.place)).filter((p): p is string => p !== null));
  // one vote per article and month: the best-supported reading of what that article says
  const best = new Map<string, { score: number; c: Candidate }>();
  const seen = new Set<string>();
  for (const { m } of anchored) {
    const family = familyOf(rules, m.type).id;
    const key = `${family}|${dyadKey(m.source, m.target)}|${m.cameo}|${m.status}|${m.place}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const c of others.all(m.source, m.target, m.target, m.source, articleId) as Candidate[]) {
      const score = candidateScore(rules, m, places, c);
      const key = `${c.name}|${c.date.slice(0, 7)}`;
      if (score > (best.get(key)?.score ?? 0)) best.set(key, { score, c });
    }
  }
  const votes = new Map<string, { score: number; support: Candidate[] }>();
  for (const { score, c } of best.values()) {
    const v = votes.get(c.date.slice(0, 7)) ?? { score: 0, support: [] };
    v.score += score;
    v.support.push(c);
    votes.set(c.date.slice(0, 7), v);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]));
  if (!ranked.length) return null;
  const [month, { support }] = ranked[0];
  const first = anchored[0];
  const phrase = first.m.sentence.match(first.anchor!.pattern)?.[0] ?? '';
  const sources = [...new Set(support.map((c) => `${c.status} ${c.date} in ${c.name}`))].join('; ');
  return {
    articleId,
    published: { value: month, precision: 'month', inferred: true },
    evidence: `"${phrase}" (${first.anchor!.id}) beside ${first.m.type} ${first.m.source}–${first.m.target}; the same event is dated ${month} by: ${sources}`,
  };
}
