import { agreementKeysOf, rebuildAgreements, writeAgreementMentions } from '../agreements/store-agreements.ts';
import type { ArticleDoc } from '../model/doc.ts';
import type { Analyzer } from '../pipeline/analyze.ts';
import type { Db } from '../store/open-store.ts';
import { consolidate, dyadsOfArticles } from './consolidate.ts';
import { loadConsolidationRules, type ConsolidationRules } from './consolidation-rules.ts';
import { claimKeysOf, rebuildContradictions, writeClaims } from './contradictions.ts';
import { inferPublished, loadPresentAnchors, type PresentAnchor } from './infer-published.ts';
import { redateArticle } from './redate.ts';
import type { Seed } from './stored-mentions.ts';

/** Rules the post-ingest update reads; loaded once per ingest. */
export interface UpdateRules {
  consolidation: ConsolidationRules;
  anchors: PresentAnchor[];
}

/** Loads the rules of updateAfterBatch. */
export function loadUpdateRules(dataDir?: string): UpdateRules {
  return { consolidation: loadConsolidationRules(dataDir), anchors: loadPresentAnchors(dataDir) };
}

/** Stores what an analysed article adds beyond writeArticle: its agreement mentions and numeric claims. */
export function writeArticleExtras(db: Db, doc: ArticleDoc): void {
  writeAgreementMentions(db, doc);
  writeClaims(db, doc);
}

/**
 * The undated (or inferred) articles that may have new evidence: those of the batch, and those reporting
 * an event between countries the batch reports on. Found through the dyad index, in id order.
 */
function undatedToCheck(db: Db, articles: readonly string[], dyads: Set<string>): { id: string; published: string | null }[] {
  // through the articles_undated partial index: in a corpus of dated articles there is nothing to scan for
  if (!db.prepare('SELECT 1 FROM articles WHERE published IS NULL OR published_inferred = 1 LIMIT 1').get()) return [];
  const out = new Map<string, string | null>();
  const own = db.prepare('SELECT id, published FROM articles WHERE id = ? AND (published IS NULL OR published_inferred = 1)');
  for (const id of articles) for (const r of own.all(id) as { id: string; published: string | null }[]) out.set(r.id, r.published);
  const byDyad = db.prepare(
    `SELECT DISTINCT a.id, a.published FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.source_code = ? AND m.target_code = ? AND (a.published IS NULL OR a.published_inferred = 1)`,
  );
  for (const d of dyads) {
    const [x, y] = d.split('|');
    for (const [s, t] of [[x, y], [y, x]]) for (const r of byDyad.all(s, t) as { id: string; published: string | null }[]) out.set(r.id, r.published);
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, published]) => ({ id, published }));
}

/** What an update did. */
export interface UpdateSummary {
  events: number;
  agreements: number;
  contradictions: number;
  /** Articles whose publication date was inferred (or re-inferred) in this update. */
  redated: string[];
}

/**
 * Brings the derived tables up to date after a batch of new articles, inside the batch's transaction:
 * infers publication dates of undated articles (re-analysing those whose inferred date changed), then
 * rebuilds the agreements and events the new or re-dated articles touch, and the contradictions. `seeds`: the
 * new articles' usable mentions as they were just stored (see consolidate), spared reading back.
 * @example updateAfterBatch(db, analyzer, ['a1', 'a2'])
 */
export function updateAfterBatch(
  db: Db,
  analyzer: Analyzer,
  articles: readonly string[],
  rules: UpdateRules = loadUpdateRules(),
  seeds?: ReadonlyMap<string, readonly Seed[]>,
): UpdateSummary {
  const touched = new Set(articles);
  const oldDyads: string[] = [];
  const agreementKeys = new Set(agreementKeysOf(db, articles));
  const claimKeys = new Set<string>();
  const batchDyads = new Set(dyadsOfArticles(db, articles));
  const redated: string[] = [];
  for (const u of undatedToCheck(db, articles, batchDyads)) {
    const inferred = inferPublished(db, rules.consolidation, rules.anchors, u.id);
    if (!inferred || inferred.published.value === u.published) continue;
    oldDyads.push(...dyadsOfArticles(db, [u.id]));
    for (const k of agreementKeysOf(db, [u.id])) agreementKeys.add(k);
    for (const k of claimKeysOf(db, [u.id])) claimKeys.add(k);
    redateArticle(db, analyzer, u.id, inferred.published, inferred.evidence);
    for (const k of agreementKeysOf(db, [u.id])) agreementKeys.add(k);
    touched.add(u.id);
    redated.push(u.id);
  }
  const agreements = rebuildAgreements(db, [...agreementKeys]);
  for (const k of claimKeysOf(db, [...touched])) claimKeys.add(k);
  const contradictions = rebuildContradictions(db, [...claimKeys]);
  // a re-dated article's mentions were written again: consolidation reads those back
  const fresh = seeds && new Map([...seeds].filter(([id]) => !redated.includes(id)));
  const { events } = consolidate(db, { articles: [...touched], dyads: oldDyads, rules: rules.consolidation, seeds: fresh });
  return { events, agreements, contradictions, redated };
}
