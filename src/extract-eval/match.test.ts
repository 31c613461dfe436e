import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventsMatch, matchEvents } from './match.ts';

const gold = (cls: string, date: string, dyad: [string, string] = ['AZE', 'UZB']) => ({
  dyad,
  class: cls,
  date,
});

test('a more precise extracted date matches at the gold precision; a coarser one does not', () => {
  assert.equal(eventsMatch(gold('state_visit', '2023-08'), gold('state_visit', '2023-08-22')), true);
  assert.equal(eventsMatch(gold('state_visit', '2023'), gold('state_visit', '2023-08-22')), true);
  assert.equal(eventsMatch(gold('state_visit', '2023-08-22'), gold('state_visit', '2023-08')), false);
  assert.equal(eventsMatch(gold('state_visit', '2023-08'), gold('state_visit', '2023-09-01')), false);
  assert.equal(eventsMatch(gold('state_visit', '2023-08-22'), gold('state_visit', '2023-08-23')), false);
});

test('classes of one family match, other families do not, unknown classes never', () => {
  assert.equal(eventsMatch(gold('state_visit', '2022-06-21'), gold('visit', '2022-06-21')), true);
  assert.equal(eventsMatch(gold('mou', '2023-08'), gold('agreement', '2023-08')), true);
  assert.equal(eventsMatch(gold('visit', '2022-06-21'), gold('meeting', '2022-06-21')), false);
  assert.equal(eventsMatch(gold('visit', '2022-06-21'), gold('junket', '2022-06-21')), false);
  assert.equal(eventsMatch(gold('junket', '2022-06-21'), gold('junket', '2022-06-21')), false);
});

test('the pair is compared unordered; a different pair does not match', () => {
  assert.equal(
    eventsMatch(gold('phone_call', '2022-07-24'), gold('phone_call', '2022-07-24', ['UZB', 'AZE'])),
    true,
  );
  assert.equal(
    eventsMatch(gold('phone_call', '2022-07-24'), gold('phone_call', '2022-07-24', ['AZE', 'TUR'])),
    false,
  );
});

test('matching is one to one: two extracted events for one gold event leave one false positive', () => {
  const m = matchEvents([gold('mou', '2023-08')], [gold('mou', '2023-08-22'), gold('mou', '2023-08-22')]);
  assert.deepEqual(m, {
    pairs: [{ gold: 0, extracted: 0, sameClass: true, morePrecise: true }],
    unmatchedGold: [],
    unmatchedExtracted: [1],
    coarser: [],
  });
});

test('greedy order: the same class first, then the closest precision, then document order', () => {
  // Gold: a state visit and an agreement in August 2023. Extracted: an mou and an agreement (one family).
  // The agreement must take the agreement gold even though the mou comes first in the text.
  const g = [gold('state_visit', '2023-08'), gold('agreement', '2023-08'), gold('mou', '2023-08')];
  const e = [gold('mou', '2023-08-22'), gold('agreement', '2023-08'), gold('visit', '2023-08-22')];
  const m = matchEvents(g, e);
  assert.deepEqual(m.pairs, [
    { gold: 0, extracted: 2, sameClass: false, morePrecise: true },
    { gold: 1, extracted: 1, sameClass: true, morePrecise: false },
    { gold: 2, extracted: 0, sameClass: true, morePrecise: true },
  ]);
  assert.deepEqual(m.unmatchedGold, []);
  assert.deepEqual(m.unmatchedExtracted, []);
});

test('of two candidates the one at the gold precision is preferred over a finer one', () => {
  const m = matchEvents(
    [gold('message', '2023-09')],
    [gold('message', '2023-09-01'), gold('message', '2023-09')],
  );
  assert.deepEqual(m.pairs, [{ gold: 0, extracted: 1, sameClass: true, morePrecise: false }]);
  assert.deepEqual(m.unmatchedExtracted, [0]);
});

test('an event right but for a coarser date is a false positive reported as coarser', () => {
  const m = matchEvents(
    [gold('diplomatic_relations', '1995-10-02')],
    [gold('diplomatic_relations', '1995-10')],
  );
  assert.deepEqual(m, { pairs: [], unmatchedGold: [0], unmatchedExtracted: [0], coarser: [0] });
});

test('empty inputs', () => {
  assert.deepEqual(matchEvents([], []), {
    pairs: [],
    unmatchedGold: [],
    unmatchedExtracted: [],
    coarser: [],
  });
  assert.deepEqual(matchEvents([gold('visit', '2022')], []), {
    pairs: [],
    unmatchedGold: [0],
    unmatchedExtracted: [],
    coarser: [],
  });
  assert.deepEqual(matchEvents([], [gold('visit', '2022')]), {
    pairs: [],
    unmatchedGold: [],
    unmatchedExtracted: [0],
    coarser: [],
  });
});
