import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayOf, labelOf, squash, unsquash } from './labels.ts';

test('display rounds |S| to 0.1 away from zero and never shows −0', () => {
  assert.equal(displayOf(2.96), 3);
  assert.equal(displayOf(2.94), 2.9);
  assert.equal(displayOf(0.05), 0.1);
  assert.equal(displayOf(-0.05), -0.1);
  assert.equal(displayOf(-5.96), -6);
  assert.ok(Object.is(displayOf(-0.04), 0));
  assert.ok(Object.is(displayOf(0), 0));
});

test('labels at every boundary belong to the level farther from zero', () => {
  const cases: [number, string, string][] = [
    [0, 'ordinary', 'low'],
    [0.9, 'ordinary', 'low'],
    [1, 'ordinary', 'mid'],
    [2, 'ordinary', 'high'],
    [2.9, 'ordinary', 'high'],
    [3, 'good', 'low'],
    [4, 'good', 'mid'],
    [5, 'good', 'high'],
    [5.9, 'good', 'high'],
    [6, 'friendly', 'low'],
    [7, 'friendly', 'mid'],
    [8, 'friendly', 'high'],
    [9, 'friendly', 'high'],
    [-0.1, 'bad', 'low'],
    [-1, 'bad', 'mid'],
    [-2.9, 'bad', 'high'],
    [-3, 'tense', 'low'],
    [-4.5, 'tense', 'mid'],
    [-5.9, 'tense', 'high'],
    [-6, 'hostile', 'low'],
    [-7, 'hostile', 'mid'],
    [-8.9, 'hostile', 'high'],
  ];
  for (const [display, level, sublevel] of cases) {
    assert.deepEqual(labelOf(display), { level, sublevel }, `display ${display}`);
  }
});

test('a score of −0.04 is shown as 0 and labelled ordinary-low', () => {
  assert.deepEqual(labelOf(displayOf(-0.04)), { level: 'ordinary', sublevel: 'low' });
});

test('squash and unsquash are inverse and bounded by the scale', () => {
  assert.equal(squash(0, 9), 0);
  assert.ok(Math.abs(unsquash(squash(3.7, 9), 9) - 3.7) < 1e-12);
  assert.ok(squash(100, 9) < 9 + 1e-12 && squash(100, 9) > 8.99);
  assert.ok(Math.abs(squash(9, 9) - 9 * Math.tanh(1)) < 1e-12);
});
