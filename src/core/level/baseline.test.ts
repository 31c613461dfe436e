import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baselineTrack } from './baseline.ts';
import { LEVEL_PARAMS, RUNGS, type Rung } from './params.ts';

const k = 2 ** (-1 / 3);
const ranks = (names: Rung[]) => names.map((r) => RUNGS.indexOf(r));
/** Coverage codes for n months: all routine (2), all partial (1). */
const routine = (n: number) => new Uint8Array(n).fill(2);
const partial = (n: number) => new Uint8Array(n).fill(1);
const close = (a: number, b: number, what: string) =>
  assert.ok(Math.abs(a - b) < 1e-12, `${what}: ${a} vs ${b}`);

test('the baseline starts at its target and closes half the gap in 3 months', () => {
  const rungs: Rung[] = ['DIPLOMATIC_RELATIONS', ...Array<Rung>(6).fill('FRIENDSHIP_TREATY')];
  const b = baselineTrack(ranks(rungs), 100, 100, [], [100], routine(7), 'hybrid', LEVEL_PARAMS);
  assert.deepEqual([...b.target], [1, 3, 3, 3, 3, 3, 3]);
  const expected = [1, 3 - 2 * k, 3 - 2 * k ** 2, 2, 3 - 2 * k ** 4, 3 - 2 * k ** 5, 2.5];
  expected.forEach((x, i) => {
    close(b.baseline[i]!, x, `month ${i}`);
  });
  assert.deepEqual([...b.council], [0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual([...b.dormant], [0, 0, 0, 0, 0, 0, 0]);
});

test('before the first input the baseline is the NONE anchor; at it, B = T', () => {
  const rungs: Rung[] = ['NONE', 'NONE', 'EMBASSIES_RECIPROCAL', 'EMBASSIES_RECIPROCAL'];
  const b = baselineTrack(ranks(rungs), 10, 12, [], [], routine(4), 'hybrid', LEVEL_PARAMS);
  assert.deepEqual([...b.baseline], [0, 0, 2, 2]);
  assert.deepEqual([...b.target], [0, 0, 2, 2]);
});

test('the council bonus holds for 24 months from a meeting, then lapses', () => {
  const rungs: Rung[] = Array<Rung>(30).fill('STRATEGIC_PARTNERSHIP');
  const b = baselineTrack(ranks(rungs), 0, 0, [2], [0, 12, 24], routine(30), 'hybrid', LEVEL_PARAMS);
  assert.equal(b.target[1], 4.5);
  assert.equal(b.target[2], 5);
  assert.equal(b.target[25], 5);
  assert.equal(b.target[26], 4.5);
  assert.equal(b.council[2], 1);
  assert.equal(b.council[26], 0);
  close(b.baseline[2]!, 5 - 0.5 * k, 'month of the meeting');
  close(b.baseline[4]!, 4.75, 'three months after the last month at 4.5');
});

test('silence is not evidence where no source records routine contact: the baseline holds at its rung', () => {
  const high: Rung[] = Array<Rung>(40).fill('FRIENDSHIP_TREATY');
  const b = baselineTrack(ranks(high), 0, 0, [], [5], partial(40), 'hybrid', LEVEL_PARAMS);
  assert.deepEqual([...b.dormant], Array(40).fill(0));
  assert.deepEqual([...b.target], Array(40).fill(3));
  assert.deepEqual([...b.baseline], Array(40).fill(3));
});

test('dormancy counts only silence inside one run of routine coverage', () => {
  const high: Rung[] = Array<Rung>(60).fill('FRIENDSHIP_TREATY');
  // Months 0–19 partial (a dossier's span), 20–59 routine (the lake): the last contact is month 5,
  // but the silence of months 6–19 was seen by no routine source, so dormancy starts at 20 + 24.
  const covered = new Uint8Array(60).fill(1).fill(2, 20);
  const b = baselineTrack(ranks(high), 0, 0, [], [5], covered, 'hybrid', LEVEL_PARAMS);
  assert.equal(b.dormant[43], 0);
  assert.equal(b.dormant[44], 1);
  assert.equal(b.target[44], 2.5);
  // A gap in routine coverage restarts the count.
  const gap = new Uint8Array(60).fill(2).fill(1, 30, 31);
  const g = baselineTrack(ranks(high), 0, 0, [], [5], gap, 'hybrid', LEVEL_PARAMS);
  assert.equal(g.dormant[29], 1);
  assert.equal(g.dormant[30], 0);
  assert.equal(g.dormant[54], 0);
  assert.equal(g.dormant[55], 1);
});

test('dormancy: −0.5 after 24 months without leader contact above diplomatic relations only', () => {
  const high: Rung[] = Array<Rung>(40).fill('FRIENDSHIP_TREATY');
  const b = baselineTrack(ranks(high), 0, 0, [], [5], routine(40), 'hybrid', LEVEL_PARAMS);
  assert.equal(b.dormant[28], 0);
  assert.equal(b.dormant[29], 1);
  assert.equal(b.target[28], 3);
  assert.equal(b.target[29], 2.5);
  close(b.baseline[31]!, 2.75, 'half the penalty 3 months after the last month at 3');
  const low: Rung[] = Array<Rung>(40).fill('DIPLOMATIC_RELATIONS');
  assert.equal(baselineTrack(ranks(low), 0, 0, [], [], routine(40), 'hybrid', LEVEL_PARAMS).dormant[39], 0);
});

test('persistent mode keeps the first baseline', () => {
  const rungs: Rung[] = ['DIPLOMATIC_RELATIONS', 'FRIENDSHIP_TREATY', 'UNION'];
  const b = baselineTrack(ranks(rungs), 0, 0, [], [0], routine(3), 'persistent', LEVEL_PARAMS);
  assert.deepEqual([...b.baseline], [1, 1, 1]);
  assert.deepEqual([...b.target], [1, 3, 7.5]);
});
