import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sharedPath } from '../../src/eval/shared-path.ts';
import { exportJson, runCli, tempDir, writeArticles } from './helpers.ts';

/**
 * Issue 9, repeats: ingesting the same corpus twice, in another file order, or in two runs split
 * differently, yields the same events and ids (`dyad export --format json`, compared with the lists
 * that follow ingest order sorted). The corpus is fictional articles, plus the seeds and 40 Reuters
 * records with text from ../shared when present.
 */

const dir = tempDir('repeat');
const files = writeArticles(path.join(dir, 'corpus'), 24);
const seeds = sharedPath('corpus/seeds');
if (seeds) for (const f of fs.readdirSync(seeds).sort()) files.push(path.join(seeds, f));
const reuters = sharedPath('corpus/reuters21578/reuters21578.jsonl');
if (reuters) {
  const withText = (line: string) => line.trim() !== '' && String((JSON.parse(line) as { text?: string }).text ?? '').trim() !== '';
  const head = fs.readFileSync(reuters, 'utf8').split('\n').slice(0, 60).filter(withText).slice(0, 40).join('\n');
  const file = path.join(dir, 'reuters-head.jsonl');
  fs.writeFileSync(file, head);
  files.push(file);
}

async function ingestInto(db: string, paths: string[]): Promise<void> {
  const r = await runCli(['ingest', ...paths, '--db', db, '--batch', '5']);
  assert.equal(r.code, 0, `ingest: ${r.stderr}`);
}

test('same corpus twice, reversed, or split in two runs: same events and ids', { timeout: 300_000 }, async (t) => {
  if (!seeds) t.diagnostic('../shared is absent: fictional articles only');
  const once = path.join(dir, 'once.sqlite');
  await ingestInto(once, files);
  const reference = await exportJson(once);
  assert.ok((reference.events as unknown[]).length > 0, 'the corpus yields events, so the comparison means something');

  await ingestInto(once, files);
  assert.deepEqual(await exportJson(once), reference, 'a second ingest of the same corpus changes nothing');
  const again = await runCli(['ingest', ...files, '--db', once, '--json']);
  const summary = JSON.parse(again.stdout) as { stored: number; skipped: number };
  assert.equal(summary.stored, 0, 'nothing stored twice');

  const ordered = await exportJson(once, { orderFree: true });
  const reversed = path.join(dir, 'reversed.sqlite');
  await ingestInto(reversed, [...files].reverse());
  assert.deepEqual(await exportJson(reversed, { orderFree: true }), ordered, 'reversed file order');

  const split = path.join(dir, 'split.sqlite');
  const half = Math.floor(files.length / 2);
  await ingestInto(split, files.slice(half));
  await ingestInto(split, files.slice(0, half));
  assert.deepEqual(await exportJson(split, { orderFree: true }), ordered, 'second half first, in two runs');
});
