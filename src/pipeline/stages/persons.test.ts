import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeActors } from '../../actors/test-helpers.ts';

/** Roles found in a text as "person | title | country | date". */
function roles(text: string, published: string | null = '2021-06-15'): string[] {
  return analyzeActors(text, published).roles.map((r) => `${r.person} | ${r.title} | ${r.country ?? '-'} | ${r.date?.value ?? 'null'}`);
}

// Fictional people, real countries; sentences written for these tests.
const CASES: [string, string[]][] = [
  ['Russian Foreign Minister Boris Ilin met Filipino officials in Manila.', ['Boris Ilin | Foreign Minister | RUS | 2021-06-15']],
  ['Foreign Affairs Secretary Maria Santos flew from Manila to Moscow. She met Russian officials for the Philippines and Filipino workers.', ['Maria Santos | Foreign Affairs Secretary | PHL | 2021-06-15']],
  ['FOREIGN Affairs Secretary Maria Santos flew from Manila to Moscow, where Russian President Ivan Orlov waited.', ['Maria Santos | Foreign Affairs Secretary | PHL | 2021-06-15', 'Ivan Orlov | President | RUS | 2021-06-15']],
  ['Ambassador to Moscow Pedro Cruz spoke for the Philippines, not for Russia. Russian Trade Minister Oleg Petrov agreed.', ['Pedro Cruz | Ambassador to Moscow | PHL | 2021-06-15', 'Oleg Petrov | Trade Minister | RUS | 2021-06-15']],
  ['Russian Ambassador to the Philippines Pavel Sokol attended in Manila.', ['Pavel Sokol | Ambassador to the Philippines | RUS | 2021-06-15']],
  ['The team included Russia’s navy commander, Anton Belov; and Lev Gromov, head of the Russian Border Guard Service.', ['Anton Belov | Navy commander | RUS | 2021-06-15', 'Lev Gromov | Head of the Border Guard Service | RUS | 2021-06-15']],
  ['Russian officials came to Manila with First Deputy Minister of Health Yuri Lanin.', ['Yuri Lanin | First Deputy Minister of Health | RUS | 2021-06-15']],
  ['Col. Petr Zorin, the first Russian naval attaché to the Philippines, arrived in Manila.', ['Petr Zorin | Naval attaché to the Philippines | RUS | 2021-06-15']],
  ['Secretary of National Defense Jose Lim met Russian diplomats in Manila.', ['Jose Lim | Defense Secretary | PHL | 2021-06-15']],
  ['National Security Adviser Secretary Ramon Diaz Jr said Manila and Moscow would talk.', ['Ramon Diaz Jr | National Security Adviser | PHL | 2021-06-15']],
  ['Armed Forces chief General Tomas Reyes met Russian officers in Manila.', ['Tomas Reyes | Armed Forces chief | PHL | 2021-06-15']],
  ['Philippine Army Commanding General Lt. Gen. Noel Ramos greeted the Russian delegation.', ['Noel Ramos | Philippine Army Commanding General | PHL | 2021-06-15']],
  ['The head of Russia’s state arms exporter, Igor Sedov, visited Manila.', ['Igor Sedov | Head of the state arms exporter | RUS | 2021-06-15']],
  ['Russia met the Philippines’ president, Ana Lopez, in Manila.', ['Ana Lopez | President | PHL | 2021-06-15']],
  ['Senator Carla Mendoza said Manila should buy Russian trucks.', ['Carla Mendoza | Senator | PHL | 2021-06-15']],
  ['An undated report: Russian President Ivan Orlov will visit Manila.', ['Ivan Orlov | President | RUS | null']],
];

test('persons with titles: every form of title, its country and the date attested', () => {
  for (const [text, expected] of CASES) assert.deepEqual(roles(text, text.startsWith('An undated') ? null : '2021-06-15'), expected, text);
});

test('a person named twice in an article is one person, with the fuller name, and one role per title', () => {
  const doc = analyzeActors('President Ana Lopez spoke in Manila. Later President Lopez met Russian officials.', '2021-06-15');
  assert.deepEqual(doc.roles.map((r) => `${r.person} | ${r.title}`), ['Ana Lopez | President']);
  const codes = new Set(doc.actors.filter((a) => a.kind === 'person').map((a) => a.code));
  assert.equal(codes.size, 1);
});

test('person mentions carry their country for dyads, and a Phoenix dictionary name gives a country without a title', () => {
  const doc = analyzeActors('Vladimir Putin spoke with reporters in Manila on Tuesday.', '2017-02-17');
  const putin = doc.actors.find((a) => a.kind === 'person');
  assert.equal(putin?.country, 'RUS');
  assert.equal(putin?.producedBy, 'rule:phoenix.countries');
});

test('organisations left to the home country get it once the persons stage knows it', () => {
  const doc = analyzeActors('The country’s National Security Council met Russian Trade Minister Oleg Petrov in Manila and Cebu, Philippines.', '2021-06-15');
  const nsc = doc.actors.find((a) => a.kind === 'organisation' && a.name === 'National Security Council');
  assert.equal(nsc?.country, 'PHL');
});
