import { test } from 'node:test';
import { expectNoTimexOn } from './test-util.ts';

// [text, word]: look-alikes that must not become time expressions.
const CASES: [string, string][] = [
  ['Sun Microsystems shares rose sharply.', 'Sun'],
  ['The delegates sat down to talk.', 'sat'],
  ['May I add one more point?', 'May'],
  ['March on, said the general to his troops.', 'March'],
  ['The minister may visit the region.', 'may'],
  ['Protesters march through the capital.', 'march'],
  ['Shares closed at $3.625 on the exchange.', '3.625'],
  ['The company cut 1500 jobs.', '1500'],
  ['Prices fall when supply grows.', 'fall'],
  ['Theresa May spoke to reporters.', 'May'],
  ['About a quarter of the vote went to the opposition.', 'a quarter'],
  ['The second round of talks began.', 'second'],
  ['Wed to tradition, the party kept its name.', 'Wed'],
  ['The army deployed 2000 troops.', '2000'],
  ['Some 1,460 soldiers crossed the river.', '460'],
  ['Flight 2013 landed safely.', '2013'],
  ['The fall of the capital ended the war.', 'fall'],
  ['The current account deficit widened.', 'current'],
  ['Rebels held a march on the capital.', 'march'],
  ['The Sun newspaper reported the deal.', 'Sun'],
  ['April Glaspie met the president.', 'April'],
  ['The envoys met on February 31, 2017.', 'February 31'],
  ['He spoke against the now-cancelled lease.', 'now'],
  ['Apple unveiled its iLife \'11 software suite.', "'11"],
  ['The Russell 2000 Index dropped by four percent.', '2000'],
  ['The party won three quarters of the vote.', 'three quarters'],
  ['The figures were brought up to date.', 'date'],
  ['Sales grew on May 4 and 5 analysts said so.', '5 analysts'],
  ['The ledger covers 2013-03 only.', '03'],
  ['Mirabeau carried the day against the measure.', 'the day'],
  ['It was argued in some quarters that the sect was to blame.', 'some quarters'],
  ['Gangs butchered 1400 victims in the prisons.', '1400'],
  ['Citing Resolution 1483, the authority took control.', '1483'],
  ['The envoy met April Glaspie and Tom in Baghdad.', 'April'],
  ['Slaughter was 305,000 head versus 295,000 week ago.', '295,000 week'],
];

for (const [text, word] of CASES) {
  test(`negative: "${word}" in ${text}`, () => {
    expectNoTimexOn(text, word);
  });
}
