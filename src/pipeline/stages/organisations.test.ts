import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeActors } from '../../actors/test-helpers.ts';

/** Organisations found in a text, as "text=COUNTRY/sector". */
function orgs(text: string): string[] {
  return analyzeActors(text, '2021-06-15')
    .actors.filter((a) => a.kind === 'organisation')
    .map((a) => `${a.text}=${a.country ?? '-'}/${a.sector}`);
}

const CASES: [string, string[]][] = [
  ['ASEAN and APEC leaders met in Manila.', ['ASEAN=-/international', 'APEC=-/international']],
  ['The Department of National Defense thanked Russia.', ['Department of National Defense=PHL/government']],
  ['Russia’s Federal Service for Military-Technical Cooperation signed it.', ['Federal Service for Military-Technical Cooperation=RUS/government']],
  ['Russia’s Federal Service for Mine Safety and the Philippine Bureau of Mines signed it.', ['Federal Service for Mine Safety=RUS/government', 'Bureau of Mines=PHL/government']],
  ['The Philippine Drug Enforcement Agency raided a warehouse.', ['Philippine Drug Enforcement Agency=PHL/police']],
  ['The Russian Security Council met.', ['Security Council=RUS/government']],
  ['The Asian Development Bank lent Manila money.', ['Asian Development Bank=-/international']],
  ['Officials of the Russian Coast Guard Department Frontier Service came.', ['Coast Guard Department Frontier Service=RUS/government']],
];

test('organisations: known by name, unseen by pattern, with country and sector', () => {
  for (const [text, expected] of CASES) assert.deepEqual(orgs(text), expected, text);
});
