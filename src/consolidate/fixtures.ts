import type { Db } from '../store/open-store.ts';
import type { ConsolidationMention } from './mention.ts';

/**
 * A hand-built mention for tests, between the fictional states ARN (Arnor) and GON (Gondor).
 * @example fixtureMention({ id: 'm1', date: '2017-05', status: 'planned' })
 */
export function fixtureMention(over: Partial<ConsolidationMention> & { id: string }): ConsolidationMention {
  return {
    articleId: `art-${over.id}`,
    type: 'CONSULT',
    cameo: '043',
    source: 'ARN',
    target: 'GON',
    sourceName: 'Arnor',
    targetName: 'Gondor',
    date: null,
    precision: null,
    basis: 'timex',
    status: 'occurred',
    place: null,
    placeCountry: null,
    agreement: null,
    asOf: '2017-02-17',
    ...over,
  };
}

/**
 * Stores a fixture article (text 'x' unless given) for database tests.
 * @example storeArticle(db, 'a1', '2017-02-17')
 */
export function storeArticle(db: Db, id: string, published: string | null, text = 'x'): void {
  const seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM articles').get() as { n: number }).n;
  const precision = published === null ? null : published.length === 4 ? 'year' : published.length === 7 ? 'month' : 'day';
  db.prepare('INSERT INTO articles (id, name, text, published, published_precision, seq) VALUES (?, ?, ?, ?, ?, ?)').run(id, `${id}.txt`, text, published, precision, seq);
}

/**
 * Stores a fixture mention (its article must exist) with a sentence span `[start, end)`.
 * @example storeMention(db, fixtureMention({ id: 'm1', articleId: 'a1' }))
 */
export function storeMention(db: Db, m: ConsolidationMention, sentence: { start: number; end: number } = { start: 0, end: 1 }): void {
  db.prepare(
    `INSERT INTO event_mentions (id, article_id, type, cameo, source_code, source_name, target_code, target_name, date, date_precision, date_basis,
       status, place, place_country, start, end, sentence_start, sentence_end, rule, pipeline_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'rule:fixture', 'fixture')`,
  ).run(m.id, m.articleId, m.type, m.cameo, m.source, m.sourceName, m.target, m.targetName, m.date, m.precision, m.basis, m.status, m.place, m.placeCountry, sentence.start, sentence.start + 1, sentence.start, sentence.end);
}

/**
 * Every event row and every mention's link, for comparing an incrementally consolidated database with a full rebuild.
 * @example assert.deepEqual(eventsSnapshot(incremental), eventsSnapshot(rebuilt))
 */
export function eventsSnapshot(db: Db): { events: unknown[]; links: unknown[] } {
  return {
    events: db.prepare('SELECT * FROM events ORDER BY id').all(),
    links: db.prepare('SELECT id, event_id FROM event_mentions ORDER BY id').all(),
  };
}
