import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { measurePairedRatios } from '../../bench/paired-ratios.ts';
import { tempDir } from '../fixtures/run-cli.ts';

test('measurePairedRatios compares the pipeline with wink-nlp round by round on the first articles of a corpus', () => {
  const dir = tempDir('paired-bench');
  const file = path.join(dir, 'stories.jsonl');
  const story = (i: number) => ({ text: `Russian and Philippine ministers met in Manila on Monday for talks number ${i}.`, published: '2017-05-02' });
  fs.writeFileSync(file, `${Array.from({ length: 6 }, (_, i) => JSON.stringify(story(i))).join('\n')}\n`);
  const r = measurePairedRatios(file, 4, 3);
  assert.equal(r.articles, 4);
  assert.equal(r.rounds, 3);
  const [low, high] = r.pipelineOverTokenizeRange;
  assert.ok(low > 0 && low <= r.pipelineOverTokenize && r.pipelineOverTokenize <= high);
  assert.ok(r.pipelineMsPerArticle > 0 && Number.isFinite(r.pipelineMsPerArticle));
  // wink alone on four sentences may take less than the CPU clock's tick: zero, never negative
  for (const v of [r.tokenizeMsPerArticle, r.sbdPosMsPerArticle]) assert.ok(v >= 0 && Number.isFinite(v));
});
