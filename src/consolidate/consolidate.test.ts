import assert from 'node:assert/strict';
import test from 'node:test';
import { openStore, type Db } from '../store/open-store.ts';
import { consolidate } from './consolidate.ts';
import { fixtureMention as fm, storeArticle, storeMention } from './fixtures.ts';
import type { ConsolidationMention } from './mention.ts';

const day = (d: string) => ({ date: d, precision: d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day' });

/** Articles (id → published) and their mentions, as a fictional Arnor–Gondor story. */
const ARTICLES: [string, string][] = [['a1', '2017-02-17'], ['a2', '2017-02-18'], ['a3', '2018-05-16'], ['a4', '2017-03-01']];
const MENTIONS: ConsolidationMention[] = [
  fm({ id: 'm1', articleId: 'a1', asOf: '2017-02-17', place: 'Minas Tirith', placeCountry: 'GON', ...day('2017-02-16') }),
  fm({ id: 'm2', articleId: 'a2', asOf: '2017-02-18', source: 'GON', target: 'ARN', ...day('2017-02-16') }),
  fm({ id: 'm3', articleId: 'a2', asOf: '2017-02-18', cameo: '042', status: 'planned', ...day('2017-05') }),
  fm({ id: 'm4', articleId: 'a3', asOf: '2018-05-16', cameo: '042', ...day('2017') }),
  fm({ id: 'm5', articleId: 'a1', asOf: '2017-02-17', type: 'AID', cameo: '070', status: 'planned', ...day('2017-03') }),
  fm({ id: 'm6', articleId: 'a4', asOf: '2017-03-01', source: 'ARN', target: 'ROH', targetName: 'Rohan', ...day('2017-02-27') }),
];

function build(order: string[], batches: string[][]): Db {
  const db = openStore(':memory:');
  for (const batch of batches) {
    db.transaction(() => {
      for (const id of batch) {
        storeArticle(db, id, ARTICLES.find(([a]) => a === id)![1]);
        for (const m of MENTIONS.filter((x) => x.articleId === id).sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id))) storeMention(db, m);
      }
      consolidate(db, { articles: batch });
    })();
  }
  return db;
}

const snapshot = (db: Db) => ({
  events: db.prepare('SELECT id, type, source_code, target_code, date, status, place, overdue, n_sources FROM events ORDER BY id').all(),
  links: db.prepare('SELECT id, event_id FROM event_mentions ORDER BY id').all(),
  history: db.prepare('SELECT event_id, status, as_of, mention_id FROM event_status_history ORDER BY event_id, mention_id').all(),
});

test('one event per real event: the meeting has two sources, the visit runs planned → occurred', () => {
  const db = build([], [['a1', 'a2', 'a3', 'a4']]);
  const events = db.prepare('SELECT e.*, (SELECT group_concat(id) FROM (SELECT id FROM event_mentions WHERE event_id = e.id ORDER BY id)) AS ms FROM events e ORDER BY date').all() as Record<string, unknown>[];
  const byMentions = Object.fromEntries(events.map((e) => [e.ms, e]));
  assert.deepEqual(Object.keys(byMentions).sort(), ['m1,m2', 'm3,m4', 'm5', 'm6']);
  assert.equal(byMentions['m1,m2'].n_sources, 2);
  assert.equal(byMentions['m1,m2'].date, '2017-02-16');
  assert.equal(byMentions['m3,m4'].status, 'occurred');
  assert.equal(byMentions['m3,m4'].date, '2017-05');
  const history = db.prepare('SELECT status FROM event_status_history WHERE event_id = ? ORDER BY as_of').all(byMentions['m3,m4'].id) as { status: string }[];
  assert.deepEqual(history.map((h) => h.status), ['planned', 'occurred']);
  assert.equal(byMentions['m5'].overdue, 1, 'the aid planned for 2017-03 was never reported and the newest article is of 2018');
  assert.equal(byMentions['m6'].overdue, 0);
});

