import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { measureRealCorpus, realCorpusLines } from '../../bench/real-corpus.ts';
import { tempDir } from '../fixtures/run-cli.ts';

test('measureRealCorpus ingests the first share and then all of a JSONL corpus and compares them', () => {
  const dir = tempDir('real-bench');
  const file = path.join(dir, 'stories.jsonl');
  const story = (i: number) => ({ text: `Russian and Philippine ministers met in Manila on Monday for talks number ${i}.`, published: `2017-05-${String(1 + (i % 28)).padStart(2, '0')}` });
  fs.writeFileSync(file, `${Array.from({ length: 8 }, (_, i) => JSON.stringify(story(i))).join('\n')}\n`);
  const r = measureRealCorpus(file, dir, [0.5, 1]);
  assert.ok(!('absent' in r));
  assert.deepEqual(r.runs.map((x) => [x.share, x.articles, x.words]), [[0.5, 4, 52], [1, 8, 104]]);
  assert.equal(r.runs[0].cpuRatio, 1);
  assert.ok(r.runs[1].cpuRatio > 0 && Number.isFinite(r.runs[1].articlesPerCpuSecond));
  assert.equal(realCorpusLines(r).length, 2);
});

test('without the corpus the figures say why they are missing', () => {
  const r = measureRealCorpus(null, os.tmpdir());
  assert.ok('absent' in r);
  assert.match(realCorpusLines(r)[0], /^real corpus: skipped \(.*absent\)$/);
  assert.deepEqual(realCorpusLines(undefined), []);
});
