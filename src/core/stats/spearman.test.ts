import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pearson, ranks, spearman } from './spearman.ts';

test('ranks: ties share the mean of their ranks', () => {
  assert.deepEqual(ranks([10, 20, 20, 5]), [2, 3.5, 3.5, 1]);
  assert.deepEqual(ranks([]), []);
});

test('spearman: 1 for any increasing relation, −1 for decreasing, the textbook value with ties', () => {
  assert.equal(spearman([1, 2, 3, 4], [1, 8, 27, 64]), 1);
  assert.equal(spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1);
  // x ranks 1..5, y ranks [1.5, 1.5, 3, 5, 4]: Pearson of the ranks.
  assert.ok(Math.abs(spearman([1, 2, 3, 4, 5], [2, 2, 3, 9, 4]) - 0.8720815992723809) < 1e-12);
  assert.ok(Number.isNaN(spearman([1, 1, 1], [1, 2, 3])));
  assert.throws(() => pearson([1, 2], [1]), /differ in length: 2 and 1/);
});
