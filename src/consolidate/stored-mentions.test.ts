import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadResources } from '../data-loading/resources.ts';
import { makeDoc } from '../model/doc.ts';
import { createAnalyzer } from '../pipeline/analyze.ts';
import { readInputs } from '../read/read-inputs.ts';
import { openStore } from '../store/open-store.ts';
import { writeArticle } from '../store/write-article.ts';
import { loadConsolidationRules } from './consolidation-rules.ts';
import { articleWindows, USABLE, type Seed } from './stored-mentions.ts';

test("the seeds articleWindows records are the article's usable mentions as consolidation reads them back", () => {
  const analyzer = createAnalyzer(loadResources());
  const rules = loadConsolidationRules();
  const db = openStore(':memory:');
  try {
    const examples = path.join(import.meta.dirname, '../../examples');
    const articles = [...readInputs([examples])].flatMap((r) => (r.ok ? [r.article] : []));
    assert.ok(articles.length >= 5 && fs.existsSync(examples));
    let usable = 0;
    for (const article of articles) {
      const doc = analyzer.analyze(makeDoc({ ...article }));
      const seeds: Seed[] = [];
      db.transaction(() => writeArticle(db, doc, articleWindows(rules, doc, seeds)))();
      const stored = db
        .prepare(`SELECT m.type, m.source_code AS source, m.target_code AS target, m.window_lo AS lo, m.window_hi AS hi FROM event_mentions m WHERE m.article_id = ? AND ${USABLE}`)
        .all(doc.id) as { type: string; source: string; target: string; lo: number; hi: number }[];
      const key = (m: { type: string; source: string; target: string }, lo: number, hi: number) => `${m.type} ${m.source} ${m.target} ${lo} ${hi}`;
      // as consolidation uses them: the days of each dyad and type (a mention stored once may be met twice)
      assert.deepEqual([...new Set(seeds.map((s) => key(s, ...s.window)))].sort(), [...new Set(stored.map((m) => key(m, m.lo, m.hi)))].sort(), article.name);
      usable += stored.length;
    }
    assert.ok(usable > 10, `the examples hold usable mentions (${usable})`);
  } finally {
    db.close();
  }
});
