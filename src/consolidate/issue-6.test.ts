import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { loadResources } from '../data-loading/resources.ts';
import { missingShared, sharedPath } from '../eval/shared-path.ts';
import { seedsConsolidatedScorer } from '../eval/seeds-consolidated.ts';
import { exportData } from '../export/export-data.ts';
import { ingest } from '../ingest/ingest.ts';
import { createAnalyzer } from '../pipeline/analyze.ts';
import { readInputs } from '../read/read-inputs.ts';
import { openStore } from '../store/open-store.ts';

// Issue 6 "done when", end to end on the seed articles (read from ../shared, never copied here).
const dir = sharedPath('corpus/seeds');

test('issue 6: seeds consolidate into one event per real event, with histories, agreements, contradiction and inferred date', (t) => {
  if (!dir) return t.skip(missingShared('corpus/seeds'));
  const db = openStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-issue6-')), 'seeds.sqlite'));
  try {
    ingest(db, createAnalyzer(loadResources()), readInputs([dir]));
    const data = exportData(db);
    const nameOf = new Map(data.articles.map((a) => [a.id, a.name.slice(0, 3)]));
    const phlRus = data.events.filter((e) => [e.source.code, e.target.code].sort().join() === 'PHL,RUS');

    const davao = phlRus.filter((e) => e.type === 'CONSULT' && e.date.value === '2017-02-16');
    assert.equal(davao.length, 1, 'the Davao meeting is one event');
    assert.deepEqual([...new Set(davao[0].mentions.map((m) => nameOf.get(m.article)))].sort(), ['001', '003']);

    const visit = phlRus.filter((e) => e.type === 'CONSULT' && e.date.value === '2017-05' && e.status === 'occurred');
    assert.equal(visit.length, 1, 'the visit is one event');
    const statuses = visit[0].history.map((h) => h.status);
    assert.ok(statuses.indexOf('planned') >= 0 && statuses.lastIndexOf('occurred') > statuses.indexOf('planned'), statuses.join(' → '));

    const history = (name: RegExp) => data.agreements.find((a) => name.test(a.name))?.history.map((h) => `${nameOf.get(h.article)} ${h.status} ${h.date ?? ''}`.trim());
    assert.deepEqual(history(/^Agreement on Defense Cooperation$/), ['001 planned 2017', '003 planned 2017', '002 planned', '000 signed 2017']);
    assert.deepEqual(history(/^Agreement on Military-technical Cooperation$/i), ['003 negotiating', '002 planned', '000 signed 2017-10']);

    assert.ok(data.contradictions.some((c) => JSON.stringify((c.claims as { value: number }[]).map((k) => k.value).sort()) === '[10,11]'), '10 vs 11 deals');

    const undated = data.articles.find((a) => a.name.startsWith('002'));
    const { evidence, ...published } = undated?.published ?? {};
    assert.deepEqual(published, { value: '2017-05', precision: 'month', inferred: true });
    assert.match(String(evidence), /2017-05/, 'the inferred date carries its evidence');
  } finally {
    db.close();
  }
});

test('issue 6: no two exported events describe the same gold event', async (t) => {
  if (!dir) return t.skip(missingShared('corpus/seeds'));
  const report = await seedsConsolidatedScorer.run();
  const row = report.rows.find((r) => r.metric === 'duplicates of a gold event');
  assert.equal(row?.score, 1, (report.misses ?? []).join('\n'));
});
