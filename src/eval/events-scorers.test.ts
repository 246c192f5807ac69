import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventMention } from '../model/annotations.ts';
import { acceptedStatuses, dateFit, matches, scoreSeedEvents, type GoldEvent } from './events-seeds.ts';
import { readPetr2 } from './events-petr2.ts';
import { readZeroShot, announcesPlan } from './events-zero-shot-planned.ts';
import { recordMention } from './events-plover-gsr.ts';
import { missingShared, sharedPath } from './shared-path.ts';

const gold: GoldEvent = { id: 'G1', accept_types: ['CONSULT'], source: 'ARN', target: 'GON', date: '2017-05', status: 'occurred', mentioned_in: ['a.txt'] };
const mention = (over: Partial<EventMention>): EventMention => ({
  start: 0, end: 4, text: 'meet', sentence: { start: 0, end: 10 }, type: 'CONSULT', cameo: '040',
  source: { code: 'GON', name: 'Gondor' }, target: { code: 'ARN', name: 'Arnor' },
  date: { value: '2017-05-22', precision: 'day', basis: 'timex' }, status: 'occurred', producedBy: 'rule:x', ...over,
});

test('seeds scorer: a report before the event may only call it planned; in its period, either', () => {
  assert.deepEqual(acceptedStatuses(gold, '2017-02-17'), ['planned']);
  assert.deepEqual(acceptedStatuses(gold, '2017-05'), ['occurred', 'planned']);
  assert.deepEqual(acceptedStatuses(gold, '2018-05-16'), ['occurred']);
});

test('seeds scorer: dates compare at gold precision', () => {
  const cases: [Partial<EventMention>['date'], string | null, string][] = [
    [{ value: '2017-05-22', precision: 'day', basis: 'timex' }, '2017-02-17', 'exact'],
    [{ value: '2017', precision: 'year', basis: 'timex' }, '2017-02-17', 'coarser'],
    [{ value: '2017-06', precision: 'month', basis: 'timex' }, '2017-02-17', 'wrong'],
    [{ value: null, precision: null, basis: 'none' }, null, 'waived'],
  ];
  for (const [date, published, fit] of cases) assert.equal(dateFit(mention({ date: date! }), '2017-05', published), fit, JSON.stringify(date));
  const plan = mention({ status: 'planned', date: { value: '2017-02-17', precision: 'day', basis: 'published' } });
  assert.equal(dateFit(plan, '2017-05', '2017-02-17'), 'exact');
});

test('seeds scorer: CONSULT matches in either order, other types only in order', () => {
  assert.equal(matches(mention({}), gold, '2018-01-01', '2018-01-01', false), true);
  const support = { ...gold, accept_types: ['SUPPORT'] };
  assert.equal(matches(mention({ type: 'SUPPORT' }), support, '2018-01-01', '2018-01-01', false), false);
});

test('PETR-2 reader tolerates the malformed file: banners, self-closed sentences, no-event records', () => {
  const xml = `<?xml version='1.0'?>\n<Validation>\n#### banner & < stray\n<Sentences>
<Sentence date="20080804" id="A1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="ARNGOV" targetcode="GON" />
<Text>
Arnor's envoy visited Gondor.
</Text>
<Sentence date="20080805" id="A2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing happened.</Text></Sentence>
<Sentence id="A3" evaluate="false"/><Text>Skipped.</Text>`;
  const records = readPetr2(xml);
  assert.deepEqual(records.map((r) => [r.id, r.date, r.codings.length]), [['A1', '2008-08-04', 1], ['A2', '2008-08-05', 0]]);
  assert.deepEqual(records[0].codings[0], { cameo: '042', source: 'ARN', target: 'GON' });
  assert.equal(records[0].text, "Arnor's envoy visited Gondor.");
});

test('zero-shot reader, plan announcement and GSR record mention', () => {
  const items = readZeroShot('uid\tsentence\tmodality_L2\n0\tArnor will meet Gondor.\ttodo\n1\tArnor met Gondor.\tpast\n');
  assert.deepEqual(items.map((i) => [i.uid, i.todo]), [[0, true], [1, false]]);
  assert.equal(announcesPlan(mention({ status: 'planned' })), true);
  assert.equal(announcesPlan(mention({ type: 'AGREE' })), true);
  assert.equal(announcesPlan(mention({ type: 'AGREE', status: 'negated' })), false);
  const events = [mention({ text: 'said' }), mention({ text: 'met' })];
  assert.equal(recordMention(events, 'met with')?.text, 'met');
});

test('issue 5: every required seed event is found in every article that mentions it; precision ≥ 0.9', async (t) => {
  if (!sharedPath('gold/seeds.json')) return t.skip(missingShared('gold/seeds.json'));
  const report = await scoreSeedEvents(true);
  const [recall, precision] = report.rows;
  assert.equal(recall.score, 1, (report.misses ?? []).join('\n'));
  assert.ok((precision.score ?? 0) >= 0.9, (report.misses ?? []).join('\n'));
});
