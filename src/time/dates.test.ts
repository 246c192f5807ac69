import { test } from 'node:test';
import { expectTimex, type Expect } from './test-util.ts';

// [text, dct, expected]: absolute and partly specified dates (data/time/dates.yaml).
const CASES: [string, string | null, Expect][] = [
  ['The treaty was signed on June 2, 1976 in Vienna.', '2018-05-16', { text: 'June 2, 1976', type: 'DATE', value: '1976-06-02' }],
  ['Talks opened on Friday, February 17, 2017.', null, { text: 'Friday, February 17, 2017', value: '2017-02-17' }],
  ['The accord dates from 2 June 1976.', null, { text: '2 June 1976', value: '1976-06-02' }],
  ['Figures for November 2016 were revised.', null, { text: 'November 2016', value: '2016-11' }],
  ['Ministers met in Sept. 2012 and again later.', null, { text: 'Sept. 2012', value: '2012-09' }],
  ['The plan was drafted in 2017.', null, { text: '2017', value: '2017', resolved: true }],
  ['The file is dated 2013-03-22.', null, { text: '2013-03-22', value: '2013-03-22' }],
  ['The memo of 3/22/2013 leaked.', null, { text: '3/22/2013', value: '2013-03-22' }],
  ['In October, the two signed ten deals.', '2018-05-16', { text: 'October', value: '2017-10' }],
  ['The minister is scheduled to visit Ruritania in May.', '2017-02-18', { text: 'May', value: '2017-05' }],
  ['The minister will visit Ruritania in January.', '2017-02-18', { text: 'January', value: '2018-01' }],
  ['Exports: the figures for November.', '2017-02-18', { text: 'November', value: '2016-11' }],
  ['Trade rose in May last year.', '2019-09-05', { text: 'May last year', value: '2018-05' }],
  ['The two signed a pact on Thursday.', '2017-02-18', { text: 'Thursday', value: '2017-02-16' }],
  ['A vote will be held on Tuesday.', '2017-05-22', { text: 'Tuesday', value: '2017-05-23' }],
  ['The envoy arrived on February 16.', '2017-02-18', { text: 'February 16', value: '2017-02-16' }],
  ['Output grew in the 1990s.', null, { text: 'the 1990s', value: '199' }],
  ['Borders were drawn in the 19th century.', null, { text: 'the 19th century', value: '18' }],
  ['Sales fell in the fourth quarter of 2012.', null, { text: 'the fourth quarter of 2012', value: '2012-Q4' }],
  ['Exports rose in fiscal 2013.', null, { text: 'fiscal 2013', value: 'FY2013' }],
  ['Fighting resumed in summer 2012.', null, { text: 'summer 2012', value: '2012-SU' }],
  ['The army withdrew in early December.', '2018-05-16', { text: 'early December', value: '2017-12', mod: 'START' }],
  ['Prices peaked in mid-2011.', null, { text: 'mid-2011', value: '2011', mod: 'MID' }],
  ['The base opens mid this year.', '2017-02-17', { text: 'mid this year', value: '2017', mod: 'MID' }],
  ['The siege ended in late September 1939.', null, { text: 'late September 1939', value: '1939-09', mod: 'END' }],
];

for (const [text, dct, expect] of CASES) {
  test(`dates: ${text}`, () => {
    expectTimex(text, dct, expect);
  });
}
