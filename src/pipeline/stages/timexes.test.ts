import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../model/doc.ts';
import { loadTimeLexicon } from '../../time/lexicon.ts';
import type { StageContext } from '../stage.ts';
import { timexesStage } from './timexes.ts';
import { tokenizeStage } from './tokenize.ts';

const lexicon = loadTimeLexicon();
const run = (text: string, reference: string | null) => {
  const ctx = { reference, resources: { time: lexicon }, debug: () => {} } as unknown as StageContext;
  return timexesStage.run(tokenizeStage.run(makeDoc({ id: 'x', name: 'x', text, published: null }), ctx), ctx).timexes;
};

test('timexes stage: values, intervals and provenance, anchored on the reference', () => {
  const [t] = run('The two signed the accord in October.', '2018-05-16');
  assert.equal(t.value, '2017-10');
  assert.deepEqual(t.interval, { start: '2017-10-01', end: '2017-11-01' });
  assert.equal(t.producedBy, 'rule:date.month');
  assert.equal(t.resolved, true);
});

test('timexes stage: without a publication date, anchored values are unresolved', () => {
  const [october, year] = run('The two signed the accord in October 2016 and again last year.', null);
  assert.equal(october.value, '2016-10');
  assert.equal(october.resolved, true);
  assert.equal(year.value, 'XXXX');
  assert.equal(year.resolved, false);
  assert.equal(year.interval, undefined);
});
