import { test } from 'node:test';
import { expectTimex, type Expect } from './test-util.ts';

// [text, dct, expected]: clock times and parts of day (data/time/times.yaml, relative.yaml).
const CASES: [string, string, Expect][] = [
  ['The envoys met on Thursday night.', '2017-02-17', { text: 'Thursday night', type: 'TIME', value: '2017-02-16TNI' }],
  ['The vote opens at 3 p.m. Friday.', '2017-02-15', { text: '3 p.m. Friday', type: 'TIME', value: '2017-02-17T15:00' }],
  ['The ceasefire began at 14:30 GMT.', '2017-02-15', { text: '14:30 GMT', value: '2017-02-15T14:30Z' }],
  ['Shelling stopped at noon.', '2017-02-15', { text: 'noon', value: '2017-02-15T12:00' }],
  ['The rebels attacked yesterday morning.', '2017-02-15', { text: 'yesterday morning', value: '2017-02-14TMO' }],
  ['Parliament votes tonight.', '2017-02-15', { text: 'tonight', value: '2017-02-15TNI' }],
  ['The columns moved only at night.', '2017-02-15', { text: 'night', type: 'TIME', value: 'XXXX-XX-XXTNI' }],
  ['Air patrols halted most daytime traffic.', '2017-02-15', { text: 'daytime', value: 'XXXX-XX-XXTDT' }],
  ['The camouflage was in place by 05:30hrs.', '2017-02-15', { text: '05:30hrs', value: '2017-02-15T05:30' }],
  ['The commander ordered a ceasefire at 5:30PM.', '2017-02-15', { text: '5:30PM', value: '2017-02-15T17:30' }],
  ['The jet made its first flight Tuesday in Everett, Washington at 18:00 UTC.', '2009-12-16', { text: '18:00 UTC', value: '2009-12-15T18:00Z' }],
  ['Trading halts at noon GMT.', '2017-02-15', { text: 'noon GMT', value: '2017-02-15T12:00Z' }],
];

for (const [text, dct, expect] of CASES) {
  test(`times: ${text}`, () => {
    expectTimex(text, dct, expect);
  });
}
