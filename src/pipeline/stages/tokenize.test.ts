import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../model/doc.ts';
import { PhraseMatcher, phraseTokens } from '../../lexicon/phrase-matcher.ts';
import type { StageContext } from '../stage.ts';
import { possessiveCut, tokenizeStage } from './tokenize.ts';

const tokenize = (text: string) => tokenizeStage.run(makeDoc({ id: 't', name: 't', text, published: null }), {} as StageContext);
const forms = (text: string) => tokenize(text).tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);

test('possessiveCut: table', () => {
  const rows: [string, number][] = [["Rohan's", 5], ['Rohan’s', 5], ["UN'S", 2], ["'s", -1], ['Rohans', -1], ["Rohan'", -1], ["-'s", -1], ["1990's", 4]];
  for (const [value, cut] of rows) assert.equal(possessiveCut(value), cut, value);
});

test('tokenize: a possessive is two tokens wherever it stands, whatever was read before', () => {
  // wink keeps "Lossarnach's" whole before a sentence's final period, then caches it whole for later documents
  const first = forms("The envoy spoke for Lossarnach's.");
  assert.deepEqual(first.slice(-3), ['Lossarnach/PROPN', "'s/PART", './PUNCT']);
  assert.deepEqual(forms("Lossarnach's envoy left."), ['Lossarnach/PROPN', "'s/PART", 'envoy/NOUN', 'left/VERB', './PUNCT']);
  const doc = tokenize("It was Lossarnach's.");
  assert.deepEqual(doc.tokens.slice(2, 4).map((t) => [t.lemma, t.norm]), [['lossarnach', 'lossarnach'], ["'s", "'s"]]);
});

test('phraseTokens splits a possessive as the tokenize stage does, so such names match', () => {
  assert.deepEqual(phraseTokens("Democratic People's Republic of Arnor"), ['democratic', 'people', "'s", 'republic', 'of', 'arnor']);
  const matcher = new PhraseMatcher([["St. Lossarnach's", 'LOS']]);
  for (const text of ["Troops reached St. Lossarnach's.", "In St. Lossarnach's harbour, troops landed."]) {
    const doc = tokenize(text);
    const hits = doc.tokens.map((_, i) => matcher.matchAt(doc.tokens, text, i)).filter((m) => m !== null);
    assert.deepEqual(hits.map((m) => text.slice(m!.start, m!.end)), ["St. Lossarnach's"], text);
  }
});

test('tokenize: every token has a lemma, also where wink gives none ("cannot" before a comma or a period)', () => {
  for (const text of ['But many states cannot," said the envoy.', 'Talks ... Cannot, in some cases, go on.', 'We cannot.']) {
    const doc = tokenize(text);
    assert.ok(doc.tokens.every((t) => typeof t.lemma === 'string'), text);
    assert.ok(doc.tokens.some((t) => t.lemma === 'cannot'), text);
  }
});
