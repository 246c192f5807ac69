import assert from 'node:assert/strict';
import test from 'node:test';
import { makeDoc } from '../model/doc.ts';
import type { EventMention } from '../model/annotations.ts';
import { openStore } from '../store/open-store.ts';
import { loadConsolidationRules } from './consolidation-rules.ts';
import { fixtureMention as fm, storeArticle, storeMention } from './fixtures.ts';
import { inferPublished, loadPresentAnchors } from './infer-published.ts';
import { capToPublished } from './redate.ts';

const rules = loadConsolidationRules();
const anchors = loadPresentAnchors();

/** An undated story of the king leaving for Gondor today, and dated stories around it. */
function fixture() {
  const db = openStore(':memory:');
  const undated = 'The king leaves for Gondor today. He will meet the steward.';
  storeArticle(db, 'u', null, undated);
  storeMention(db, fm({ id: 'u1', articleId: 'u', cameo: '042', status: 'planned', basis: 'none' }), { start: 0, end: 33 });
  storeMention(db, fm({ id: 'u2', articleId: 'u', cameo: '040', status: 'planned', basis: 'none' }), { start: 34, end: undated.length });
  storeArticle(db, 'p', '2017-02-18');
  storeMention(db, fm({ id: 'p1', articleId: 'p', cameo: '042', status: 'planned', date: '2017-05', precision: 'month' }));
  storeArticle(db, 'o', '2017-02-17');
  storeMention(db, fm({ id: 'o1', articleId: 'o', cameo: '040', date: '2017-02-16', precision: 'day', place: 'Minas Tirith', placeCountry: 'GON' }));
  storeMention(db, fm({ id: 'o2', articleId: 'o', cameo: '040', date: '2017-02-16', precision: 'day' }));
  return db;
}

test('an undated article is dated by the plan other articles give the event it reports as happening now', () => {
  const db = fixture();
  const r = inferPublished(db, rules, anchors, 'u');
  assert.deepEqual(r?.published, { value: '2017-05', precision: 'month', inferred: true });
  assert.match(r!.evidence, /"today" \(anchor\.today\).*planned 2017-05 in p\.txt/);
});

test('no present-time words, or no dated report of the event: no date', () => {
  const db = fixture();
  db.prepare("UPDATE articles SET text = 'The king left for Gondor. He will meet the steward.' WHERE id = 'u'").run();
  assert.equal(inferPublished(db, rules, anchors, 'u'), null);
  const db2 = fixture();
  db2.prepare("DELETE FROM articles WHERE id IN ('p', 'o')").run();
  assert.equal(inferPublished(db2, rules, anchors, 'u'), null);
});

test('an inferred article never dates another (the result does not depend on ingest order)', () => {
  const db = fixture();
  db.prepare("UPDATE articles SET published_inferred = 1 WHERE id = 'p'").run();
  assert.deepEqual(inferPublished(db, rules, anchors, 'u')?.published.value, '2017-02');
});

test('event dates that only borrowed the inferred day are cut back to its month', () => {
  const ev = (value: string, precision: 'day' | 'month') => ({ date: { value, precision, basis: 'timex' } }) as unknown as EventMention;
  const doc = makeDoc({ id: 'u', name: 'u', text: 'x', published: null, events: [ev('2017-05-01', 'day'), ev('2017-04-28', 'day'), ev('2017-05', 'month')] });
  const capped = capToPublished(doc, { value: '2017-05', precision: 'month', inferred: true });
  assert.deepEqual(capped.events.map((e) => e.date.value), ['2017-05', '2017-04-28', '2017-05']);
});
