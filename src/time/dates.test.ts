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
  // a span of months lies in one year (the start's, chosen as usual), the next when it turns over
  ['Grain exports rose from January to June.', '2017-03-15', { text: 'June', value: '2017-06' }],
  ['Grain exports rose in January-June.', '2017-03-15', { text: 'June', value: '2017-06' }],
  ['Grain exports rose between March and May.', '2017-04-10', { text: 'May', value: '2017-05' }],
  ['The fishing ban runs from September through March.', '2017-08-01', { text: 'March', value: '2018-03' }],
  ['Grain exports rose from November to February.', '2017-09-15', { text: 'November', value: '2016-11' }],
  ['Grain exports rose from November to February.', '2017-09-15', { text: 'February', value: '2017-02' }],
  ['Grain exports rose from March 5 to June 7.', '2017-04-01', { text: 'June 7', value: '2017-06-07' }],
  ['Grain exports rose from January 2015 to June.', '2017-03-15', { text: 'June', value: '2015-06' }],
  // a narrative places a span that turns over the year around its anchor (March 1942 here)
  ['The war began in 1939. Rome fell in June 1940. The fleet sailed in March 1942. The rebels held the pass from October to March.', null, { text: 'October', value: '1941-10' }],
  ['The war began in 1939. Rome fell in June 1940. The fleet sailed in March 1942. The rebels held the pass from October to March.', null, { text: 'March', value: '1942-03' }],
  ['The war began in 1939. Rome fell in June 1940. The fleet sailed in December 1941. The rebels held the pass from November to February.', null, { text: 'February', value: '1942-02' }],
  // "and" closes a span only after "between": coordinated months keep their own years
  ['Grain exports rose in March and in May.', '2017-04-10', { text: 'May', value: '2016-05' }],
  // a weekday with a month and day but no year picks the year it fits (19 October 2018 is a Friday)
  ['The envoys met on Friday, Oct. 19.', '2017-06-15', { text: 'Friday, Oct. 19', value: '2018-10-19' }],
  ['The envoys met on Wednesday, Oct. 19.', '2017-06-15', { text: 'Wednesday, Oct. 19', value: '2016-10-19' }],
  ['The envoys meet on Wednesday 19 October.', '2017-06-15', { text: 'Wednesday 19 October', value: '2016-10-19' }],
  // the default year fits: kept
  ['The envoys met on Thursday, Oct. 19.', '2017-11-15', { text: 'Thursday, Oct. 19', value: '2017-10-19' }],
  // no year near the anchor fits (5 March is a Tuesday in 2019 only): the default is kept
  ['The envoys met on Tuesday, March 5.', '2017-06-15', { text: 'Tuesday, March 5', value: '2017-03-05' }],
  // a written year is kept even when the weekday does not fit it
  ['The envoys met on Friday, Oct. 19, 2017.', '2017-06-15', { text: 'Friday, Oct. 19, 2017', value: '2017-10-19' }],
];

for (const [text, dct, expect] of CASES) {
  test(`dates: ${text}`, () => {
    expectTimex(text, dct, expect);
  });
}
