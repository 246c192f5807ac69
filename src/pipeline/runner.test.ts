import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../model/doc.ts';
import { checkPipeline, runPipeline, runPipelineBatch, STAGE_MAJOR_CHARS, STAGE_MAJOR_CHUNK, stageMajorChunks } from './runner.ts';
import type { Stage, StageContext } from './stage.ts';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns'], run?: Stage['run']): Stage => ({
  name,
  requires,
  assigns,
  run: run ?? ((doc) => doc),
});
const ctx = { reference: null, resources: {}, debug: () => {} } as unknown as StageContext;

test('checkPipeline accepts stages whose requirements come earlier', () => {
  checkPipeline([stage('a', [], ['tokens']), stage('b', ['tokens'], ['events'])]);
});

test('checkPipeline rejects a stage that requires what no earlier stage assigns (E010)', () => {
  assert.throws(() => checkPipeline([stage('b', ['tokens'], ['events']), stage('a', [], ['tokens'])]), /E010: stage "b" requires doc.tokens/);
});

test('checkPipeline rejects a stage listed twice (E010)', () => {
  assert.throws(() => checkPipeline([stage('a', [], []), stage('a', [], [])]), /E010/);
});

test('runPipeline throws E011 when a stage returns no doc', () => {
  const broken = stage('broken', [], [], () => undefined as never);
  assert.throws(() => runPipeline([broken], makeDoc({ id: 'x', name: 'x', text: 't', published: null }), ctx), /E011: stage "broken"/);
});

test('runPipeline throws E011 when a stage rewrites the text', () => {
  const rewriter = stage('rewriter', [], [], (doc) => ({ ...doc, text: 'other' }));
  assert.throws(() => runPipeline([rewriter], makeDoc({ id: 'x', name: 'x', text: 't', published: null }), ctx), /E011/);
});

test('runPipeline accumulates per-stage timings when asked', () => {
  const timings = new Map<string, number>();
  runPipeline([stage('a', [], [])], makeDoc({ id: 'x', name: 'x', text: 't', published: null }), ctx, timings);
  assert.ok(timings.has('a'));
});

test('runPipelineBatch gives each doc what runPipeline gives it, in input order, past one chunk', () => {
  const mark = (name: string): Stage => stage(name, [], [], (doc) => ({ ...doc, name: `${doc.name}>${name}` }));
  const stages = [mark('a'), mark('b')];
  const docs = Array.from({ length: STAGE_MAJOR_CHUNK + 3 }, (_, i) => makeDoc({ id: `d${i}`, name: `d${i}`, text: 't', published: null }));
  const outcomes = runPipelineBatch(stages, docs, () => ctx);
  assert.deepEqual(
    outcomes.map((o) => (o.ok ? o.doc : null)),
    docs.map((d) => runPipeline(stages, d, ctx)),
  );
});

test('runPipelineBatch keeps a failing doc from later stages and the other docs going', () => {
  const seen: string[] = [];
  const picky = stage('picky', [], [], (doc) => {
    if (doc.id === 'bad') throw new Error('stage exploded');
    return doc;
  });
  const after = stage('after', [], [], (doc) => (seen.push(doc.id), doc));
  const rewriter = stage('rewriter', [], [], (doc) => (doc.id === 'odd' ? { ...doc, text: 'other' } : doc));
  const docs = ['ok', 'bad', 'odd', 'fine'].map((id) => makeDoc({ id, name: id, text: 't', published: null }));
  const timings = new Map<string, number>();
  const outcomes = runPipelineBatch([picky, rewriter, after], docs, () => ctx, timings);
  assert.deepEqual(
    outcomes.map((o) => (o.ok ? o.doc.id : o.error.message)),
    ['ok', 'stage exploded', 'E011: stage "rewriter" changed the article text; stages may only add spans', 'fine'],
  );
  assert.deepEqual(seen, ['ok', 'fine']);
  assert.deepEqual([...timings.keys()], ['picky', 'rewriter', 'after']);
});

test('runPipelineBatch gives each doc its own context', () => {
  const seen: (string | null)[] = [];
  const look = stage('look', [], [], (doc, c) => (seen.push(c.reference), doc));
  const docs = ['2017-01-02', '2018-03-04'].map((d) => makeDoc({ id: d, name: d, text: 't', published: null }));
  runPipelineBatch([look], docs, (doc) => ({ ...ctx, reference: doc.id }));
  assert.deepEqual(seen, ['2017-01-02', '2018-03-04']);
});

test('stageMajorChunks: at most STAGE_MAJOR_CHUNK docs and STAGE_MAJOR_CHARS characters, at least one doc, in order', () => {
  const doc = (id: string, chars: number) => ({ id, text: 'x'.repeat(chars) });
  const ids = (docs: { id: string; text: string }[]) => [...stageMajorChunks(docs)].map((c) => c.map((d) => d.id).join(''));
  const short = Array.from({ length: STAGE_MAJOR_CHUNK + 2 }, (_, i) => doc(String.fromCharCode(65 + i), 10));
  assert.deepEqual([...stageMajorChunks(short)].map((c) => c.length), [STAGE_MAJOR_CHUNK, 2]);
  const half = STAGE_MAJOR_CHARS / 2;
  // a and b fill a chunk; c alone is over the limit; d and e fit together again
  assert.deepEqual(ids([doc('a', half), doc('b', half), doc('c', STAGE_MAJOR_CHARS + 1), doc('d', 10), doc('e', 10)]), ['ab', 'c', 'de']);
  assert.deepEqual(ids([]), []);
});
