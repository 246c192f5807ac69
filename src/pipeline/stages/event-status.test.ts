import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventStatus } from '../../model/annotations.ts';
import { brief, eventsOf } from '../../../test/fixtures/event-doc.ts';

/** [sentence, trigger, status, cue rule or null, cue text or null] — one or more per status cue. */
const CASES: [string, string, EventStatus, string | null, string | null][] = [
  ['Arnor signed a treaty with Gondor.', 'signed', 'occurred', null, null],
  ['Elessar will visit Rohan in May.', 'visit', 'planned', 'cue.planned.will', 'will'],
  ['Arnor is expected to sign a treaty with Gondor.', 'sign', 'planned', 'cue.planned.expected', 'expected to'],
  ['Elessar is set to meet Eomer.', 'meet', 'planned', 'cue.planned.expected', 'set to'],
  ['Elessar is scheduled to visit Rohan.', 'visit', 'planned', 'cue.planned.expected', 'scheduled to'],
  ['Arnor plans to sign a pact with Gondor.', 'sign', 'planned', 'cue.planned.intends', 'plans to'],
  ['Among the deals to be signed by Arnor and Gondor is a fishing pact.', 'signed', 'planned', 'cue.planned.intends', 'to be'],
  ["Elessar's upcoming trip to Rohan was announced.", 'trip', 'planned', 'cue.planned.adjective', 'upcoming'],
  ['A second pact is being negotiated by Arnor and Gondor.', 'negotiated', 'planned', 'cue.planned.in-progress', 'being'],
  ['Arnor agreed to share intelligence with Gondor.', 'share', 'planned', 'cue.planned.intent', 'agreed to'],
  ['Harad said it would blockade the ports of Gondor.', 'blockade', 'planned', 'cue.planned.reported-would', 'would'],
  ['Arnor did not sign the treaty with Gondor.', 'sign', 'negated', 'cue.negated.not', 'not'],
  ["Arnor didn't sign the treaty with Gondor.", 'sign', 'negated', 'cue.negated.not', "n't"],
  ['Arnor will not sign the treaty with Gondor.', 'sign', 'negated', 'cue.negated.not', 'not'],
  ['There is no talk yet about joint exercises between Arnor and Gondor.', 'talk', 'negated', 'cue.negated.no', 'no'],
  ['Elessar failed to meet Eomer.', 'meet', 'negated', 'cue.negated.failed', 'failed to'],
  ['Arnor could provide training for the guards of Gondor.', 'provide', 'hypothetical', 'cue.hypothetical.modal', 'could'],
  ['Arnor might attack Harad.', 'attack', 'hypothetical', 'cue.hypothetical.modal', 'might'],
  ['Aid from Arnor will reach Rohan if the truce holds.', 'truce', 'hypothetical', 'cue.hypothetical.condition', 'if'],
  ['Gunmen from Harad attempted to kill a Gondorian envoy.', 'kill', 'occurred', null, null],
];

test('status cues: each sets its status and is recorded with its text and rule', () => {
  const failures: string[] = [];
  for (const [sentence, trigger, status, rule, cue] of CASES) {
    const ev = eventsOf(sentence, { published: '2020-01-10' }).find((e) => e.text === trigger);
    if (!ev) failures.push(`${sentence}: no event on "${trigger}"`);
    else if (ev.status !== status || (ev.cue?.producedBy ?? null) !== (rule ? `rule:${rule}` : null) || (ev.cue?.text.toLowerCase() ?? null) !== cue) {
      failures.push(`${sentence}: ${brief(ev)} cue ${ev.cue?.text ?? '-'} ${ev.cue?.producedBy ?? ''}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('a cue records its offsets in the text', () => {
  const text = 'Elessar will visit Rohan.';
  const [ev] = eventsOf(text, { published: '2020-01-10' });
  assert.equal(text.slice(ev.cue!.start, ev.cue!.end), 'will');
});

test('reported speech keeps the status of the reported clause', () => {
  const said = eventsOf('Gondor said that Arnor will sign the treaty.', { published: '2020-01-10' }).find((e) => e.text === 'sign');
  assert.equal(said?.status, 'planned');
  const past = eventsOf('Gondor said Arnor signed the treaty, officials will confirm.', { published: '2020-01-10' }).find((e) => e.text === 'signed');
  assert.equal(past?.status, 'occurred');
});

test('a time clause takes the plan of its main clause', () => {
  const ev = eventsOf('Arnor is expected to sign the pact when Elessar visits Arnor this year.', { published: '2020-01-10' }).find((e) => e.text === 'visits');
  assert.equal(ev?.status, 'planned');
});

test('planned and negated statements carry the PLOVER coding of the statement', () => {
  const visit = eventsOf('Elessar will visit Rohan.').find((e) => e.text === 'visit');
  assert.deepEqual(visit?.coded, { type: 'AGREE', cameo: '030' });
  const attack = eventsOf('Harad will attack Gondor.').find((e) => e.text === 'attack');
  assert.deepEqual(attack?.coded, { type: 'THREATEN', cameo: '130' });
  const refused = eventsOf('Arnor did not sign the pact with Gondor.').find((e) => e.text === 'sign');
  assert.deepEqual(refused?.coded, { type: 'REJECT', cameo: '120' });
});
