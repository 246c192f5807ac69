import assert from 'node:assert/strict';
import { test } from 'node:test';
import { its, winkReader } from './wink-reader.ts';

const probe = "Rohan's envoy met C.O.M.B. Co officials, Zqxw said.";
const split = (read: ReturnType<typeof winkReader>, text: string) => {
  const doc = read(text);
  return { tokens: doc.tokens().out(its.value), types: doc.tokens().out(its.type), sentences: doc.sentences().length() };
};

test('winkReader: a document reads the same whatever was read before it', () => {
  const read = winkReader();
  const fresh = split(read, probe);
  for (const before of ["It was Rohan's.", 'Shares of C.O.M.B. rose.', 'It was C.O.M.B. Co.', 'Zqxw. Zqxw, zqxw!']) {
    read(before);
    assert.deepEqual(split(read, probe), fresh, `after ${JSON.stringify(before)}`);
  }
  assert.deepEqual(fresh.tokens.slice(0, 2), ['Rohan', "'s"]);
});

test('winkReader: a number is typed by its own document, not by where the reader met it first', () => {
  const read = winkReader();
  const types = (n: number) => read(`Gondor reserves..${n}.3 vs ${n}.0`).tokens().out(its.type);
  const unseen = types(417);
  read('Gondor paid 518 crowns.');
  assert.deepEqual(types(518), unseen);
});

test('winkReader: out-of-vocabulary words get the model\'s own features, whether met before or not', async () => {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const text = 'Zqxwski met UNQXZ-7 envoys and Dr. Qlavik in Vzorgrad on 12.5.2031; qlaviks ZQXWSKI said.';
  const features = (doc: ReturnType<ReturnType<typeof winkReader>>) =>
    [its.value, its.type, its.pos, its.shape, its.prefix, its.suffix, its.abbrevFlag, its.case].map((f) => doc.tokens().out(f as typeof its.value));
  const plain = features(winkNLP(model, ['sbd', 'pos']).readDoc(text));
  const read = winkReader();
  assert.deepEqual(features(read(text)), plain);
  read('Vzorgrad and Zqxwski, qlavik. UNQXZ-7 Qlaviks!');
  assert.deepEqual(features(read(text)), plain);
});
