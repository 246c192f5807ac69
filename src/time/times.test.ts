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
];

for (const [text, dct, expect] of CASES) {
  test(`times: ${text}`, () => {
    expectTimex(text, dct, expect);
  });
}
