import { test } from 'node:test';
import { expectNoTimexOn, expectTimex, type Expect } from './test-util.ts';

// [text, dct, expected]: TimeML TIMEX3 conventions for news text (TimeML Annotation Guidelines
// v1.2.1, TempEval-3): halves of the year, fractional durations, sets with a count, mods on times.
const CASES: [string, string, Expect][] = [
  ['Exports slowed in the second half of the year.', '2013-10-02', { text: 'the second half of the year', type: 'DATE', value: '2013-H2' }],
  ['The miner expects first-half output to fall.', '2013-10-02', { text: 'first-half', value: '2013-H1' }],
  ["Margins narrowed in the year's first half.", '2013-10-02', { text: "the year's first half", value: '2013-H1' }],
  ['Orders dipped in the first half of last year.', '2013-10-02', { text: 'the first half of last year', value: '2012-H1' }],
  ['Losses widened in the second half.', '2013-03-22', { text: 'the second half', value: '2012-H2' }],
  ['Orders should recover in the second half.', '2013-03-22', { text: 'the second half', value: '2013-H2' }],
  ['The hearing was adjourned for half an hour.', '2013-03-22', { text: 'half an hour', type: 'DURATION', value: 'PT30M' }],
  ['The vote took an hour and a half.', '2013-03-22', { text: 'an hour and a half', value: 'PT1.5H' }],
  ['The probe ran for a year and a half.', '2013-03-22', { text: 'a year and a half', value: 'P1.5Y' }],
  ['The index is rebalanced every three months.', '2013-03-22', { text: 'every three months', type: 'SET', value: 'P3M' }],
  ['The treaty is reviewed every two years.', '2013-03-22', { text: 'every two years', type: 'SET', value: 'P2Y' }],
  ['The street market opens on Saturday mornings.', '2013-03-22', { text: 'on Saturday mornings', type: 'SET', value: 'XXXX-WXX-6TMO' }],
  ['The blast was heard at about 6 p.m.', '2013-03-22', { text: 'about 6 p.m.', type: 'TIME', value: '2013-03-22T18:00', mod: 'APPROX' }],
  ['Output rose at a yearly pace of 2%, the past three years.', '2013-03-22', { text: 'the past three years', type: 'DURATION', value: 'P3Y' }],
  ['Trading halted at 4 p.m. EST.', '2013-03-22', { text: '4 p.m. EST', type: 'TIME', value: '2013-03-22T16:00-05' }],
  ['The polls closed at 21:00 GMT.', '2013-03-22', { text: '21:00 GMT', value: '2013-03-22T21:00Z' }],
  ['The chain sees a loss in its fiscal second quarter.', '2013-03-22', { text: 'fiscal second quarter', value: 'FY2013-Q2' }],
  ['The utility raised its forecast for the current fiscal year.', '2013-03-22', { text: 'the current fiscal year', value: 'FY2013' }],
  ['Freight volumes should improve in the weeks ahead.', '2013-03-22', { text: 'the weeks ahead', type: 'DURATION', value: 'PXW' }],
  ['The line should reopen in the autumn of next year.', '2013-03-22', { text: 'the autumn of next year', value: '2014-FA' }],
  ['Refinery margins were thin in the July-September quarter.', '2013-03-22', { text: 'the July-September quarter', value: '2012-Q3' }],
  ['The hotline is staffed 24 hours a day.', '2013-03-22', { text: 'a day', type: 'SET', value: 'P1D' }],
  ['The blockade lasted nearly three weeks.', '2013-03-22', { text: 'nearly three weeks', value: 'P3W', mod: 'LESS_THAN' }],
  ['The recount took almost an hour.', '2013-03-22', { text: 'almost an hour', value: 'PT1H', mod: 'LESS_THAN' }],
  ['The standoff lasted just over a month.', '2013-03-22', { text: 'just over a month', value: 'P1M', mod: 'MORE_THAN' }],
  ['Visas are valid for no less than six months.', '2013-03-22', { text: 'no less than six months', value: 'P6M', mod: 'EQUAL_OR_MORE' }],
  ['The mill closed nearly a year ago.', '2013-03-22', { text: 'nearly a year ago', value: '2012', mod: 'APPROX' }],
  ['The merger should close by year end.', '2013-03-22', { text: 'year end', value: '2013', mod: 'END' }],
  ['Orders usually slacken at midyear.', '2013-03-22', { text: 'midyear', value: '2013', mod: 'MID' }],
  ['The carrier returned to profit in the 2012 fiscal year.', '2013-03-22', { text: 'the 2012 fiscal year', value: 'FY2012' }],
  ['Two ferries collided over the past weekend.', '2013-03-22', { text: 'the past weekend', type: 'DATE', value: '2013-W11-WE' }],
  ['Hiring picked up this week.', '2013-03-22', { text: 'this week', value: '2013-W12' }],
  ['Rents climbed in the 1990s.', '2013-03-22', { text: 'the 1990s', value: '199' }],
  ['The press is changing in the 21st century.', '2013-03-22', { text: 'the 21st century', value: '20' }],
  ['Revenue for fiscal 2012 fell.', '2013-03-22', { text: 'fiscal 2012', value: 'FY2012' }],
  ['Margins shrank in the second quarter of fiscal 2012.', '2013-03-22', { text: 'the second quarter of fiscal 2012', value: 'FY2012-Q2' }],
  ['Earnings beat the same quarter a year earlier.', '2013-03-22', { text: 'the same quarter a year earlier', value: '2012-Q1' }],
  ['Exports grew in the third quarter, up on the same quarter last year.', '2013-03-22', { text: 'the same quarter last year', value: '2011-Q3' }],
];

for (const [text, dct, expect] of CASES) {
  test(`guidelines: ${text} (dct ${dct})`, () => {
    expectTimex(text, dct, expect);
  });
}

test('guidelines: "at this time of year" is not the present', () => {
  expectNoTimexOn('Heating bills climb at this time of year.', 'at this time');
});
