import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateline } from './dateline.ts';

test('a news dateline with a full date is the publication date', () => {
  assert.equal(
    findDateline('Tashkent, 22 August 2024 — The presidents of Kazakhstan and Uzbekistan met.'),
    '2024-08-22',
  );
  assert.equal(
    findDateline('BAKU, August 8, 2025 (Reuters) - Azerbaijan and Armenia committed to peace.'),
    '2025-08-08',
  );
});

test('"Published:" and "Updated" lines are read; the first one wins', () => {
  assert.equal(
    findDateline('Kazakh, Uzbek leaders talk\nPublished: 20 November 2012\n\nText.'),
    '2012-11-20',
  );
  assert.equal(findDateline('Updated 2024-08-22 10:15\nPublished: 21 August 2024\nText.'), '2024-08-22');
});

test('a dateline without its year gives no publication date (never invented)', () => {
  assert.equal(
    findDateline('BAKU, Aug 8 (Reuters) - Azerbaijan said on Wednesday it had summoned the envoy.'),
    undefined,
  );
  assert.equal(
    findDateline('TASHKENT. November 20. KAZINFORM Presidents exchanged congratulations.'),
    undefined,
  );
});

test('an ordinary first sentence is no dateline', () => {
  assert.equal(
    findDateline('On 22 August 2024, Kazakhstan and Uzbekistan signed a treaty in Tashkent.'),
    undefined,
  );
  assert.equal(findDateline(''), undefined);
});
