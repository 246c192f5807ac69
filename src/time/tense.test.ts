import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../model/doc.ts';
import { tokenizeStage } from '../pipeline/stages/tokenize.ts';
import { directionAt } from './tense.ts';
import { testLexicon } from './test-util.ts';

// [sentence, the expression, direction of its verb]
const CASES: [string, string, string][] = [
  ['In October, the two ministers signed ten deals.', 'October', 'past'],
  ['The president is scheduled to visit Ruritania in May.', 'May', 'future'],
  ['The envoy will arrive on Tuesday.', 'Tuesday', 'future'],
  ['The envoy has arrived on Tuesday.', 'Tuesday', 'past'],
  ['The envoys had met on Tuesday.', 'Tuesday', 'past'],
  ['The summit is expected to open in June.', 'June', 'future'],
  ['The deal may be signed on September 12.', 'September', 'future'],
  ['Markets remained closed until Friday.', 'Friday', 'future'],
  ['According to figures released April 3, sales fell.', 'April', 'past'],
  ['The envoy visits the capital on Tuesday.', 'Tuesday', 'unknown'],
  ['Talks on Tuesday.', 'Tuesday', 'unknown'],
];

for (const [text, expression, direction] of CASES) {
  test(`tense: ${text}`, () => {
    const doc = tokenizeStage.run(makeDoc({ id: 't', name: 't', text, published: null }), { reference: null, resources: {} as never, debug: () => {} });
    const start = text.indexOf(expression);
    assert.equal(directionAt(text, doc.tokens, { start, end: start + expression.length }, testLexicon()), direction);
  });
}

test('tense: no tokens, no direction', () => {
  assert.equal(directionAt('in May', [], { start: 3, end: 6 }, testLexicon()), 'unknown');
});
