import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadEventLexicon } from './event-lexicon.ts';
import { brief, eventsOf } from '../../test/fixtures/event-doc.ts';

const lexicon = loadEventLexicon();
const triggers = [...new Map([...lexicon.byLemma.values()].flat().map((r) => [r.id, r])).values()];

test('every trigger rule finds an event in its own example, made by that rule', () => {
  const failures: string[] = [];
  for (const rule of triggers) {
    const events = eventsOf(rule.example);
    if (!events.some((e) => e.producedBy === `rule:${rule.id}`)) failures.push(`${rule.id}: "${rule.example}" gave ${events.map(brief).join('; ') || 'no event'}`);
  }
  assert.deepEqual(failures, []);
});

test('every status cue sets its status in its own example, recording its rule', () => {
  const failures: string[] = [];
  for (const cue of lexicon.statusCues) {
    const events = eventsOf(cue.example, { published: '2020-01-01' });
    const ok = cue.status === 'occurred' ? events.some((e) => e.status === 'occurred') : events.some((e) => e.status === cue.status && e.cue?.producedBy === `rule:${cue.id}`);
    if (!ok) failures.push(`${cue.id}: "${cue.example}" gave ${events.map((e) => `${brief(e)} ${e.cue?.producedBy ?? ''}`).join('; ') || 'no event'}`);
  }
  assert.deepEqual(failures, []);
});

test('every trigger codes to the PLOVER type the CAMEO map gives its code', () => {
  for (const rule of triggers) assert.equal(rule.plover.cameo.length >= 2, true, rule.id);
  assert.equal(lexicon.cameo.get('057')?.type, 'SUPPORT');
  assert.equal(lexicon.cameo.get('0871')?.mode, 'ceasefire');
  assert.deepEqual(lexicon.cameo.get('091')?.context, ['crime', 'corruption']);
});