test('incremental batches, any order, give the same events as one full rebuild', () => {
  const full = build([], [['a1', 'a2', 'a3', 'a4']]);
  const fullAgain = snapshot(full);
  consolidate(full);
  assert.deepEqual(snapshot(full), fullAgain, 'a full rebuild changes nothing');
  for (const batches of [[['a3'], ['a1'], ['a4'], ['a2']], [['a2', 'a4'], ['a3', 'a1']], [['a1'], ['a2'], ['a3'], ['a4']]]) {
    assert.deepEqual(snapshot(build(['m6', 'm5', 'm4', 'm3', 'm2', 'm1'], batches)), fullAgain, JSON.stringify(batches));
  }
});

test('a plan is overdue only once a newer article is stored, and not while its date can still come', () => {
  const db = build([], [['a1']]);
  const overdue = () => (db.prepare("SELECT overdue FROM events WHERE type = 'AID'").get() as { overdue: number }).overdue;
  assert.equal(overdue(), 0);
  db.transaction(() => {
    storeArticle(db, 'a4', '2017-03-01');
    storeMention(db, MENTIONS[5]);
    consolidate(db, { articles: ['a4'] });
  })();
  assert.equal(overdue(), 0, 'March 2017 is not over on 2017-03-01');
  db.transaction(() => {
    storeArticle(db, 'a3', '2018-05-16');
    storeMention(db, MENTIONS[3]);
    consolidate(db, { articles: ['a3'] });
  })();
  assert.equal(overdue(), 1, 'the AID dyad was not rebuilt, yet its plan is re-flagged');
});

test('mentions without a dyad, or of one country with itself, make no event', () => {
  const db = openStore(':memory:');
  storeArticle(db, 'a1', '2017-02-17');
  storeMention(db, fm({ id: 'x1', articleId: 'a1', target: 'ARN', ...day('2017-02-16') }));
  db.prepare("UPDATE event_mentions SET target_code = NULL WHERE id = 'x1'").run();
  storeMention(db, fm({ id: 'x2', articleId: 'a1', target: 'ARN', ...day('2017-02-16') }));
  assert.equal(consolidate(db).events, 0);
});

test('a batch re-clusters only the type families of its mentions, with the same result as a full rebuild', () => {
  const db = openStore(':memory:');
  const add = (article: string, published: string, ms: ConsolidationMention[]) =>
    db.transaction(() => {
      storeArticle(db, article, published);
      for (const m of ms) storeMention(db, m);
      return consolidate(db, { articles: [article] }).rebuilt;
    })();
  // a year-wide AGREE report overlaps every CONSULT of 2017 in the dyad, but can never merge with one
  add('b1', '2018-01-05', [fm({ id: 'n1', articleId: 'b1', type: 'AGREE', cameo: '057', ...day('2017') }), fm({ id: 'n2', articleId: 'b1', ...day('2017-02-16') })]);
  assert.equal(add('b2', '2017-02-18', [fm({ id: 'n3', articleId: 'b2', ...day('2017-02-16') })]), 1, 'only the consult family of ARN–GON');
  assert.equal(add('b3', '2017-03-02', [fm({ id: 'n4', articleId: 'b3', type: 'COOPERATE', cameo: '060', ...day('2017-03-01') }), fm({ id: 'n5', articleId: 'b3', ...day('2017-03-01') })]), 2);
  const incremental = snapshot(db);
  consolidate(db);
  assert.deepEqual(snapshot(db), incremental);
  const events = db.prepare('SELECT type, (SELECT group_concat(id) FROM (SELECT id FROM event_mentions WHERE event_id = e.id ORDER BY id)) AS ms FROM events e ORDER BY ms').all();
  assert.deepEqual(events, [{ type: 'COOPERATE', ms: 'n1,n4' }, { type: 'CONSULT', ms: 'n2,n3' }, { type: 'CONSULT', ms: 'n5' }]);
});
