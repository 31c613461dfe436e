import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endDateExclusive, rangeSql, startDate } from './lake-range.ts';

test('bounds of years, months and days', () => {
  assert.equal(startDate('2019'), '2019-01-01');
  assert.equal(startDate('2019-10'), '2019-10-01');
  assert.equal(startDate('2019-10-24'), '2019-10-24');
  assert.equal(endDateExclusive('2019'), '2020-01-01');
  assert.equal(endDateExclusive('2019-12'), '2020-01-01');
  assert.equal(endDateExclusive('2019-02-28'), '2019-03-01');
  assert.equal(rangeSql({}), 'true');
  assert.equal(
    rangeSql({ from: '2019-10', to: '2019-10' }),
    "event_date >= DATE '2019-10-01' AND event_date < DATE '2019-11-01'",
  );
});

test('a malformed bound is refused with its name', () => {
  assert.throws(
    () => rangeSql({ from: "2019'; DROP" }),
    /^RangeError: from: "2019'; DROP" is not YYYY, YYYY-MM or YYYY-MM-DD$/,
  );
  assert.throws(() => endDateExclusive('24/10/2019'), /^RangeError: to: /);
});
