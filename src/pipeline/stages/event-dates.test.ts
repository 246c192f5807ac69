import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, eventsOf, type TimexSpec } from '../../../test/fixtures/event-doc.ts';

/** [text, published, timexes, trigger, value, precision, basis] */
const CASES: [string, string | undefined, TimexSpec[], string, string | null, string | null, string][] = [
  ['Arnor signed a treaty with Gondor on June 2, 1976.', '2018-05-16', [{ text: 'June 2, 1976', value: '1976-06-02' }], 'signed', '1976-06-02', 'day', 'timex'],
  ['Arnor signed a treaty with Gondor in 2017.', '2018-05-16', [{ text: '2017', value: '2017' }], 'signed', '2017', 'year', 'timex'],
  ['Arnor signed a treaty with Gondor.', '2018-05-16', [], 'signed', '2018-05-16', 'day', 'published'],
  ['Arnor signed a treaty with Gondor.', undefined, [], 'signed', null, null, 'none'],
  // a past event named by a month without a year lies before the report
  ['In October, Arnor and Gondor signed a pact.', '2018-05-16', [{ text: 'October', value: '2018-10' }], 'signed', '2017-10', 'month', 'timex'],
  // the "when" clause dates its main clause
  ['Elessar invited Eomer to Minas Tirith when they met in November 2016.', '2017-02-17', [{ text: 'November 2016', value: '2016-11' }], 'invited', '2016-11', 'month', 'sentence'],
  // a reporting verb's date is the statement's, not the reported fact's
  ['Halbarad said Friday the meeting between Arnor and Gondor covered trade.', '2017-02-18', [{ text: 'Friday', value: '2017-02-17' }], 'meeting', '2017-02-18', 'day', 'published'],
  // ... but it dates a plan as of the statement
  ['Arnor said on Wednesday that it will supply Rohan with rifles.', '2019-09-05', [{ text: 'Wednesday', value: '2019-09-04' }], 'supply', '2019-09-04', 'day', 'sentence'],
  // a past event with no date of its own takes the date of the sentence before, in its paragraph
  ['Harad attacked Rohan on June 3. Rohan expelled three diplomats from Harad.', '2020-07-01', [{ text: 'June 3', value: '2020-06-03' }], 'expelled', '2020-06-03', 'day', 'paragraph'],
  ['Harad attacked Rohan on June 3.\n\nRohan expelled three diplomats from Harad.', '2020-07-01', [{ text: 'June 3', value: '2020-06-03' }], 'expelled', '2020-07-01', 'day', 'published'],
  // a vague past reference gives the year of the report
  ['Recently, Elessar met Eomer.', '2019-09-05', [{ text: 'Recently', value: 'PAST_REF' }], 'met', '2019', 'year', 'timex'],
  // "a year after": the duration dates the subordinate clause from the report
  ['Halbarad is back in Gondor, a year after Arnor and Gondor signed ten deals.', '2018-05-16', [{ text: 'a year', value: 'P1Y', type: 'DURATION' }], 'signed', '2017', 'year', 'timex'],
];

test('event dates: own time expression, inherited, publication date, at their precision', () => {
  const failures: string[] = [];
  for (const [text, published, timexes, trigger, value, precision, basis] of CASES) {
    const ev = eventsOf(text, { published, timexes }).find((e) => e.text === trigger);
    if (!ev) failures.push(`${text}: no event on "${trigger}"`);
    else if (ev.date.value !== value || ev.date.precision !== precision || ev.date.basis !== basis) failures.push(`${text}: ${brief(ev)} ${ev.date.precision} ${ev.date.basis}`);
  }
  assert.deepEqual(failures, []);
});

test('an event dated after its report by its own time expression is planned', () => {
  const ev = eventsOf('Elessar meets Eomer in Edoras on March 20.', { published: '2020-03-10', timexes: [{ text: 'March 20', value: '2020-03-20' }] })[0];
  assert.equal(ev.status, 'planned');
  assert.equal(ev.cue?.producedBy, 'rule:cue.planned.future-date');
});

test('a repeated mention takes the date of the dated mention of the same event', () => {
  const text = 'Arnor and Gondor met in Edoras on Thursday.\n\nThe meeting between Arnor and Gondor covered trade.';
  const events = eventsOf(text, { published: '2017-02-18', timexes: [{ text: 'Thursday', value: '2017-02-16' }] });
  const later = events.find((e) => e.text === 'meeting');
  assert.equal(later?.date.value, '2017-02-16');
  assert.equal(later?.date.basis, 'coreference');
});
