import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, eventsOf } from '../../../test/fixtures/event-doc.ts';

/** [sentence, trigger, source, target, structure rule] */
const CASES: [string, string, string | null, string | null, string][] = [
  ['Elessar met with Eomer.', 'met', 'GON', 'ROH', 'structure.subject-object'],
  ['The talks between Arnor and Gondor resumed.', 'talks', 'ARN', 'GON', 'structure.between'],
  ['The treaty was signed by Gondor and Rohan.', 'signed', 'GON', 'ROH', 'structure.passive'],
  ["Elessar's visit to Rohan ended.", 'visit', 'GON', 'ROH', 'structure.possessor'],
  ['The invitation of Elessar reached Eomer.', 'invitation', 'GON', 'ROH', 'structure.of-agent'],
  ['Arnor and Gondor signed a treaty.', 'signed', 'ARN', 'GON', 'structure.joint-subject'],
  ['Arnor said on Monday that it will supply Rohan with grain.', 'supply', 'ARN', 'ROH', 'structure.pronoun-subject'],
  ['Officials said on Monday that Arnor will supply Rohan with grain.', 'supply', 'ARN', 'ROH', 'structure.subject-object'],
  ['We are ready to host the summit, Halbarad told reporters.', 'host', 'ARN', null, 'structure.pronoun-subject'],
  ['Talks with Rohan will resume soon, Halbarad said.', 'Talks', 'ARN', 'ROH', 'structure.reported-subject'],
  ['Elessar invited Eomer to Minas Tirith when they met.', 'met', 'GON', 'ROH', 'structure.plural-pronoun'],
  ['Halbarad has gone to Harad and he is scheduled to visit Rohan in May.', 'visit', 'ARN', 'ROH', 'structure.pronoun-subject'],
  ['Gondor demanded that Harad pull back.', 'demanded', 'GON', 'HAR', 'structure.subject-object'],
  ['Delegates from Rohan held consultations in Gondor.', 'consultations', 'ROH', 'GON', 'structure.subject-object'],
];

test('source and target from the sentence structure', () => {
  const failures: string[] = [];
  for (const [sentence, trigger, source, target, rule] of CASES) {
    const ev = eventsOf(sentence).find((e) => e.text === trigger);
    if (!ev) failures.push(`${sentence}: no event on "${trigger}"`);
    else if ((ev.source?.code ?? null) !== source || (ev.target?.code ?? null) !== target || ev.actorRule !== `rule:${rule}`) failures.push(`${sentence}: ${brief(ev)} ${ev.actorRule}`);
  }
  assert.deepEqual(failures, []);
});

test('an actorless event takes the dyad of the sentence before', () => {
  const events = eventsOf('Elessar will hold meetings with Eomer. Among the deals to be signed is a grain pact.');
  const signed = events.find((e) => e.text === 'signed');
  assert.equal(`${signed?.source?.code}>${signed?.target?.code}`, 'GON>ROH');
  assert.equal(signed?.actorRule, 'rule:structure.context-dyad');
});

test('places attach to events and resolve to their country', () => {
  const [ev] = eventsOf('Elessar met Eomer in Edoras.');
  assert.equal(ev.place?.name, 'Edoras');
  assert.equal(ev.place?.country, 'ROH');
  const gazetteer = eventsOf('Elessar met Eomer in Davao City.')[0];
  assert.equal(gazetteer.place?.country, 'PHL');
  const unknown = eventsOf('Elessar met Eomer in Bree.')[0];
  assert.equal(unknown.place?.name, 'Bree');
  assert.equal(unknown.place?.country, undefined);
});

test('a visit to a place is a visit to its country', () => {
  const [ev] = eventsOf('Elessar arrived in Edoras.');
  assert.equal(`${ev.source?.code}>${ev.target?.code}`, 'GON>ROH');
});

test('several parties on one side give one mention per pair', () => {
  const pairs = (text: string) => eventsOf(text).map((e) => `${e.source?.code}>${e.target?.code}`).sort();
  assert.deepEqual(pairs('Arnor, Gondor and Rohan met on Monday.'), ['ARN>GON', 'ARN>ROH', 'GON>ROH']);
  assert.deepEqual(pairs('Elessar met Eomer and Halbarad.'), ['GON>ARN', 'GON>ROH']);
  assert.deepEqual(pairs('The talks between Arnor, Gondor and Rohan resumed.'), ['ARN>GON', 'ARN>ROH', 'GON>ROH']);
});
