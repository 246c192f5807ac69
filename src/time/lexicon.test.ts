import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DATA_DIR } from '../data-loading/load-yaml.ts';
import { loadTimeLexicon } from './lexicon.ts';
import { tag, testLexicon } from './test-util.ts';

test('every time rule tags its own example', () => {
  for (const rule of testLexicon().rules) {
    const found = tag(rule.example, '2017-06-15').some((t) => t.producedBy === `rule:${rule.id}`);
    assert.ok(found, `rule ${rule.id}: its example "${rule.example}" is not tagged by it`);
  }
});

test('every modifier sets its mod on its example', () => {
  for (const m of testLexicon().modifiers) {
    const mods = tag(`They said it: ${m.example}.`, '2017-06-15').map((t) => t.mod);
    assert.ok(mods.includes(m.mod), `modifier ${m.id}: "${m.example}" gives ${JSON.stringify(mods)}`);
  }
});

test('a rule naming an unknown word class is refused with E020', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-time-'));
  fs.cpSync(path.join(DATA_DIR, 'time'), path.join(dir, 'time'), { recursive: true });
  fs.appendFileSync(path.join(dir, 'time/sets.yaml'), '  - { id: set.broken, pattern: "{nosuchclass}", type: SET, resolve: set, example: "x" }\n');
  try {
    assert.throws(() => loadTimeLexicon(dir), /E020: time rule set\.broken names the unknown class \{nosuchclass\}/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
