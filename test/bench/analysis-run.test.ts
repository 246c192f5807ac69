import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runAnalysis } from '../../bench/run-child.ts';
import { tempDir } from '../fixtures/run-cli.ts';

test('runAnalysis analyses every article of a corpus with the ingest workers and no writer', () => {
  const dir = tempDir('analysis-bench');
  const file = path.join(dir, 'stories.jsonl');
  const story = (i: number) => ({ text: `Russian and Philippine ministers met in Manila on Monday for talks number ${i}.`, published: '2017-05-02' });
  fs.writeFileSync(file, `${Array.from({ length: 40 }, (_, i) => JSON.stringify(story(i))).join('\n')}\n`);
  const small = path.join(dir, 'small.jsonl');
  fs.writeFileSync(small, `${Array.from({ length: 5 }, (_, i) => JSON.stringify(story(i))).join('\n')}\n`);
  // 40 articles come back in three chunks; 5 in one, whose rate is the whole run's
  for (const [corpus, articles] of [[file, 40], [small, 5]] as const) {
    const r = runAnalysis({ corpus, workers: 1 });
    assert.equal(r.workers, 1);
    assert.equal(r.articles, articles);
    assert.ok(r.startupSeconds > 0 && r.startupSeconds <= r.seconds);
    assert.ok(r.steadyArticlesPerSecond > 0 && Number.isFinite(r.steadyArticlesPerSecond), `${articles} articles`);
  }
});
