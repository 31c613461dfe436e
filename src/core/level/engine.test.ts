import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeLevel } from './engine.ts';
import { AZE_UZB, makeEvent } from './fixtures.ts';
import { LevelInputError } from './input-error.ts';
import type { LevelInput, LevelPoint } from './level-types.ts';

const S = (z: number) => 9 * Math.tanh(z / 9);
const atanh9 = (x: number) => 9 * Math.atanh(x / 9);
const bandOf = (z: number, variance: number): [number, number] => [
  S(z - 1.645 * Math.sqrt(variance)),
  S(z + 1.645 * Math.sqrt(variance)),
];

/** Asserts every field of a point; numbers to 1e-12. */
function assertPoint(got: LevelPoint | undefined, want: LevelPoint): void {
  assert.ok(got, `missing ${want.month}`);
  const { score, band, baseline, ...rest } = got;
  const { score: ws, band: wb, baseline: wbase, ...wrest } = want;
  assert.deepEqual(rest, wrest);
  for (const [a, b, what] of [
    [score, ws, 'score'],
    [band[0], wb[0], 'band low'],
    [band[1], wb[1], 'band high'],
    [baseline, wbase, 'baseline'],
  ] as const) {
    assert.ok(Math.abs(a - b) < 1e-12, `${want.month} ${what}: ${a} vs ${b}`);
  }
}

const base = { dyad: AZE_UZB, agreements: [], mechanisms: [] } satisfies Partial<LevelInput>;

test('a state visit and a call: score, decay, rounding, label and band every month', () => {
  const level = computeLevel({
    ...base,
    from: '2020-01',
    to: '2020-04',
    events: [
      makeEvent({ id: 'v', date: '2020-01-15', class: 'state_visit' }),
      makeEvent({ id: 'c', date: '2020-03-10', class: 'phone_call', actorLevel: 'head' }),
    ],
  });
  assert.deepEqual(level.dyad, ['AZE', 'UZB']);
  assert.deepEqual(level.method, { name: 'rls', version: 'rls-1.2.0' });
  assert.equal(level.series.length, 4);
  assert.equal(level.explain, undefined);
  const z = [
    0.4,
    0.4 * 2 ** (-1 / 9),
    0.4 * 2 ** (-2 / 9) + 0.06,
    0.4 * 2 ** (-3 / 9) + 0.06 * 2 ** (-1 / 2),
  ];
  const ev = [
    0.2 ** 2,
    (0.2 * 2 ** (-1 / 9)) ** 2,
    (0.2 * 2 ** (-2 / 9)) ** 2 + 0.03 ** 2,
    (0.2 * 2 ** (-3 / 9)) ** 2 + (0.03 * 2 ** (-1 / 2)) ** 2,
  ];
  const cov = [0, 0.25 / 6, 0, 0.25 / 6];
  const display = [0.4, 0.4, 0.4, 0.4];
  ['2020-01', '2020-02', '2020-03', '2020-04'].forEach((month, i) => {
    assertPoint(level.series[i], {
      month,
      score: S(z[i]!),
      display: display[i]!,
      level: 'ordinary',
      sublevel: 'low',
      band: bandOf(z[i]!, 0.25 + ev[i]! + cov[i]! ** 2),
      baseline: 0,
      rung: 'NONE',
      // The record (no coverage stated) spans 2020-01 … 2020-03: April is carried forward.
      coverage: i < 3 ? 'partial' : 'uncovered',
      projected: i === 3,
    });
  });
  assert.equal(level.measurable, true);
  assert.equal(level.reason, undefined);
  assert.deepEqual(level.coverage, {
    spans: [
      {
        source: 'record',
        kind: 'dossier',
        from: '2020-01',
        to: '2020-03',
        routine: false,
        label: 'the record, first to last dated fact',
      },
    ],
    first: '2020-01',
    last: '2020-03',
    lastEvidence: '2020-03',
  });
  // Values by hand: z = 0.4 → S = 9·tanh(0.0444…) = 0.399737; z(2020-04) = 0.359833 → S = 0.359715.
  assert.ok(Math.abs(level.series[0]!.score - 0.399737) < 1e-6);
  assert.ok(Math.abs(level.series[3]!.score - 0.359715) < 1e-6);
});

