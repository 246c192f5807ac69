import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../model/doc.ts';
import { tokenizeStage } from '../pipeline/stages/tokenize.ts';
import type { StageContext } from '../pipeline/stage.ts';
import { normToken, PhraseMatcher } from './phrase-matcher.ts';

const PHRASES: [string, string][] = [
  ['Arnor', 'ARN'],
  ['Republic of Arnor', 'ARN-official'],
  ['the Republic of Arnor', 'ARN-the-official'],
  ['Gondor', 'GON'],
  ['New Gondor', 'NGO'],
  ['New Gondor Islands', 'NGI'],
  ['the Shire', 'SHI'],
];

function tokens(text: string) {
  const doc = tokenizeStage.run(makeDoc({ id: 't', name: 't', text, published: null }), {} as StageContext);
  return { text, tokens: doc.tokens };
}

/** [text, expected matches as "surface=entry"] */
const CASES: [string, string[]][] = [
  ['Arnor met Gondor.', ['Arnor=ARN', 'Gondor=GON']],
  ['The Republic of Arnor signed.', ['The Republic of Arnor=ARN-the-official']],
  ['Envoys from the Republic of Arnor and New Gondor Islands met.', ['the Republic of Arnor=ARN-the-official', 'New Gondor Islands=NGI']],
  ['New Gondor voted.', ['New Gondor=NGO']],
  ['They visited the Shire.', ['the Shire=SHI']],
  // negatives: a phrase never crosses a sentence boundary, and a partial phrase does not match
  ['It was new. Gondor replied.', ['Gondor=GON']],
  ['The republic of nobody.', []],
  ['Newgondor is not a word here.', []],
];

test('phrase matcher: longest match first, per sentence', () => {
  const m = new PhraseMatcher(PHRASES);
  for (const [text, expected] of CASES) {
    const t = tokens(text);
    const got = m.matchAll(t.tokens, t.text).map((x) => `${text.slice(x.start, x.end)}=${x.entry}`);
    assert.deepEqual(got, expected, text);
  }
});

test('phrase matcher: tokens without a stored norm match the same', () => {
  const m = new PhraseMatcher(PHRASES);
  for (const [text] of CASES) {
    const t = tokens(text);
    const bare = t.tokens.map(({ norm: _norm, ...rest }) => rest);
    assert.deepEqual(m.matchAll(bare, t.text), m.matchAll(t.tokens, t.text), text);
  }
});

test('phrase matcher: the first entry for a phrase wins', () => {
  const m = new PhraseMatcher([
    ['Gondor', 'first'],
    ['GONDOR', 'second'],
  ]);
  const t = tokens('Gondor');
  assert.equal(m.matchAll(t.tokens, t.text)[0].entry, 'first');
});

test('normToken lower-cases and straightens curly apostrophes', () => {
  for (const [input, expected] of [
    ['Gondor’s', "gondor's"],
    ['‘Tis', "'tis"],
    ['ARNOR', 'arnor'],
    ['plain', 'plain'],
  ]) {
    assert.equal(normToken(input), expected, input);
  }
});
