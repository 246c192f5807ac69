import { test } from 'node:test';
import { expectTimex, type Expect } from './test-util.ts';

// [text, expected]: recurring times (data/time/sets.yaml).
const CASES: [string, Expect][] = [
  ['The summit is held every year.', { text: 'every year', type: 'SET', value: 'P1Y' }],
  ['The index is published monthly.', { text: 'monthly', type: 'SET', value: 'P1M' }],
  ['The envoys meet every Monday.', { text: 'every Monday', value: 'XXXX-WXX-1' }],
  ['The border post closes on Sundays.', { text: 'on Sundays', value: 'XXXX-WXX-7' }],
  ['The council sits twice a year.', { text: 'twice a year', value: 'P1Y' }],
  ['The annual report came out.', { text: 'annual', value: 'P1Y' }],
];

for (const [text, expect] of CASES) {
  test(`sets: ${text}`, () => {
    expectTimex(text, '2017-06-15', expect);
  });
}
