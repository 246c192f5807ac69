import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeActors } from '../../actors/test-helpers.ts';

/** Person mentions added by coreference, as "text→name/country (form)". */
function corefs(text: string): string[] {
  return analyzeActors(text, '2021-06-15')
    .actors.filter((a) => a.kind === 'person' && a.producedBy === 'stage:coreference')
    .map((a) => `${a.text}→${a.name}/${a.country} (${a.form})`);
}

const CASES: [string, string[]][] = [
  ['Senator Carla Mendoza flew from Manila to Moscow. Mendoza met Russian officials for the Philippines and Filipino workers.', ['Mendoza→Carla Mendoza/PHL (surname)']],
  ['National Security Adviser Ramon Diaz Jr met Russian officials in Manila. Diaz, who was at the meeting, said so.', ['Diaz→Ramon Diaz Jr/PHL (surname)']],
  ['President Ana Lopez met Russian officials in Manila. The President said the talks went well.', ['The President→Ana Lopez/PHL (title)']],
  ['President Ana Lopez met Russian President Ivan Orlov in Manila. The Philippine leader said so.', ['The Philippine leader→Ana Lopez/PHL (title)']],
  ['Senator Carla Mendoza met Russian officials in Manila. She said the talks went well.', ['She→Carla Mendoza/PHL (pronoun)']],
  ['Russian Trade Minister Oleg Petrov met Filipino officials in Manila. He said Orlov would come. Petrov agreed.', ['He→Oleg Petrov/RUS (pronoun)', 'Petrov→Oleg Petrov/RUS (surname)']],
];

test('within-article coreference: surname, title alone, sentence-initial pronoun', () => {
  for (const [text, expected] of CASES) assert.deepEqual(corefs(text), expected, text);
});

test('a surname mention carries the same person code as the full name', () => {
  const doc = analyzeActors('Senator Carla Mendoza flew to Moscow. Mendoza met Russian officials.', '2021-06-15');
  const persons = doc.actors.filter((a) => a.kind === 'person');
  assert.equal(persons.length, 2);
  assert.equal(persons[0].code, persons[1].code);
});
