import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, eventsOf } from '../../test/fixtures/event-doc.ts';

/** Texts that look like events but carry none (no mention at all). */
const NO_EVENT: [string, string][] = [
  ['headline crumb', 'Home » Headlines » Elessar meets Eomer in Edoras\n\nThe weather in Edoras was fine today.'],
  ['byline', 'By Halbarad Strike, Edoras Herald\n\nThe weather was fine.'],
  ['site credit', 'Arnor and Gondor are neighbours.\n\n– Arnorpost.com'],
  ['section title restating the story', 'Arnor and Gondor are neighbours.\n\nElessar meets Eomer\n\nThe rain went on all day.'],
  ['a weapon, not an attack', 'Gondor has avoided the use of such dumb bombs.'],
  ['the fight against drugs', 'The agenda covered the fight against drugs.'],
  ['what someone calls a policy', 'Elessar pursues what he calls an independent policy.'],
  ['a visiting forces agreement is a document', 'The pact does not include a visiting forces agreement.'],
  ['a signing ceremony hall', 'The signing ceremony hall of Gondor was repainted.'],
];

test('negative cases: no event where the text names none', () => {
  const failures: string[] = [];
  for (const [why, text] of NO_EVENT) {
    const events = eventsOf(text, { published: '2020-01-10' });
    if (events.length) failures.push(`${why}: ${events.map(brief).join('; ')}`);
  }
  assert.deepEqual(failures, []);
});

/** Events that exist but must never be coded as having happened. */
const NOT_OCCURRED: [string, string, string][] = [
  ['negated talk', 'There is no talk yet about joint exercises between Arnor and Gondor.', 'talk'],
  ['did not sign', 'Arnor did not sign the fishing treaty with Gondor.', 'sign'],
  ['never met', 'Elessar never met Eomer.', 'met'],
  ['negated plans', 'The deal does not yet include plans to hold joint exercises with Gondor.', 'exercises'],
  ['hypothetical offer', 'Arnor could provide training for the guards of Gondor.', 'provide'],
  ['conditional attack', 'Harad will attack Gondor if the talks fail.', 'attack'],
  ['a plan is not news of the day', 'Elessar is scheduled to visit Rohan in May.', 'visit'],
];

test('negative cases: negated, hypothetical and planned events are not coded as occurred', () => {
  const failures: string[] = [];
  for (const [why, text, trigger] of NOT_OCCURRED) {
    const ev = eventsOf(text, { published: '2020-01-10' }).find((e) => e.text === trigger);
    if (!ev) failures.push(`${why}: no mention of "${trigger}"`);
    else if (ev.status === 'occurred') failures.push(`${why}: ${brief(ev)}`);
  }
  assert.deepEqual(failures, []);
});

test('negative cases: a historical reference keeps its own past date, not the day of the report', () => {
  const [ev] = eventsOf('Halbarad said Arnor established diplomatic ties with Gondor on June 2, 1976.', {
    published: '2018-05-16',
    timexes: [{ text: 'June 2, 1976', value: '1976-06-02' }],
  });
  assert.equal(ev.date.value, '1976-06-02');
  assert.equal(ev.status, 'occurred');
});

test('negative cases: an infinitive governed by another trigger is not a second event', () => {
  const events = eventsOf('Elessar invited Eomer to visit Minas Tirith.');
  assert.deepEqual(events.map((e) => e.type), ['REQUEST']);
});

test('negative cases: meeting demands is not a meeting', () => {
  const events = eventsOf('Arnor met demands for more grain.');
  assert.ok(!events.some((e) => e.type === 'CONSULT'), events.map(brief).join('; '));
});

test('negative cases: a place is not the subject', () => {
  const ev = eventsOf('In Edoras, Elessar is set to hold meetings with Halbarad.').find((e) => e.text === 'meetings');
  assert.equal(`${ev?.source?.code}>${ev?.target?.code}`, 'GON>ARN');
});
