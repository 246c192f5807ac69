import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeActors } from './test-helpers.ts';

/**
 * Things that look like actors but are not: places, institutions, personal names, common words, and
 * titles without a person. Each case lists what must NOT be found.
 */
const NOT_COUNTRIES: [string, string][] = [
  ['They met in Davao City on Thursday.', 'Davao City is a place'],
  ['Militants took over Marawi City.', 'Marawi City is a place'],
  ['She flew to Mexico City.', 'Mexico City is a place'],
  ['Let us go.', 'lower-case "us" is a pronoun'],
  ['A china plate and a turkey dinner.', 'lower-case common nouns'],
  ['He studied at Georgia Tech.', 'a university'],
  ['Chad Smith spoke first.', 'a personal name'],
  ['Fans cheered Michael Jordan.', 'a personal name'],
  ['The Drug Enforcement Agency raided a house.', 'an agency, not the USA'],
  ['The National Security Council met.', 'a council, not a country'],
  ['Students of the Moscow State Institute of International Relations listened.', 'an institute, not Moscow'],
  ['Ships sailed the South China Sea.', 'a sea, not China'],
  ['The New Mexico governor spoke.', 'a US state'],
];

test('negative cases: no country in places, institutions, personal names and common words', () => {
  for (const [text, why] of NOT_COUNTRIES) {
    const found = analyzeActors(text, '2020-01-01').actors.filter((a) => a.kind === 'country');
    assert.deepEqual(found.map((a) => a.text), [], `${why}: "${text}"`);
  }
});

const NO_PERSON: [string, string][] = [
  ['The Secretary of Defense did not attend.', 'a title without a name'],
  ['General Motors opened a plant.', 'a company, not a general'],
  ['He said the talks went well.', 'a pronoun with no one named before it'],
  ['The President arrived late.', 'a title alone with no president named'],
  ['Director of Photography credits rolled.', 'no name after the title'],
];

test('negative cases: no person without a name, and no unresolvable reference', () => {
  for (const [text, why] of NO_PERSON) {
    const doc = analyzeActors(text, '2020-01-01');
    assert.deepEqual(doc.actors.filter((a) => a.kind === 'person').map((a) => a.text), [], `${why}: "${text}"`);
    assert.deepEqual(doc.roles, [], `${why}: "${text}"`);
  }
});

test('negative cases: a surname shared by two people of the article resolves to neither', () => {
  const doc = analyzeActors('Senator Ana Reyes met Governor Luis Reyes in Manila. Reyes said the meeting went well.', '2020-01-01');
  const later = doc.actors.filter((a) => a.kind === 'person' && a.start > doc.text.indexOf('Manila.'));
  assert.deepEqual(later, []);
});

test('negative cases: an organisation pattern needs more than a bare head word', () => {
  const doc = analyzeActors('The Department said nothing. Agency staff left.', '2020-01-01');
  assert.deepEqual(doc.actors.filter((a) => a.kind === 'organisation'), []);
});
