import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, dateInterval, isCalendarValue, isoWeek, isoWeekday, upcomingUnit, weekMonday } from './calendar-math.ts';

test('ISO weeks and weekdays', () => {
  const cases: [{ y: number; m: number; d: number }, number, number, number][] = [
    [{ y: 2017, m: 5, d: 22 }, 2017, 21, 1],
    [{ y: 2013, m: 3, d: 22 }, 2013, 12, 5],
    [{ y: 2021, m: 1, d: 3 }, 2020, 53, 7],
    [{ y: 2018, m: 12, d: 31 }, 2019, 1, 1],
  ];
  for (const [day, year, week, weekday] of cases) {
    assert.deepEqual(isoWeek(day), { year, week }, JSON.stringify(day));
    assert.equal(isoWeekday(day), weekday, JSON.stringify(day));
  }
  assert.deepEqual(weekMonday(2017, 21), { y: 2017, m: 5, d: 22 });
});

test('isCalendarValue refuses impossible calendar points only', () => {
  const cases: [string, boolean][] = [
    ['2016-02-29', true],
    ['2017-02-31', false],
    ['2017-13', false],
    ['2017-W53', true],
    ['2017-Q2', true],
    ['10000', false],
    ['2017-02-16TNI', true],
    ['PAST_REF', true],
    ['XXXX-10', true],
  ];
  for (const [value, ok] of cases) assert.equal(isCalendarValue(value), ok, value);
  assert.equal(dateInterval('9999'), null);
});

test('addMonths clamps to the month length', () => {
  assert.deepEqual(addMonths({ y: 2016, m: 1, d: 31 }, 1), { y: 2016, m: 2, d: 29 });
  assert.deepEqual(addMonths({ y: 2017, m: 1, d: 15 }, -2), { y: 2016, m: 11, d: 15 });
});

test('dateInterval gives [start, end) at every precision', () => {
  const cases: [string, string | undefined, { start: string; end: string } | null][] = [
    ['2017-10-16', undefined, { start: '2017-10-16', end: '2017-10-17' }],
    ['2017-10', undefined, { start: '2017-10-01', end: '2017-11-01' }],
    ['2017', undefined, { start: '2017-01-01', end: '2018-01-01' }],
    ['2017-W21', undefined, { start: '2017-05-22', end: '2017-05-29' }],
    ['2017-W21-WE', undefined, { start: '2017-05-27', end: '2017-05-29' }],
    ['2017-Q2', undefined, { start: '2017-04-01', end: '2017-07-01' }],
    ['2012-SU', undefined, { start: '2012-06-01', end: '2012-09-01' }],
    ['199', undefined, { start: '1990-01-01', end: '2000-01-01' }],
    ['19', undefined, { start: '1900-01-01', end: '2000-01-01' }],
    ['2017', 'MID', { start: '2017-05-02', end: '2017-08-31' }],
    ['2017-02-16TNI', undefined, { start: '2017-02-16', end: '2017-02-17' }],
    ['PAST_REF', undefined, null],
    ['XXXX-10', undefined, null],
  ];
  for (const [value, mod, expected] of cases) assert.deepEqual(dateInterval(value, mod), expected, `${value} ${mod ?? ''}`);
});

test('upcomingUnit is the first unit that begins on or after the day', () => {
  // 2017-02-13 is a Monday, 2017-02-18 a Saturday (ISO week 7), 2020-12-27 a Sunday (ISO week 52 of 53)
  const cases: [{ y: number; m: number; d: number }, string, string][] = [
    [{ y: 2017, m: 2, d: 13 }, 'WE', '2017-W07-WE'],
    [{ y: 2017, m: 2, d: 18 }, 'WE', '2017-W07-WE'],
    [{ y: 2017, m: 2, d: 19 }, 'WE', '2017-W08-WE'],
    [{ y: 2020, m: 12, d: 27 }, 'WE', '2020-W53-WE'],
    [{ y: 2017, m: 2, d: 13 }, 'W', '2017-W07'],
    [{ y: 2017, m: 2, d: 14 }, 'W', '2017-W08'],
  ];
  for (const [day, unit, value] of cases) assert.equal(upcomingUnit(day, unit), value, `${JSON.stringify(day)} ${unit}`);
});