test('lasting states hold at full strength until their end, then fade; open ones never fade', () => {
  const level = computeLevel({
    ...base,
    from: '2020-01',
    to: '2020-05',
    events: [
      makeEvent({ id: 'dr', date: '2019-12-01', class: 'diplomatic_relations' }),
      makeEvent({ id: 's', date: '2020-01-20', class: 'sanction', until: '2020-03' }),
      makeEvent({ id: 'r', date: '2020-02-03', class: 'recall_ambassador' }),
    ],
  });
  const b = atanh9(1);
  const dr = (t: number) => 0.1 * 2 ** (-t / 12); // t months after 2019-12
  const z = [
    b + dr(1) - 0.8,
    b + dr(2) - 0.8 - 0.5,
    b + dr(3) - 0.8 - 0.5,
    b + dr(4) - 0.8 * 2 ** (-1 / 18) - 0.5,
    b + dr(5) - 0.8 * 2 ** (-2 / 18) - 0.5,
  ];
  const ev = (t: number, s: number, r: number) => (0.5 * dr(t)) ** 2 + (0.4 * s) ** 2 + (0.25 * r) ** 2;
  const vars = [
    ev(1, 1, 0),
    ev(2, 1, 1),
    ev(3, 1, 1) + (0.25 / 6) ** 2,
    ev(4, 2 ** (-1 / 18), 1) + (0.5 / 6) ** 2,
    ev(5, 2 ** (-2 / 18), 1) + (0.75 / 6) ** 2,
  ];
  const labels: [number, string, 'low' | 'mid' | 'high'][] = [
    // S = 0.2984, −0.2067, −0.2117, −0.1862, −0.1616
    [0.3, 'ordinary', 'low'],
    [-0.2, 'bad', 'low'],
    [-0.2, 'bad', 'low'],
    [-0.2, 'bad', 'low'],
    [-0.2, 'bad', 'low'],
  ];
  ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05'].forEach((month, i) => {
    const [display, name, sublevel] = labels[i]!;
    assertPoint(level.series[i], {
      month,
      score: S(z[i]!),
      display,
      level: name as LevelPoint['level'],
      sublevel,
      band: bandOf(z[i]!, 0.25 + vars[i]!),
      baseline: 1,
      rung: 'DIPLOMATIC_RELATIONS',
      // The record runs to the sanction's recorded end, 2020-03.
      coverage: i < 3 ? 'partial' : 'uncovered',
      projected: i >= 3,
    });
  });
});

test('the requested range never changes a month: history before `from` counts', () => {
  const events = [
    makeEvent({ id: 'dr', date: '1995-10-02', class: 'diplomatic_relations' }),
    makeEvent({ id: 'e', date: '1996-02-01', class: 'embassy_opening', initiator: 'AZE' }),
    makeEvent({ id: 'v', date: '1996-05-27', class: 'official_visit' }),
  ];
  const long = computeLevel({ ...base, events, from: '1990-01', to: '1997-12' });
  const short = computeLevel({ ...base, events, from: '1996-04', to: '1996-09' });
  assert.deepEqual(short.series, long.series.slice(75, 81));
  assert.equal(short.series[0]!.month, '1996-04');
  assert.deepEqual(long.series[0], {
    month: '1990-01',
    score: 0,
    display: 0,
    level: 'ordinary',
    sublevel: 'low',
    band: bandOf(0, 0.25 + 1),
    baseline: 0,
    rung: 'NONE',
    coverage: 'uncovered',
    projected: true,
  });
  assert.equal(long.series[69]!.coverage, 'partial');
  assert.equal(long.series[69]!.month, '1995-10');
  assert.equal(long.series[68]!.projected, true);
  // The first month's change is measured from the month before it, computed from history.
  const first = computeLevel({ ...base, events, from: '1996-04', to: '1996-09', explain: '1996-04' })
    .explain!;
  assert.ok(Math.abs(first.delta - (long.series[75]!.score - long.series[74]!.score)) < 1e-12);
  assert.ok(first.delta !== 0);
  // The embassy rung (1.5) is approached with a 3-month half-life from 1.0 in 1996-01.
  assert.ok(Math.abs(short.series[0]!.baseline - (1.5 - 0.5 * 2 ** (-3 / 3))) < 1e-12);
});

