import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeActors } from '../../actors/test-helpers.ts';

/** Countries found in a text, as "text=CODE" (historical names add "/SUN"). */
function countries(text: string): string[] {
  return analyzeActors(text, '2020-03-04')
    .actors.filter((a) => a.kind === 'country')
    .map((a) => `${a.text}=${a.country}${a.historical ? `/${a.historical.code}` : ''}`);
}

const CASES: [string, string[]][] = [
  ['Manila and Moscow agreed to talk.', ['Manila=PHL', 'Moscow=RUS']],
  ['Malacañang welcomed the offer.', ['Malacañang=PHL']],
  ['Malacanang welcomed the offer.', ['Malacanang=PHL']],
  ['The Kremlin denied it.', ['The Kremlin=RUS']],
  ['The White House denied it.', ['The White House=USA']],
  ['Ties with the Union of Soviet Socialist Republics began in 1976.', ['the Union of Soviet Socialist Republics=RUS/SUN']],
  ['The USSR and the Soviet Union are one state.', ['USSR=RUS/SUN', 'the Soviet Union=RUS/SUN']],
  ['East German guards stood there.', ['East German=DEU/DDR']],
  ['The Russian Federation and Filipino workers.', ['The Russian Federation=RUS', 'Filipino=PHL']],
  ['A Philippine official and a Russian one.', ['Philippine=PHL', 'Russian=RUS']],
  ['The Philippines and the United States.', ['Philippines=PHL', 'the United States=USA']],
  ['The US and the U.S. and America.', ['US=USA', 'U.S.=USA', 'America=USA']],
  ['American and French diplomats, and a Dutch one.', ['American=USA', 'French=FRA', 'Dutch=NLD']],
  ['Papua New Guinea and Guinea signed.', ['Papua New Guinea=PNG', 'Guinea=GIN']],
  ['Niger and Nigeria met.', ['Niger=NER', 'Nigeria=NGA']],
  ['Congo and the Democratic Republic of the Congo met.', ['Congo=COG', 'the Democratic Republic of the Congo=COD']],
  ['South Korea and North Korea talked.', ['South Korea=KOR', 'North Korea=PRK']],
  ['Beijing, Washington and Tokyo reacted.', ['Beijing=CHN', 'Washington=USA', 'Tokyo=JPN']],
  ['Jordan and Israel signed a treaty.', ['Jordan=JOR', 'Israel=ISR']],
  ['The country’s National Security Council met in Moscow.', ['Moscow=RUS']],
  ['The Philippine Drug Enforcement Agency seized it.', ['Philippine=PHL']],
  ['Burma, now Myanmar, voted.', ['Burma=MMR', 'Myanmar=MMR']],
];

test('country recognition: names, adjectives, capitals, seats of government, historical names, look-alikes', () => {
  for (const [text, expected] of CASES) assert.deepEqual(countries(text), expected, text);
});
