import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveMention } from './resolve-date.ts';

const at = (month: number, day?: number) => ({ year: undefined, month, day, start: 0, end: 1 });

test('a day or month without a year, before any stated date: the one nearest the publication date', () => {
  // A report of 4 January 2016: "on 3 January" is the day before; "in December", last December.
  assert.deepEqual(resolveMention(at(1, 3), undefined, '2016-01-04'), {
    date: { date: '2016-01-03', precision: 'day' },
    approximate: false,
  });
  assert.deepEqual(resolveMention(at(12), undefined, '2016-01-04'), {
    date: { date: '2015-12', precision: 'month' },
    approximate: false,
  });
  // Up to two months ahead keeps the year (a plan: "to meet on 20 January"); later is last year's.
  assert.deepEqual(resolveMention(at(1, 20), undefined, '2016-01-04')?.date, {
    date: '2016-01-20',
    precision: 'day',
  });
  assert.deepEqual(resolveMention(at(3, 10), undefined, '2016-01-04')?.date, {
    date: '2015-03-10',
    precision: 'day',
  });
  // A date the text stated before decides the year; without a publication date nothing does.
  assert.deepEqual(resolveMention(at(1, 3), { date: '2014-11-20', precision: 'day' }, '2016-01-04')?.date, {
    date: '2014-01-03',
    precision: 'day',
  });
  assert.equal(resolveMention(at(1, 3), undefined, undefined), undefined);
});