test('persistent mode: no decay and the first baseline kept', () => {
  const level = computeLevel({
    ...base,
    mode: 'persistent',
    from: '2020-01',
    to: '2021-01',
    events: [
      makeEvent({ id: 'dr', date: '2020-01-01', class: 'diplomatic_relations' }),
      makeEvent({ id: 'e', date: '2020-02-01', class: 'embassy_opening', initiator: 'both' }),
    ],
  });
  const last = level.series[12]!;
  assert.equal(last.rung, 'EMBASSIES_RECIPROCAL');
  assert.equal(last.baseline, 1);
  assert.ok(Math.abs(last.score - S(atanh9(1) + 0.2)) < 1e-12);
});

test('explain option fills Level.explain; bad ranges are named', () => {
  const level = computeLevel({
    ...base,
    from: '2020-01',
    to: '2020-02',
    explain: '2020-01',
    events: [
      makeEvent({ id: 'v', date: '2020-01-15', class: 'state_visit', summary: 'State visit to Tashkent' }),
    ],
  });
  assert.equal(level.explain?.month, '2020-01');
  assert.deepEqual(
    level.explain?.contributions.map((c) => [c.kind, c.ref, c.title]),
    [
      ['new_event', 'v', 'State visit to Tashkent'],
      ['baseline', 'baseline', 'Baseline steady at 0.00 (rung NONE)'],
    ],
  );
  assert.throws(() => computeLevel({ ...base, events: [], from: '2020-1', to: '2020-02' }), LevelInputError);
  assert.throws(
    () => computeLevel({ ...base, events: [], from: '2020-03', to: '2020-02' }),
    /to: 2020-02 is before from 2020-03/,
  );
});

test('no fact, no number: an empty pair and a range before the record are not measurable', () => {
  const empty = computeLevel({ ...base, events: [], from: '2020-01', to: '2020-12' });
  assert.deepEqual(empty, {
    dyad: ['AZE', 'UZB'],
    method: { name: 'rls', version: 'rls-1.2.0' },
    measurable: false,
    reason: 'no source holds an event, agreement or institution of AZE–UZB',
    coverage: { spans: [] },
    series: [],
  });
  const early = computeLevel({
    ...base,
    events: [makeEvent({ id: 'dr', date: '1995-10-02', class: 'diplomatic_relations' })],
    from: '1990-01',
    to: '1994-12',
    explain: '1994-06',
  });
  assert.equal(early.measurable, false);
  assert.equal(early.reason, 'nothing is recorded for AZE–UZB up to 1994-12; the record starts in 1995-10');
  assert.deepEqual(early.series, []);
  assert.equal(early.explain, undefined);
});

test('stated coverage: routine months let silence lower the baseline, partial months do not', () => {
  const events = [
    makeEvent({ id: 'ft', date: '2000-01-10', class: 'agreement', rung: 'FRIENDSHIP_TREATY' }),
    makeEvent({ id: 'v', date: '2000-02-01', class: 'state_visit' }),
  ];
  const input = { ...base, events, from: '2000-01', to: '2004-12' };
  const partial = computeLevel({
    ...input,
    coverage: [{ source: 'dossier:x', kind: 'dossier', from: '2000-01', to: '2004-12', routine: false }],
  });
  const routine = computeLevel({
    ...input,
    coverage: [{ source: 'dossier:x', kind: 'dossier', from: '2000-01', to: '2004-12', routine: true }],
  });
  const at = (l: typeof partial, m: string) => l.series.find((p) => p.month === m)!;
  // 24 months after the last leader contact (2000-02): only a routine source makes that silence count.
  assert.equal(at(partial, '2004-12').baseline, 3);
  assert.equal(at(partial, '2004-12').coverage, 'partial');
  assert.ok(at(routine, '2004-12').baseline < 2.6);
  assert.equal(at(routine, '2004-12').coverage, 'covered');
  assert.equal(at(routine, '2002-01').baseline, 3);
  assert.ok(at(routine, '2002-02').baseline < 3);
  assert.equal(routine.coverage.lastEvidence, '2004-12');
  assert.throws(
    () =>
      computeLevel({
        ...input,
        coverage: [{ source: 'lake', kind: 'lake', from: '2004-12', to: '2004-01', routine: true }],
      }),
    /coverage\[0\]: to 2004-01 is before from 2004-12/,
  );
  assert.throws(
    () =>
      computeLevel({
        ...input,
        coverage: [{ source: 'lake', kind: 'lake', from: '2004', to: '2004-01', routine: true }],
      }),
    /coverage\[0\].from: "2004" is not a month of the form YYYY-MM/,
  );
});
