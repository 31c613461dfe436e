import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthIndex } from '../partial-date.ts';
import { AZE_UZB, makeEvent } from './fixtures.ts';
import { type Impulse, impulses } from './impulse.ts';
import { LevelInputError } from './input-error.ts';
import { LEVEL_PARAMS } from './params.ts';

const close = (a: number, b: number, what: string) =>
  assert.ok(Math.abs(a - b) < 1e-12, `${what}: ${a} vs ${b}`);

test('a = I·L·C: stated level, default levels', () => {
  const got = impulses(
    [
      makeEvent({ id: 'a', date: '2022-06-21', class: 'state_visit', confidence: 0.8 }),
      makeEvent({ id: 'b', date: '2022-06-03', class: 'meeting', actorLevel: 'minister', confidence: 1 }),
      makeEvent({ id: 'd', date: '2022-07-02', class: 'sanction', confidence: 0.7 }),
    ],
    AZE_UZB,
    LEVEL_PARAMS,
  );
  assert.deepEqual(
    got.map((r) => [r.event.id, r.month, r.until, r.halfLife, r.actorLevel, r.contact]),
    [
      ['b', monthIndex('2022-06'), monthIndex('2022-06'), 6, 'minister', false],
      ['a', monthIndex('2022-06'), monthIndex('2022-06'), 9, 'head', true],
      ['d', monthIndex('2022-07'), Infinity, 18, 'head', false],
    ],
  );
  close(got[0]!.a, 0.15 * 0.35, 'minister meeting');
  close(got[1]!.a, 0.4 * 0.8, 'state visit');
  close(got[2]!.a, -0.8 * 0.7, 'sanction, open-ended');
});

/** A de-duplicated GDELT event as the lake gives it. */
const coded = (
  id: string,
  date: string,
  cameo: string,
  goldstein: number,
  corroboration = { sources: 1, articles: 1, stories: 0 },
  cls = 'armed_clash',
) =>
  makeEvent({
    id,
    date,
    class: cls,
    cameo,
    goldstein,
    provenance: 'gdelt',
    confidence: 0.25,
    reports: 1,
    corroboration,
  });

test('a single uncorroborated coded row moves nothing', () => {
  assert.deepEqual(impulses([coded('g1', '2019-10-23', '192', -9.5)], AZE_UZB, LEVEL_PARAMS), []);
  // Two rows on one day under different codes: still one report each, nothing corroborated.
  assert.deepEqual(
    impulses(
      [coded('g1', '2019-10-23', '192', -9.5), coded('g2', '2019-10-23', '190', -10)],
      AZE_UZB,
      LEVEL_PARAMS,
    ),
    [],
  );
});

test('corroborated coded events make one impulse per dyad-month: shrunk mean Goldstein', () => {
  const two = { sources: 2, articles: 2, stories: 0 };
  const three = { sources: 1, articles: 3, stories: 0 };
  const icews = { sources: 0, articles: 0, stories: 2 };
  const got = impulses(
    [
      coded('a', '2019-10-03', '190', -10, two),
      // Uncorroborated alone, but coded on two days of the month: both count.
      coded('d1', '2019-10-10', '042', 1.9, undefined, 'visit'),
      coded('d2', '2019-10-12', '042', 1.9, undefined, 'visit'),
      // Alone and uncorroborated: left out.
      coded('e', '2019-10-14', '036', 4, undefined, 'intent'),
      coded('b', '2019-11-05', '173', -5, three),
      coded('c', '2019-11-09', '112', -2, icews, 'criticism'),
      coded('f', '2019-11-14', '036', 4, undefined, 'intent'),
    ],
    AZE_UZB,
    LEVEL_PARAMS,
  );
  assert.equal(got.length, 2);
  const [oct, nov] = got as [Impulse, Impulse];
  const mean = (-10 + 1.9 + 1.9) / 3;
  close(oct.a, 0.1 * 0.5 * mean * (3 / 13), 'a = 0.1 · 0.5 · Ḡ · n/(n+10)');
  close(nov.a, 0.1 * 0.5 * -3.5 * (2 / 12), 'sources or articles or stories corroborate');
  assert.deepEqual(
    got.map((m) => [m.month, m.until, m.halfLife, m.contact, m.actorLevel]),
    [
      [monthIndex('2019-10'), monthIndex('2019-10'), 3, true, 'official'],
      [monthIndex('2019-11'), monthIndex('2019-11'), 3, false, 'official'],
    ],
  );
  assert.deepEqual(
    { ...oct.event, goldstein: Math.round(oct.event.goldstein * 100) / 100 },
    {
      id: 'machine:AZE-UZB:2019-10',
      date: '2019-10',
      precision: 'month',
      dyad: ['AZE', 'UZB'],
      initiator: 'both',
      class: 'machine_month',
      cameo: '',
      goldstein: -2.07,
      actors: [],
      summary: 'GDELT events of 2019-10: 3 counted of 4 coded, mean Goldstein −2.07',
      sectors: [],
      count: 3,
      reports: 3,
      sources: [
        { document: 'doc-a', quote: 'armed_clash on 2019-10-03' },
        { document: 'doc-d1', quote: 'visit on 2019-10-10' },
        { document: 'doc-d2', quote: 'visit on 2019-10-12' },
      ],
      provenance: 'gdelt',
      confidence: 0.5,
    },
  );
});

test('volume: every event of a dyad-month with five or more counts, shrunk toward zero', () => {
  const rows = ['010', '020', '036', '040', '051'].map((code, i) =>
    coded(`v${i}`, `2020-03-0${i + 1}`, code, 2, undefined, 'meeting'),
  );
  const [m] = impulses(rows, AZE_UZB, LEVEL_PARAMS);
  close(m!.a, 0.1 * 0.5 * 2 * (5 / 15), 'five events of mean +2');
  assert.deepEqual(impulses(rows.slice(0, 4), AZE_UZB, LEVEL_PARAMS), []);
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
  // g1 and g2 are one (CAMEO, day): the month counts g1 and g3, coded on two days.
  assert.deepEqual(
    got.map((r) => r.event.id),
    ['c1', 'c2', 'machine:AZE-UZB:2022-06'],
  );
  assert.equal(got[2]!.event.count, 2);
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
    /event k: class "hug" has no impulse in rls-1\.2\.0/,
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
