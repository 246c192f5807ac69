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
  ['The army would be home by Christmas 1963.', null, { text: 'Christmas 1963', value: '1963-12-25' }],
  ['Shops close on Thanksgiving.', '2017-11-20', { text: 'Thanksgiving', value: '2017-11-23' }],
  ['The rising began on Easter Monday.', '2016-05-02', { text: 'Easter Monday', value: '2016-03-28' }],
  ['The Allies lost heavily throughout 1915-17.', null, { text: '17', value: '1917' }],
  ['The crisis of 1995-96 raised tensions.', null, { text: '96', value: '1996' }],
  ['From 15 to 22 February, the rebels attacked.', '2017-06-15', { text: '15', value: '2017-02-15' }],
  ['The battle was fought on 6-7 January 1916.', null, { text: '6', value: '1916-01-06' }],
  ['The battle raged on April 6-7.', '2017-06-15', { text: '7', value: '2017-04-07' }],
  ['Talks were held between March 5-9, 1918 in Bucharest.', null, { text: '9, 1918', value: '1918-03-09' }],
  ['Stocks fell to their lowest level since \'82.', '2008-10-27', { text: "'82", value: '1982' }],
  ['Throughout the 470s BC, the League campaigned in Thrace.', null, { text: 'the 470s BC', value: 'BC047' }],
  ['The city was founded in the 9th century BC.', null, { text: 'the 9th century BC', value: 'BC08' }],
  ['The armies met at Tannenberg in August and September 1914.', '2009-12-19', { text: 'August', value: '1914-08' }],
  ['The pullback ran from November 15 to February 15, 1989.', null, { text: 'November 15', value: '1988-11-15' }],
  ['The crisis began on August 23, 1958 and ended in November of the same year.', null, { text: 'November of the same year', value: '1958-11' }],
  ['The war began in 1920. In August 1920 the army advanced. A cavalry battle unseen since 1813 was fought. On 12 October, a truce was signed.', null, { text: '12 October', value: '1920-10-12' }],
  ['Car sales rebounded in the last week of March 2009.', null, { text: 'the last week of March 2009', value: '2009-W13' }],
  ['On June 20 of 1792, armed women marched.', null, { text: 'June 20 of 1792', value: '1792-06-20' }],
  ['After the failure of their 1982 summer offensives, Iran regrouped.', null, { text: '1982 summer', value: '1982-SU' }],
  ['In July Danish Prime Minister Rasmussen announced a pullout.', '2007-08-15', { text: 'July', value: '2007-07' }],
];

for (const [text, dct, expect] of CASES) {
  test(`dates: ${text}`, () => {
    expectTimex(text, dct, expect);
  });
}
