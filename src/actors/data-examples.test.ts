import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { loadDataFile } from '../data-loading/load-yaml.ts';
import { analyzeActors } from './test-helpers.ts';

const withExample = z.object({ id: z.string(), example: z.string() }).passthrough();

test('every organisation rule fires on its own example', () => {
  const data = loadDataFile('actors/organisations.yaml', z.object({ organisations: z.array(withExample), patterns: z.array(withExample) }));
  for (const rule of [...data.organisations, ...data.patterns]) {
    const rules = analyzeActors(rule.example, '2020-01-01').actors.filter((a) => a.kind === 'organisation').map((a) => a.producedBy);
    assert.ok(rules.includes(`rule:${rule.id}`), `${rule.id}: "${rule.example}" gave ${rules.join(', ') || 'nothing'}`);
  }
});

test('every title head rule makes a role from its own example', () => {
  const data = loadDataFile('actors/titles.yaml', z.object({ heads: z.array(withExample) }).passthrough());
  for (const rule of data.heads) {
    const rules = analyzeActors(rule.example, '2020-01-01').roles.map((r) => r.producedBy);
    assert.ok(rules.includes(`rule:${rule.id}`), `${rule.id}: "${rule.example}" gave ${rules.join(', ') || 'nothing'}`);
  }
});

test('every country form rule fires on its own example', () => {
  const data = loadDataFile('actors/countries-extra.yaml', z.object({ forms: z.array(withExample) }).passthrough());
  for (const rule of data.forms) {
    const rules = analyzeActors(rule.example, '2020-01-01').actors.filter((a) => a.kind === 'country').map((a) => a.producedBy);
    assert.ok(rules.includes(`rule:${rule.id}`), `${rule.id}: "${rule.example}" gave ${rules.join(', ') || 'nothing'}`);
  }
});
