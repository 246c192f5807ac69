import assert from 'node:assert/strict';
import test from 'node:test';
import { clusterMentions } from './cluster.ts';
import { loadConsolidationRules } from './consolidation-rules.ts';
import { eventOfCluster } from './event-of-cluster.ts';
import { fixtureMention as fm } from './fixtures.ts';
import type { ConsolidationMention } from './mention.ts';

const rules = loadConsolidationRules();
const groups = (ms: ConsolidationMention[]) =>
  clusterMentions(rules, ms)
    .map((c) => c.members.map((m) => m.id).sort().join(','))
    .sort();

const day = (d: string) => ({ date: d, precision: d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day' });

test('mentions that report one event merge; others stay apart', () => {
  const cases: [string, ConsolidationMention[], string[]][] = [
    ['same meeting, dyad in either order', [fm({ id: 'a', ...day('2017-02-16') }), fm({ id: 'b', source: 'GON', target: 'ARN', ...day('2017-02-16') })], ['a,b']],
    ['month and day precision agree', [fm({ id: 'a', ...day('2017-05') }), fm({ id: 'b', ...day('2017-05-22') }), fm({ id: 'c', asOf: '2017-06-01', ...day('2017') })], ['a,b,c']],
    ['a plan made after an event is not that event', [fm({ id: 'a', ...day('2017-02-16') }), fm({ id: 'b', status: 'planned', asOf: '2017-02-17', ...day('2017') })], ['a', 'b']],
    ['a report of what happened is not an event after it', [fm({ id: 'a', status: 'planned', ...day('2017-05') }), fm({ id: 'b', asOf: '2017-03-01', ...day('2017') })], ['a', 'b']],
    ['a report that a plan came true joins the plan, not an older meeting', [
      fm({ id: 'a', cameo: '040', ...day('2017-02-16') }), fm({ id: 'b', cameo: '042', status: 'planned', ...day('2017-05') }),
      fm({ id: 'c', cameo: '042', asOf: '2018-05-16', ...day('2017') })], ['a', 'b,c']],
    ['different days stay apart', [fm({ id: 'a', ...day('2017-02-16') }), fm({ id: 'b', ...day('2017-02-20') })], ['a', 'b']],
    ['different families stay apart', [fm({ id: 'a', ...day('2017-02-16') }), fm({ id: 'b', type: 'ASSAULT', cameo: '18', ...day('2017-02-16') })], ['a', 'b']],
    ['compatible types merge', [fm({ id: 'a', type: 'AGREE', cameo: '057', ...day('2017-10') }), fm({ id: 'b', type: 'COOPERATE', cameo: '050', ...day('2017-10') })], ['a,b']],
    ['directed family keeps direction', [fm({ id: 'a', type: 'AID', cameo: '07', ...day('2017-10') }), fm({ id: 'b', type: 'AID', cameo: '07', source: 'GON', target: 'ARN', ...day('2017-10') })], ['a', 'b']],
    ['different places stay apart', [fm({ id: 'a', place: 'Minas Tirith', ...day('2017-02') }), fm({ id: 'b', place: 'Osgiliath', ...day('2017-02') })], ['a', 'b']],
    ['one report does not both plan and report one event', [fm({ id: 'a', articleId: 'x', ...day('2018-05-16') }), fm({ id: 'b', articleId: 'x', status: 'planned', basis: 'published', ...day('2018-05-16') })], ['a', 'b']],
    ['a city and its country agree', [fm({ id: 'a', place: 'Minas City', placeCountry: 'GON', ...day('2017-02') }), fm({ id: 'b', place: 'Gondor', placeCountry: 'GON', ...day('2017-02') })], ['a,b']],
    ['cities of two countries differ', [fm({ id: 'a', place: 'Minas City', placeCountry: 'GON', ...day('2017-02') }), fm({ id: 'b', place: 'Fornost', placeCountry: 'ARN', ...day('2017-02') })], ['a', 'b']],
    ['"X City" is X', [fm({ id: 'a', place: 'Minas City', ...day('2017-02') }), fm({ id: 'b', place: 'Minas', ...day('2017-02') })], ['a,b']],
    ['different agreements stay apart', [fm({ id: 'a', type: 'AGREE', agreement: 'x', ...day('2017') }), fm({ id: 'b', type: 'AGREE', agreement: 'y', ...day('2017') })], ['a', 'b']],
    ['plan then report of it merge', [fm({ id: 'a', status: 'planned', ...day('2017-05') }), fm({ id: 'b', status: 'occurred', asOf: '2018-05-16', ...day('2017') })], ['a,b']],
    ['an occurred and a negated report never merge', [fm({ id: 'a', ...day('2017-05') }), fm({ id: 'b', status: 'negated', ...day('2017-05') })], ['a', 'b']],
    ['hypothetical only with hypothetical', [fm({ id: 'a', status: 'planned', ...day('2017-05') }), fm({ id: 'b', status: 'hypothetical', ...day('2017-05') })], ['a', 'b']],
  ];
  for (const [name, ms, want] of cases) assert.deepEqual(groups(ms), want, name);
});

test('a year-precision report joins the event its agreement names, not a neighbour', () => {
  const ms = [
    fm({ id: 'may', type: 'AGREE', agreement: 'defense', ...day('2017-05') }),
    fm({ id: 'oct', type: 'AGREE', agreement: 'mil-tech', ...day('2017-10') }),
    fm({ id: 'y1', type: 'AGREE', agreement: 'mil-tech', asOf: '2018-05-16', ...day('2017') }),
    fm({ id: 'y2', type: 'AGREE', agreement: 'defense', asOf: '2018-05-16', ...day('2017') }),
  ];
  assert.deepEqual(groups(ms), ['may,y2', 'oct,y1']);
});

test('a report dated only by its article joins a stated date close before it', () => {
  const ms = [fm({ id: 'a', ...day('2017-02-16') }), fm({ id: 'b', basis: 'published', ...day('2017-02-17') })];
  assert.deepEqual(groups(ms), ['a,b']);
});

test('clustering does not depend on input order', () => {
  const ms = [
    fm({ id: 'a', ...day('2017-05') }), fm({ id: 'b', ...day('2017') }), fm({ id: 'c', ...day('2017-10-02') }),
    fm({ id: 'd', status: 'planned', ...day('2017-10') }), fm({ id: 'e', source: 'GON', target: 'ARN', ...day('2017-05-22') }),
  ];
  const want = groups(ms);
  for (const perm of [[...ms].reverse(), [ms[2], ms[0], ms[4], ms[1], ms[3]]]) assert.deepEqual(groups(perm), want);
});

test('the event keeps a status history planned → occurred and the most precise date', () => {
  const ms = [
    fm({ id: 'p1', status: 'planned', asOf: '2017-02-17', ...day('2017') }),
    fm({ id: 'p2', status: 'planned', asOf: '2017-02-18', ...day('2017-05') }),
    fm({ id: 'o1', status: 'occurred', asOf: '2018-05-16', articleId: 'later', ...day('2017') }),
  ];
  const [c] = clusterMentions(rules, ms);
  const e = eventOfCluster(c, '2018-05-16');
  assert.deepEqual(e.history.map((m) => m.status), ['planned', 'planned', 'occurred']);
  assert.equal(e.status, 'occurred');
  assert.equal(e.date, '2017-05');
  assert.equal(e.nSources, 3);
  assert.equal(e.overdue, false);
});

test('a plan whose dates passed with no report is overdue against the newest article, not the clock', () => {
  const [c] = clusterMentions(rules, [fm({ id: 'p', status: 'planned', ...day('2017-05') })]);
  assert.equal(eventOfCluster(c, '2017-06-01').overdue, true);
  assert.equal(eventOfCluster(c, '2017-05-20').overdue, false);
  assert.equal(eventOfCluster(c, null).overdue, false);
});
