import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../model/doc.ts';
import { checkPipeline, runPipeline } from './runner.ts';
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
