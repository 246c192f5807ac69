import { test } from 'node:test';
import { expectTimex, type Expect } from './test-util.ts';

// [text, dct, expected]: expressions relative to the DCT or to the previous expression.
const CASES: [string, string | null, Expect][] = [
  ['The minister spoke today.', '2017-05-22', { text: 'today', value: '2017-05-22' }],
  ['The minister spoke yesterday.', '2017-05-22', { text: 'yesterday', value: '2017-05-21' }],
  ['The envoy flies out tomorrow.', '2017-05-22', { text: 'tomorrow', value: '2017-05-23' }],
  ['Trade grew last year.', '2018-05-16', { text: 'last year', value: '2017' }],
  ['The council meets this week.', '2017-05-22', { text: 'this week', value: '2017-W21' }],
  ['Elections are due next month.', '2017-12-10', { text: 'next month', value: '2018-01' }],
  ['Prices rose this year.', '2017-02-17', { text: 'this year', value: '2017' }],
  ['The deal was announced last Friday.', '2017-05-22', { text: 'last Friday', value: '2017-05-19' }],
  ['The strike began three years ago.', '2017-05-22', { text: 'three years ago', value: '2014' }],
  ['The talks ended two days ago.', '2017-05-22', { text: 'two days ago', value: '2017-05-20' }],
  ['The truce began on May 10, 1940. Shelling resumed the next day.', null, { text: 'the next day', value: '1940-05-11' }],
  ['The fort fell on April 12, 1861. The capital was taken two days later.', '2009-12-19', { text: 'two days later', value: '1861-04-14' }],
  ['Profit rose earlier this year.', '2013-03-22', { text: 'earlier this year', value: '2013' }],
  ['Sales slowed in the first quarter.', '2013-08-10', { text: 'the first quarter', value: '2013-Q1' }],
  ['The troops will leave this summer.', '2013-03-22', { text: 'this summer', value: '2013-SU' }],
  ['Ministers spoke this afternoon.', '2017-05-22', { text: 'this afternoon', type: 'TIME', value: '2017-05-22TAF' }],
  ['The minister spoke today.', null, { text: 'today', value: 'XXXX-XX-XX', resolved: false }],
  ['The two signed the pact in October.', null, { text: 'October', value: 'XXXX-10', resolved: false }],
  ['The town fell in 1947. Late in the year the French attacked.', null, { text: 'Late in the year', value: '1947', mod: 'END' }],
  ['Stocks fell on Friday, then recovered later in the day.', '2010-05-08', { text: 'later in the day', value: '2010-05-07' }],
  ['The first blow failed; days later, the rebels struck again.', '2017-06-15', { text: 'days later', value: 'FUTURE_REF' }],
  ['Sales rose 43% in February compared with the same period last year.', '2010-03-03', { text: 'the same period last year', value: '2009-02' }],
  ['A price is due by June 10. If none is agreed by that time, the deal lapses.', '2011-05-29', { text: 'that time', value: '2011-06-10' }],
  ['The Allies landed on May 10, 1940. On that same day, the front broke.', null, { text: 'that same day', value: '1940-05-10' }],
  ['Costs fell to $118 billion in 2009, $19.8 billion less than the year previous.', '2010-01-28', { text: 'the year previous', value: '2008' }],
  ['The war began in June 1950. Seoul fell in 1950. Pyongyang fell on 19 October 1950. At month\'s end, the UN held 135,000 prisoners.', '2009-12-19', { text: "month's end", value: '1950-10' }],
  ['The Dow rebounded late in the day after falling 250 points.', '2007-08-10', { text: 'late in the day', value: '2007-08-10' }],
  ['Japan struck on December 7, 1941, and again in 1941 at Hong Kong. Germany had invaded Russia the previous year. In January, the Allies met.', null, { text: 'January', value: '1942-01' }],
  ['The firm lost $2.1 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.', '2006-01-27', { text: 'the entire year', value: '2005' }],
  ['The aide was hired in 1963. Vietnam at the time was a small worry.', '2009-12-19', { text: 'the time', value: '1963' }],
  ['The statue fell in 2003. In 2008 protesters burned an effigy where troops five years previously had toppled it.', null, { text: 'five years previously', value: '2003' }],
  ['Thompson surrendered on May 11, 1865, and the day following saw the last surrender.', null, { text: 'the day following', value: '1865-05-12' }],
  ['The war resumed in 1974. Hue fell on 10 March 1975. The coast would be exposed for a campaign planned in 1976. The defenders collapsed on 11 March.', null, { text: '11 March', value: '1975-03-11' }],
  // weekends: DCT 2017-02-17 is a Friday of ISO week 7 (its weekend: 18-19 February)
  ['Farmers plan a rally for the coming weekend.', '2017-02-17', { text: 'coming weekend', value: '2017-W07-WE' }],
  ['Farmers plan a rally for this coming weekend.', '2017-02-18', { text: 'this coming weekend', value: '2017-W07-WE' }],
  ['Farmers plan a rally for the upcoming weekend.', '2017-02-14', { text: 'upcoming weekend', value: '2017-W07-WE' }],
  // said on a Sunday, the weekend under way is no longer to come: the next one
  ['Farmers plan a rally for the coming weekend.', '2017-02-19', { text: 'coming weekend', value: '2017-W08-WE' }],
  ['Farmers plan a rally this weekend.', '2017-02-17', { text: 'this weekend', value: '2017-W07-WE' }],
  ['Farmers plan a rally this weekend.', '2017-02-19', { text: 'this weekend', value: '2017-W07-WE' }],
  // "next weekend" is the following ISO week's: on a Friday, "this weekend" is the one a day away;
  // said Monday to Thursday it is ambiguous (this week's or the one after), and we keep the week after
  ['Farmers plan a rally next weekend.', '2017-02-17', { text: 'next weekend', value: '2017-W08-WE' }],
  ['Farmers plan a rally next weekend.', '2017-02-14', { text: 'next weekend', value: '2017-W08-WE' }],
  ['Farmers rallied last weekend.', '2017-02-17', { text: 'last weekend', value: '2017-W06-WE' }],
];

for (const [text, dct, expect] of CASES) {
  test(`relative: ${text} (dct ${dct})`, () => {
    expectTimex(text, dct, expect);
  });
}
