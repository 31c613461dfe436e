import assert from 'node:assert/strict';
import { test } from 'node:test';
import { microAverage, rates, scoreEvents } from './score.ts';

const ev = (cls: string, date: string) => ({ dyad: ['AZE', 'UZB'], class: cls, date });

test('precision, recall and F1 of one text', () => {
  const gold = [
    ev('diplomatic_relations', '1995-10-02'),
    ev('embassy_opening', '1997-06'),
    ev('visit', '2022-06-21'),
  ];
  const extracted = [
    ev('diplomatic_relations', '1995-10-02'),
    ev('embassy_opening', '1997-06-01'),
    ev('praise', '2023'),
  ];
  assert.deepEqual(scoreEvents(gold, extracted), {
    gold: 3,
    extracted: 3,
    matched: 2,
    sameClass: 2,
    morePrecise: 1,
    coarser: 0,
    precision: 2 / 3,
    recall: 2 / 3,
    f1: 2 / 3,
  });
});

test('empty cases: nothing to find and nothing found is perfect; one side empty gives zeros', () => {
  const zero = { gold: 0, extracted: 0, matched: 0, sameClass: 0, morePrecise: 0, coarser: 0 };
  assert.deepEqual(rates(zero), { ...zero, precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(rates({ ...zero, gold: 4 }), { ...zero, gold: 4, precision: 0, recall: 0, f1: 0 });
  assert.deepEqual(rates({ ...zero, extracted: 2 }), {
    ...zero,
    extracted: 2,
    precision: 0,
    recall: 0,
    f1: 0,
  });
});

test('micro-average sums counts before dividing (not a mean of per-file rates)', () => {
  const a = { gold: 10, extracted: 10, matched: 9, sameClass: 8, morePrecise: 1, coarser: 0 };
  const b = { gold: 2, extracted: 4, matched: 0, sameClass: 0, morePrecise: 0, coarser: 1 };
  assert.deepEqual(microAverage([rates(a), rates(b)]), {
    gold: 12,
    extracted: 14,
    matched: 9,
    sameClass: 8,
    morePrecise: 1,
    coarser: 1,
    precision: 9 / 14,
    recall: 9 / 12,
    f1: (2 * (9 / 14) * (9 / 12)) / (9 / 14 + 9 / 12),
  });
  assert.deepEqual(microAverage([]), {
    gold: 0,
    extracted: 0,
    matched: 0,
    sameClass: 0,
    morePrecise: 0,
    coarser: 0,
    precision: 1,
    recall: 1,
    f1: 1,
  });
});
