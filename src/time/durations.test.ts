import { test } from 'node:test';
import { expectTimex, type Expect } from './test-util.ts';

// [text, expected]: durations, with modifiers and vague quantities (data/time/durations.yaml).
const CASES: [string, Expect][] = [
  ['The truce lasted 3 days.', { text: '3 days', type: 'DURATION', value: 'P3D' }],
  ['The minister made a two-day visit.', { text: 'two-day', value: 'P2D' }],
  ['The two have been allies for more than 40 years.', { text: 'more than 40 years', value: 'P40Y', mod: 'MORE_THAN' }],
  ['The rift lasted a decade.', { text: 'a decade', value: 'P10Y' }],
  ['The talks took several years.', { text: 'several years', value: 'PXY' }],
  ['Inflation doubled over the past three years.', { text: 'the past three years', value: 'P3Y' }],
  ['The blockade lasted twenty-five days.', { text: 'twenty-five days', value: 'P25D' }],
  ['The pact expires in less than a week.', { text: 'less than a week', value: 'P1W', mod: 'LESS_THAN' }],
  ['The flight took 6 hours.', { text: '6 hours', value: 'PT6H' }],
  ['The dispute dragged on for months.', { text: 'months', value: 'PXM' }],
  ['The ban ran for about three weeks.', { text: 'about three weeks', value: 'P3W', mod: 'APPROX' }],
  ['The firm settled its decades-long dispute.', { text: 'decades-long', value: 'PXY' }],
  ['Japan entered recession after two consecutive quarters of decline.', { text: 'two consecutive quarters', value: 'P2Q' }],
  ['The garrison held out for over two and half years.', { text: 'over two and half years', value: 'P2.5Y', mod: 'MORE_THAN' }],
  ['It was the first coronation in 1,460 years.', { text: '1,460 years', value: 'P1460Y' }],
  ['The bankruptcy would take between 60 and 90 days.', { text: '60', value: 'P60D' }],
  ['The phrase has changed little in the intervening years.', { text: 'the intervening years', value: 'PXY' }],
];

for (const [text, expect] of CASES) {
  test(`durations: ${text}`, () => {
    expectTimex(text, '2017-06-15', expect);
  });
}
