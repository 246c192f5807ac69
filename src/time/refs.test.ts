import { test } from 'node:test';
import { expectTimex, type Expect } from './test-util.ts';

// [text, expected]: vague references to the present, past and future (data/time/refs.yaml).
const CASES: [string, Expect][] = [
  ['We are now living in a new world.', { text: 'now', value: 'PRESENT_REF' }],
  ['At the moment, no talks are planned.', { text: 'At the moment', value: 'PRESENT_REF' }],
  ['The plant is currently closed.', { text: 'currently', value: 'PRESENT_REF' }],
  ['Recently, the two navies trained together.', { text: 'Recently', value: 'PAST_REF' }],
  ['In recent years the trade grew.', { text: 'recent years', type: 'DURATION', value: 'PXY' }],
  ['Talks may resume in the near future.', { text: 'the near future', value: 'FUTURE_REF' }],
  ['It was the largest operation to date.', { text: 'date', value: 'PRESENT_REF' }],
  ['The rebels were stopped near present-day Ondo.', { text: 'present-day', value: 'PRESENT_REF' }],
  ['Prospects for growth in the near term appear good.', { text: 'the near term', value: 'FUTURE_REF' }],
];

for (const [text, expect] of CASES) {
  test(`refs: ${text}`, () => {
    expectTimex(text, '2017-06-15', expect);
  });
}
