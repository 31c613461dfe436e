import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compareDates,
  earliestMonth,
  firstDay,
  lastDay,
  monthIndex,
  monthOfDate,
  monthString,
  partialDate,
  partialDateProblem,
  precisionOf,
  validMonthIndex,
} from './partial-date.ts';

test('valid partial dates at each precision', () => {
  assert.deepEqual(partialDate('1995-10-02'), { date: '1995-10-02', precision: 'day' });
  assert.deepEqual(partialDate('1997-06'), { date: '1997-06', precision: 'month' });
  assert.deepEqual(partialDate('1996'), { date: '1996', precision: 'year' });
  assert.deepEqual(partialDate('2019-10-14', '2019-10-15'), {
    date: '2019-10-14',
    end: '2019-10-15',
    precision: 'day',
  });
  assert.deepEqual(partialDate('2023-08', '2023-08'), { date: '2023-08', precision: 'month' });
});

test('impossible dates are refused with the reason', () => {
  assert.equal(partialDateProblem('2023-13-01'), 'month 13 is not between 01 and 12');
  assert.equal(partialDateProblem('2023-02-29'), 'day 29 does not exist in 2023-02');
  assert.equal(partialDateProblem('2024-02-29'), null);
  assert.equal(partialDateProblem('2023-00'), 'month 00 is not between 01 and 12');
  assert.equal(
    partialDateProblem('23-01-01'),
    '"23-01-01" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
  );
  assert.equal(partialDateProblem('0999'), 'year 999 is out of range');
  assert.throws(() => partialDate('2023-05-02', '2023-05-01'), /end 2023-05-01 is before start 2023-05-02/);
});

test('ordering, precision, month indices and day bounds', () => {
  assert.deepEqual(['2023-01-01', '2023', '2022-12', '2023-01'].sort(compareDates), [
    '2022-12',
    '2023',
    '2023-01',
    '2023-01-01',
  ]);
  assert.equal(precisionOf('2023'), 'year');
  assert.equal(precisionOf('2023-08'), 'month');
  assert.equal(precisionOf('2023-08-22'), 'day');
  assert.equal(monthIndex('2023-08-22'), 2023 * 12 + 7);
  assert.equal(monthIndex('2023'), 2023 * 12);
  assert.equal(monthString(2023 * 12 + 7), '2023-08');
  assert.equal(monthString(monthIndex('1995-10')), '1995-10');
  assert.equal(lastDay('2024-02'), '2024-02-29');
  assert.equal(lastDay('2023'), '2023-12-31');
  assert.equal(firstDay('2023-08'), '2023-08-01');
  assert.equal(firstDay('2023-08-22'), '2023-08-22');
});

test('validMonthIndex accepts exactly the valid partial dates', () => {
  assert.equal(validMonthIndex('2024-02-29'), 2024 * 12 + 1);
  assert.equal(validMonthIndex('1996'), 1996 * 12);
  assert.equal(validMonthIndex('1997-06'), 1997 * 12 + 5);
  for (const bad of [
    '2023-02-29',
    '1900-02-29',
    '2023-13',
    '2023-00',
    '0999',
    '2023-1-01',
    '2023/01',
    '20230101',
    '',
  ])
    assert.equal(validMonthIndex(bad), -1, bad);
  assert.equal(validMonthIndex('2000-02-29'), 2000 * 12 + 1);
});

test('monthOfDate and earliestMonth: a bare year counts from January, any precision compares', () => {
  assert.equal(monthOfDate('1996'), '1996-01');
  assert.equal(monthOfDate('2023-08-22'), '2023-08');
  assert.equal(earliestMonth(['2004-03-23', '1996', '1995-10-02']), '1995-10');
  assert.equal(earliestMonth(['1996-05', '1996']), '1996-01');
  assert.equal(earliestMonth([]), undefined);
});
