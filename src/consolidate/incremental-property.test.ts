import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { openStore, type Db } from '../store/open-store.ts';
import { consolidate } from './consolidate.ts';
import { loadConsolidationRules } from './consolidation-rules.ts';
import { eventsSnapshot, fixtureMention as fm, storeArticle, storeMention } from './fixtures.ts';
import { dayNumber, isoOfDay } from './interval.ts';

const rules = loadConsolidationRules();
const START = dayNumber(2017, 1, 1);

/** One generated mention: a small world (three dyads, five types, a few places and agreements) so that mentions collide. */
const mention = fc.record({
  article: fc.integer({ min: 0, max: 11 }),
  dyad: fc.constantFrom(['ARN', 'GON'], ['GON', 'ARN'], ['ARN', 'ROH']),
  type: fc.constantFrom(['CONSULT', '040'], ['CONSULT', '043'], ['AGREE', '057'], ['COOPERATE', '050'], ['AID', '070'], ['ASSAULT', '180']),
  day: fc.integer({ min: 0, max: 150 }),
  precision: fc.constantFrom('day', 'day', 'month', 'year', 'report', 'none'),
  status: fc.constantFrom('occurred', 'occurred', 'planned', 'negated', 'hypothetical'),
  place: fc.constantFrom(null, null, ['Minas Tirith', 'GON'], ['Osgiliath', null], ['Gondor', 'GON'], ['Fornost', 'ARN']),
  agreement: fc.constantFrom(null, null, 'pact-a', 'pact-b'),
});

type GeneratedMention = typeof mention extends fc.Arbitrary<infer T> ? T : never;

/** Articles 0-11: published every twelve days, but article 11 undated. */
const published = (article: number) => (article === 11 ? null : isoOfDay(START + article * 12));

/** Stores the articles of one batch with their mentions (and the agreement each sentence names). */
function store(db: Db, articles: number[], mentions: GeneratedMention[]): void {
  const insertAgreement = db.prepare(
    `INSERT INTO agreement_mentions (article_id, start, end, agreement_key, name, parties, status, rule) VALUES (?, ?, ?, ?, ?, '["ARN","GON"]', 'signed', 'rule:test')`,
  );
  for (const a of articles) {
    storeArticle(db, `a${a}`, published(a));
    mentions.forEach((m, i) => {
      if (m.article !== a) return;
      const asOf = published(a);
      const iso = isoOfDay(START + m.day);
      const dated =
        m.precision === 'none' ? { date: null, precision: null, basis: 'none' }
        : m.precision === 'report' ? { date: asOf, precision: asOf ? 'day' : null, basis: asOf ? 'published' : 'none' }
        : { date: m.precision === 'day' ? iso : m.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4), precision: m.precision, basis: 'timex' };
      const sentence = { start: i * 100, end: i * 100 + 50 };
      storeMention(
        db,
        fm({ id: `m${i}`, articleId: `a${a}`, asOf, source: m.dyad[0], target: m.dyad[1], type: m.type[0], cameo: m.type[1], status: m.status, place: m.place?.[0] ?? null, placeCountry: m.place?.[1] ?? null, ...dated }),
        sentence,
      );
      if (m.agreement) insertAgreement.run(`a${a}`, sentence.start + 10, sentence.start + 20, m.agreement, m.agreement);
    });
  }
}

test('consolidating batch by batch, in any split and order, gives the events of one full rebuild (random mentions)', () => {
  fc.assert(
    fc.property(fc.array(mention, { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 }), (mentions, batchOf) => {
      const db = openStore(':memory:');
      try {
        for (let b = 0; b <= 3; b++) {
          const articles = batchOf.flatMap((x, a) => (x === b ? [a] : []));
          if (!articles.length) continue;
          db.transaction(() => {
            store(db, articles, mentions);
            consolidate(db, { articles: articles.map((a) => `a${a}`), rules });
          })();
        }
        const incremental = eventsSnapshot(db);
        db.transaction(() => consolidate(db, { rules }))();
        assert.deepEqual(incremental, eventsSnapshot(db));
      } finally {
        db.close();
      }
    }),
    { numRuns: 150, seed: 20261128 },
  );
});
