import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthIndex } from '../partial-date.ts';
import { AZE_UZB, makeEvent } from './fixtures.ts';
import { impulses } from './impulse.ts';
import { LevelInputError } from './input-error.ts';
import { LEVEL_PARAMS } from './params.ts';

const close = (a: number, b: number, what: string) =>
  assert.ok(Math.abs(a - b) < 1e-12, `${what}: ${a} vs ${b}`);

test('a = I·L·C: stated level, default levels, machine confidence cap', () => {
  const got = impulses(
    [
      makeEvent({ id: 'a', date: '2022-06-21', class: 'state_visit', confidence: 0.8 }),
      makeEvent({ id: 'b', date: '2022-06-03', class: 'meeting', actorLevel: 'minister', confidence: 1 }),
      makeEvent({
        id: 'c',
        date: '2022-07-01',
        class: 'meeting',
        provenance: 'gdelt',
        cameo: '040',
        confidence: 0.9,
      }),
      makeEvent({
        id: 'd',
        date: '2022-07-02',
        class: 'sanction',
        provenance: 'icews',
        cameo: '163',
        confidence: 0.7,
      }),
    ],
    AZE_UZB,
    LEVEL_PARAMS,
  );
  assert.deepEqual(
    got.map((r) => [r.event.id, r.month, r.until, r.halfLife, r.actorLevel]),
    [
      ['b', monthIndex('2022-06'), monthIndex('2022-06'), 6, 'minister'],
      ['a', monthIndex('2022-06'), monthIndex('2022-06'), 9, 'head'],
      ['c', monthIndex('2022-07'), monthIndex('2022-07'), 6, 'official'],
      ['d', monthIndex('2022-07'), Infinity, 18, 'head'],
    ],
  );
  close(got[0]!.a, 0.15 * 0.35, 'minister meeting');
  close(got[1]!.a, 0.4 * 0.8, 'state visit');
  close(got[2]!.a, 0.15 * 0.2 * 0.5, 'gdelt meeting: official level, C capped');
  close(got[3]!.a, -0.8 * 0.5, 'icews sanction, open-ended');
});

test('diminishing returns: one class in one month ranked by |I·L·C|, count takes several ranks', () => {
  const got = impulses(
    [
      makeEvent({ id: 'm1', date: '2022-06-21', class: 'mou', count: 15 }),
      makeEvent({ id: 'm2', date: '2022-06-22', class: 'mou', confidence: 0.5 }),
      makeEvent({ id: 'm3', date: '2022-06-25', class: 'mou' }),
      makeEvent({ id: 'x', date: '2022-07-01', class: 'mou' }),
    ],
    AZE_UZB,
    LEVEL_PARAMS,
  );
  let h15 = 0;
  for (let k = 1; k <= 15; k++) h15 += 1 / k;
  assert.deepEqual(
    got.map((r) => r.event.id),
    ['m1', 'm3', 'm2', 'x'],
  );
  close(got[0]!.a, 0.08 * h15, '15 memoranda count H(15) ≈ 3.32 documents');
  close(got[1]!.a, 0.08 / 16, 'rank 16');
  close(got[2]!.a, (0.08 * 0.5) / 17, 'rank 17, half confidence');
  close(got[3]!.a, 0.08, 'next month starts again at rank 1');
});

test('machine rows are de-duplicated by (CAMEO, day); curated rows never', () => {
  const g = { class: 'meeting', provenance: 'gdelt' as const, cameo: '040' };
  const got = impulses(
    [
      makeEvent({ id: 'g2', date: '2022-06-21', ...g, confidence: 0.4 }),
      makeEvent({ id: 'g1', date: '2022-06-21', ...g, confidence: 0.4 }),
      makeEvent({ id: 'g3', date: '2022-06-22', ...g, confidence: 0.4 }),
      makeEvent({ id: 'c1', date: '2022-06-21', class: 'meeting', cameo: '040' }),
      makeEvent({ id: 'c2', date: '2022-06-21', class: 'meeting', cameo: '040' }),
    ],
    AZE_UZB,
    LEVEL_PARAMS,
  );
  assert.deepEqual(got.map((r) => r.event.id).sort(), ['c1', 'c2', 'g1', 'g3']);
});

test('lasting states hold until their until month; bad input names the event and field', () => {
  const [r] = impulses(
    [makeEvent({ id: 'r', date: '2019-03-02', class: 'recall_ambassador', until: '2019-09' })],
    AZE_UZB,
    LEVEL_PARAMS,
  );
  assert.equal(r!.until, monthIndex('2019-09'));
  assert.throws(
    () => impulses([makeEvent({ id: 'bad', date: '2019-13-02', class: 'meeting' })], AZE_UZB, LEVEL_PARAMS),
    (e: unknown) =>
      e instanceof LevelInputError && e.message === 'event bad: date: month 13 is not between 01 and 12',
  );
  assert.throws(
    () => impulses([makeEvent({ id: 'k', date: '2019-01-02', class: 'hug' })], AZE_UZB, LEVEL_PARAMS),
    /event k: class "hug" has no impulse in rls-1\.0\.0/,
  );
  assert.throws(
    () => impulses([makeEvent({ id: 't', date: '2019-01-02', class: 'toString' })], AZE_UZB, LEVEL_PARAMS),
    /event t: class "toString" has no impulse/,
  );
  assert.throws(
    () =>
      impulses(
        [makeEvent({ id: 'l', date: '2019-01-02', class: 'meeting', actorLevel: 'king' as 'head' })],
        AZE_UZB,
        LEVEL_PARAMS,
      ),
    /event l: actorLevel "king" is not one of head, deputy, minister, official, sub/,
  );
  assert.throws(
    () =>
      impulses(
        [makeEvent({ id: 'o', date: '2019-01-02', class: 'meeting', dyad: ['ARM', 'AZE'] })],
        AZE_UZB,
        LEVEL_PARAMS,
      ),
    /event o: dyad ARM,AZE is not the pair computed \(AZE-UZB\)/,
  );
});
