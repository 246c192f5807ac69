import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadResources } from '../data-loading/resources.ts';
import { makeDoc } from '../model/doc.ts';
import { createAnalyzer } from '../pipeline/analyze.ts';
import { readInputs } from '../read/read-inputs.ts';
import { openStore } from '../store/open-store.ts';
import { packArticle } from '../store/packed-article.ts';
import { writeArticle } from '../store/write-article.ts';
import { loadConsolidationRules } from './consolidation-rules.ts';
import { articleWindows, linkedMentionOfRow, MENTION_COLUMNS, seedsOf, USABLE } from './stored-mentions.ts';
import { writeArticleExtras } from './update.ts';

test('seedsOf gives the mentions an article just stored exactly as consolidation reads them back, windows and agreements included; linkedMentionOfRow names a raw row as MENTION_COLUMNS does', () => {
  const analyzer = createAnalyzer(loadResources());
  const rules = loadConsolidationRules();
  const db = openStore(':memory:');
  try {
    const articles = [...readInputs([path.join(import.meta.dirname, '../../examples')])].flatMap((r) => (r.ok ? [r.article] : []));
    articles.push({
      id: 'own-1',
      name: 'own-1.txt',
      text: 'Gondor and Rohan signed the Treaty of Edoras on 3 May 2020. Rohan said it would ratify the Treaty of Edoras in June.',
      published: { value: '2020-05-04', precision: 'day' },
    });
    const read = db.prepare(
      `SELECT ${MENTION_COLUMNS}, m.window_lo AS lo, m.window_hi AS hi FROM event_mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.article_id = ? AND ${USABLE} ORDER BY m.rowid`,
    );
    const linked = `SELECT ${MENTION_COLUMNS}, m.event_id AS event FROM event_mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.article_id = ? AND ${USABLE} ORDER BY m.rowid`;
    const readLinked = db.prepare(linked);
    const readRaw = db.prepare(linked).raw(true);
    let usable = 0;
    let withAgreement = 0;
    for (const article of articles) {
      const doc = analyzer.analyze(makeDoc({ ...article }));
      const seeds = db.transaction(() => {
        const stored = writeArticle(db, doc, packArticle(doc, articleWindows(rules, doc)));
        writeArticleExtras(db, doc);
        return seedsOf(db, doc, stored);
      })();
      const back = (read.all(doc.id) as Record<string, unknown>[]).map(({ lo, hi, ...m }) => ({ ...m, window: [lo, hi], event: null }));
      assert.deepEqual(seeds, back, article.name);
      // the same mentions read raw, as consolidation reads them, name every column as MENTION_COLUMNS does
      const raw = (readRaw.all(doc.id) as unknown[][]).map(linkedMentionOfRow);
      assert.deepEqual(raw, (readLinked.all(doc.id) as unknown[]).map((m) => ({ ...(m as object) })), article.name);
      usable += seeds.length;
      withAgreement += seeds.filter((s) => s.agreement !== null).length;
    }
    assert.ok(usable > 10, `the articles hold usable mentions (${usable})`);
    assert.ok(withAgreement > 0, 'and some are about an agreement');
  } finally {
    db.close();
  }
});
