import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundMonth, monthProblem, rangeProblem } from './month-range.ts';

test('a month is YYYY-MM or YYYY within 1800-01 … 2100-12', () => {
  assert.equal(monthProblem('2024-06'), null);
  assert.equal(monthProblem('2024'), null);
  assert.equal(monthProblem('1800-01'), null);
  assert.equal(monthProblem('2100-12'), null);
  assert.equal(monthProblem('0000-01'), '0000-01 is outside 1800-01 … 2100-12');
  assert.equal(monthProblem('1000'), '1000 is outside 1800-01 … 2100-12');
  assert.equal(monthProblem('9999-12'), '9999-12 is outside 1800-01 … 2100-12');
  assert.equal(monthProblem('1799-12'), '1799-12 is outside 1800-01 … 2100-12');
  assert.equal(monthProblem('2024-13'), '"2024-13" is not a month: use YYYY-MM (or YYYY)');
  assert.equal(monthProblem('2024-6'), '"2024-6" is not a month: use YYYY-MM (or YYYY)');
  assert.equal(monthProblem(''), '"" is not a month: use YYYY-MM (or YYYY)');
});

test('a range names the bound at fault; from may not follow to', () => {
  assert.equal(rangeProblem(undefined, undefined), null);
  assert.equal(rangeProblem('2020', '2020'), null);
  assert.equal(rangeProblem('2020-01', '2020-12'), null);
  assert.deepEqual(rangeProblem('2024-06', '2020-01'), {
    field: 'from',
    message: '2024-06 is after to 2020-01',
  });
  assert.deepEqual(rangeProblem('1000-01', '9999-12'), {
    field: 'from',
    message: '1000-01 is outside 1800-01 … 2100-12',
  });
  assert.deepEqual(rangeProblem('2020-01', '9999-12', { from: '--from', to: '--to' }), {
    field: '--to',
    message: '9999-12 is outside 1800-01 … 2100-12',
  });
  assert.equal(boundMonth('2020', 'from'), '2020-01');
  assert.equal(boundMonth('2020', 'to'), '2020-12');
  assert.equal(boundMonth('2020-05', 'to'), '2020-05');
});
