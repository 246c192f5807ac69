import assert from 'node:assert/strict';
import test from 'node:test';
import { openStore } from '../store/open-store.ts';
import { storedWindow } from './stored-mentions.ts';
import { consolidate } from './consolidate.ts';
import { loadConsolidationRules } from './consolidation-rules.ts';
import { eventsSnapshot, fixtureMention as fm, storeArticle, storeMention } from './fixtures.ts';
import { dayNumber, isoOfDay } from './interval.ts';
import { Neighbourhood, reclusterNear, WINDOW_TIER } from './local-recluster.ts';
import type { ConsolidationMention } from './mention.ts';
import { consolidateInBatches, generateMentions } from './scale-bench.ts';
import { seededRandom as rng } from '../util/seeded-random.ts';

const rules = loadConsolidationRules();

test('batches in any order and of any size give the events of one full rebuild (generated mentions over ten years)', () => {
  for (const [seed, batch] of [[1, 7], [2, 40], [3, 1], [4, 150]]) {
    const src = openStore(':memory:');
    generateMentions(src, 300, seed);
    const articles = src.prepare('SELECT * FROM articles').all() as Record<string, unknown>[];
    const mentions = src.prepare('SELECT * FROM event_mentions').all() as Record<string, unknown>[];
    const r = rng(seed);
    const order = articles.map((a) => ({ a, k: r() })).sort((x, y) => x.k - y.k).map(({ a }) => a);
    const db = openStore(':memory:');
    consolidateInBatches(db, order, mentions, batch, rules);
    const incremental = eventsSnapshot(db);
    db.transaction(() => consolidate(db, { rules }))();
    assert.deepEqual(incremental, eventsSnapshot(db), `seed ${seed}, batches of ${batch}`);
    src.close();
    db.close();
  }
});

test('the next report in a long chain of overlapping windows reads its neighbourhood, not the chain', () => {
  const db = openStore(':memory:');
  const first = dayNumber(2015, 1, 1);
  // a meeting reported every day for three years, each dated only by its report: every 14-day window
  // overlaps the next, so the chain links all 1,095 mentions
  db.transaction(() => {
    for (let i = 0; i < 1095; i++) {
      const day = isoOfDay(first + i);
      storeArticle(db, `a${i}`, day);
      storeMention(db, fm({ id: `m${String(i).padStart(4, '0')}`, articleId: `a${i}`, asOf: day, basis: 'published', date: day, precision: 'day' }));
    }
    consolidate(db, { rules });
  })();
  // the next day's report, as news arrives in date order (reading every mention linked to it through
  // overlapping windows would read the whole chain)
  const day = isoOfDay(first + 1095);
  storeArticle(db, 'new', day);
  storeMention(db, fm({ id: 'new', articleId: 'new', asOf: day, basis: 'published', date: day, precision: 'day' }));
  const window = storedWindow(rules, { date: day, basis: 'published', status: 'occurred', asOf: day });
  db.prepare("UPDATE event_mentions SET window_lo = ?, window_hi = ? WHERE id = 'new'").run(...window);
  const near = new Neighbourhood(db, ['ARN', 'GON'], new Set(['CONSULT']));
  const { clusters } = reclusterNear(near, rules, new Set(['CONSULT']), [window], (m) => m);
  assert.ok(near.mentions.size < 100, `read ${near.mentions.size} of 1,096 mentions`);
  assert.equal(clusters.length, 1, 'the new report makes or changes one event');
  db.transaction(() => consolidate(db, { articles: ['new'], rules }))();
  const incremental = eventsSnapshot(db);
  db.transaction(() => consolidate(db, { rules }))();
  assert.deepEqual(incremental, eventsSnapshot(db));
});

test('window scans find their windows through the tiered window index (the tier is written as migration 14 wrote it)', () => {
  const db = openStore(':memory:');
  const plan = db
    .prepare(`EXPLAIN QUERY PLAN SELECT m.rowid FROM event_mentions m WHERE m.source_code = ? AND m.target_code = ? AND ${WINDOW_TIER} = 0 AND m.window_lo BETWEEN ? AND ?`)
    .all('ARN', 'GON', 0, 5) as { detail: string }[];
  assert.match(plan.map((r) => r.detail).join('\n'), /COVERING INDEX event_mentions_windows \(source_code=\? AND target_code=\? AND <expr>=\? AND window_lo>\? AND window_lo<\?\)/);
  db.close();
});

test('a cluster that loses a mention widens, and a mention beyond the batch days then joins it, as in a full rebuild', () => {
  const db = openStore(':memory:');
  const add = (id: string, asOf: string, m: Partial<ConsolidationMention>) => {
    storeArticle(db, `art-${id}`, asOf);
    storeMention(db, fm({ id, articleId: `art-${id}`, asOf, ...m }));
  };
  db.transaction(() => {
    // D: a March meeting in Fornost; C: one on 10 March in Minas Tirith (the places keep them apart)
    add('d1', '2017-04-10', { date: '2017-03', precision: 'month', place: 'Fornost', placeCountry: 'ARN' });
    add('e1', '2017-03-12', { date: '2017-03-10', precision: 'day', place: 'Minas Tirith', placeCountry: 'GON' });
    // M, dated by its report (1-15 March), ties between them and joins D (smaller first id), narrowing it
    add('m1', '2017-03-15', { date: '2017-03-15', precision: 'day', basis: 'published' });
    // Y, dated by its report (20 March - 3 April), misses the narrowed D and stands alone
    add('y1', '2017-04-03', { date: '2017-04-03', precision: 'day', basis: 'published' });
    consolidate(db, { rules });
  })();
  // a plan for C makes it the better home for M (a report that a plan came true); D, left with its March
  // days, now takes Y, which lies beyond the days of the new mention
  db.transaction(() => {
    add('n1', '2017-03-01', { date: '2017-03-10', precision: 'day', status: 'planned', place: 'Minas Tirith', placeCountry: 'GON' });
    consolidate(db, { articles: ['art-n1'], rules });
  })();
  const incremental = eventsSnapshot(db);
  const groups = db.prepare("SELECT group_concat(id) AS ms FROM (SELECT id, event_id FROM event_mentions ORDER BY id) GROUP BY event_id ORDER BY ms").pluck().all();
  assert.deepEqual(groups, ['d1,y1', 'e1,m1,n1']);
  db.transaction(() => consolidate(db, { rules }))();
  assert.deepEqual(incremental, eventsSnapshot(db));
});
