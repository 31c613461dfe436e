import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthIndex, monthString } from '../partial-date.ts';
import type { Agreement, Event, Mechanism } from '../types.ts';
import { computeLevel } from './engine.ts';
import { EXPLAIN_LIMIT, explainMonth, foldExplanation } from './explain.ts';
import { AZE_UZB, makeAgreement, makeCouncil, makeEvent, prng, randomEvents } from './fixtures.ts';
import type { LevelInput } from './level-types.ts';

const S = (z: number) => 9 * Math.tanh(z / 9);

test('a month with two fading events: terms, secant slope, order and sum', () => {
  const input: LevelInput = {
    dyad: AZE_UZB,
    agreements: [],
    mechanisms: [],
    from: '2020-01',
    to: '2020-04',
    events: [
      makeEvent({ id: 'v', date: '2020-01-15', class: 'state_visit', summary: 'Mirziyoyev in Baku' }),
      makeEvent({ id: 'c', date: '2020-03-10', class: 'phone_call', summary: 'Aliyev calls Mirziyoyev' }),
    ],
  };
  const dzV = 0.4 * (2 ** (-3 / 9) - 2 ** (-2 / 9));
  const dzC = 0.06 * (2 ** (-1 / 2) - 1);
  const zp = 0.4 * 2 ** (-2 / 9) + 0.06;
  const zt = zp + dzV + dzC;
  const m = (S(zt) - S(zp)) / (zt - zp);
  const x = explainMonth(input, '2020-04');
  assert.equal(x.month, '2020-04');
  assert.ok(Math.abs(x.delta - (S(zt) - S(zp))) < 1e-12);
  assert.deepEqual(
    x.contributions.map((c) => [c.kind, c.ref, c.title, c.class, c.date]),
    [
      ['fade', 'v', 'Mirziyoyev in Baku', 'state_visit', '2020-01-15'],
      ['fade', 'c', 'Aliyev calls Mirziyoyev', 'phone_call', '2020-03-10'],
      ['baseline', 'baseline', 'Baseline steady at 0.00 (rung NONE)', undefined, undefined],
    ],
  );
  const [v, c, b] = x.contributions;
  assert.ok(Math.abs(v!.dS - m * dzV) < 1e-12 && Math.abs(v!.dz - dzV) < 1e-15);
  assert.ok(Math.abs(c!.dS - m * dzC) < 1e-12);
  assert.equal(b!.dS, 0);
  assert.equal(v!.impulse, 0.4);
  assert.deepEqual(v!.sources, [{ document: 'doc-v', quote: 'state_visit on 2020-01-15' }]);
});

test('no change: Δz = 0 gives an empty move with the slope 1 − (S/9)²', () => {
  const input: LevelInput = {
    dyad: AZE_UZB,
    agreements: [],
    mechanisms: [],
    from: '2020-01',
    to: '2020-06',
    events: [makeEvent({ id: 's', date: '2020-01-20', class: 'sanction' })],
  };
  const x = explainMonth(input, '2020-05');
  assert.equal(x.delta, 0);
  assert.deepEqual(
    x.contributions.map((c) => [c.kind, c.dS]),
    [['baseline', 0]],
  );
});

/** A random dossier: events, a rung agreement with a random history, maybe a council. */
function dossier(seed: number): LevelInput {
  const rand = prng(seed);
  const first = monthIndex('1998-01');
  const events: Event[] = randomEvents(rand, {
    firstMonth: first,
    lastMonth: first + 71,
    count: 10 + Math.floor(rand() * 60),
  });
  events.push(makeEvent({ id: 'dr', date: '1998-03-01', class: 'diplomatic_relations' }));
  if (rand() < 0.3) events.push(makeEvent({ id: 'sv', date: '2001-06-01', class: 'relations_severed' }));
  const rungs = ['FRIENDSHIP_TREATY', 'STRATEGIC_PARTNERSHIP', 'ALLIED_TREATY_IN_FORCE', 'UNION'];
  const agreements: Agreement[] = [];
  if (rand() < 0.7) {
    const steps: Parameters<typeof makeAgreement>[2] = [
      ['signed', monthString(first + Math.floor(rand() * 40))],
    ];
    if (rand() < 0.5) steps.push(['ratified', monthString(first + 40 + Math.floor(rand() * 10)), 'AZE']);
    if (rand() < 0.5) steps.push(['ratified', monthString(first + 50 + Math.floor(rand() * 10)), 'UZB']);
    if (rand() < 0.3) steps.push(['terminated', monthString(first + 60 + Math.floor(rand() * 10))]);
    agreements.push(makeAgreement('a', rungs[Math.floor(rand() * rungs.length)]!, steps));
  }
  const mechanisms: Mechanism[] = rand() < 0.5 ? [makeCouncil('sc', ['1999-05-10', '2002-11-20'])] : [];
  return {
    dyad: AZE_UZB,
    events,
    agreements,
    mechanisms,
    from: '2000-01',
    to: '2003-12',
    ...(rand() < 0.2 ? { mode: 'persistent' as const } : {}),
  };
}

test('property: in 300 random dossiers every month’s contributions sum to the change to 1e-9', () => {
  for (let seed = 1; seed <= 300; seed++) {
    const input = dossier(seed);
    const series = computeLevel({ ...input, from: '1999-12' }).series;
    for (let i = 1; i < series.length; i++) {
      const month = series[i]!.month;
      const x = explainMonth(input, month);
      const change = series[i]!.score - series[i - 1]!.score;
      let sum = 0;
      for (const c of x.contributions) sum += c.dS;
      assert.ok(Math.abs(sum - change) < 1e-9, `seed ${seed} ${month}: Σ ${sum} vs ΔS ${change}`);
      assert.ok(Math.abs(x.delta - change) < 1e-9, `seed ${seed} ${month}: delta ${x.delta} vs ${change}`);
      for (let k = 1; k < x.contributions.length; k++) {
        assert.ok(Math.abs(x.contributions[k - 1]!.dS) >= Math.abs(x.contributions[k]!.dS), 'largest first');
      }
    }
  }
});

test('a deteriorating pair goes from ordinary to tense or worse, and explanations name why', () => {
  const ev = (id: string, date: string, cls: string, summary: string, extra: Partial<Event> = {}) =>
    makeEvent({ id, date, class: cls, summary, ...extra });
  const input: LevelInput = {
    dyad: AZE_UZB,
    agreements: [],
    mechanisms: [],
    from: '2009-12',
    to: '2011-12',
    events: [
      ev('dr', '1992-01-15', 'diplomatic_relations', 'Diplomatic relations established'),
      ev('e1', '1993-03-01', 'embassy_opening', 'Embassy of Azerbaijan opens in Tashkent', {
        initiator: 'AZE',
      }),
      ev('e2', '1994-05-01', 'embassy_opening', 'Embassy of Uzbekistan opens in Baku', { initiator: 'UZB' }),
      ev('s', '2010-03-10', 'sanction', 'Import ban on Uzbek goods'),
      ev('r', '2010-06-02', 'recall_ambassador', 'Ambassador recalled for consultations'),
      ev('c1', '2010-09-14', 'armed_clash', 'Border guards exchange fire'),
      ev('c2', '2010-10-03', 'armed_clash', 'Second exchange of fire at the border'),
      ev('sv', '2011-01-20', 'relations_severed', 'Diplomatic relations broken off'),
    ],
  };
  const level = computeLevel(input);
  const first = level.series[0]!;
  assert.deepEqual([first.level, first.rung], ['ordinary', 'EMBASSIES_RECIPROCAL']);
  const june = level.series.find((p) => p.month === '2011-06')!;
  assert.ok(['tense', 'hostile'].includes(june.level), `2011-06 is ${june.level} (${june.score})`);
  assert.equal(june.rung, 'SEVERED');
  const top = (month: string) => explainMonth(input, month).contributions[0]!;
  assert.deepEqual([top('2010-03').kind, top('2010-03').ref], ['new_event', 's']);
  assert.deepEqual([top('2010-06').kind, top('2010-06').ref], ['new_event', 'r']);
  assert.deepEqual([top('2010-09').kind, top('2010-09').ref], ['new_event', 'c1']);
  const jan = explainMonth(input, '2011-01');
  const refs = jan.contributions.map((c) => c.ref);
  assert.ok(refs.includes('sv') && refs.includes('baseline'));
  const baseline = jan.contributions.find((c) => c.kind === 'baseline')!;
  assert.match(baseline.title, /rung EMBASSIES_RECIPROCAL → SEVERED/);
  assert.ok(baseline.dS < 0);
  assert.ok(jan.delta < 0);
});

test('the baseline term names the council bonus and dormancy when they start', () => {
  const input: LevelInput = {
    dyad: AZE_UZB,
    agreements: [makeAgreement('ft', 'FRIENDSHIP_TREATY', [['signed', '2018-01-10']])],
    mechanisms: [makeCouncil('sic', ['2020-03-05'])],
    from: '2018-01',
    to: '2022-12',
    events: [makeEvent({ id: 'v', date: '2018-02-01', class: 'state_visit', summary: 'State visit' })],
    // A source that would have seen leader contact covers the whole period: silence is evidence.
    coverage: [{ source: 'dossier:x', kind: 'dossier', from: '2018-01', to: '2022-12', routine: true }],
  };
  const council = explainMonth(input, '2020-03').contributions.find((c) => c.kind === 'baseline')!;
  assert.equal(
    council.title,
    'Baseline 2.90 → 3.02, toward target 3.50 (supreme council met: bonus +0.50; dormancy lifted: leader-level contact; rung FRIENDSHIP_TREATY)',
  );
  assert.equal(council.target, 3.5);
  assert.equal(council.rung, 'FRIENDSHIP_TREATY');
  // Last leader contact 2018-02: dormancy from 2020-02, the month before the council met.
  const dormant = explainMonth(input, '2020-02').contributions.find((c) => c.kind === 'baseline')!;
  assert.equal(
    dormant.title,
    'Baseline 3.00 → 2.90, toward target 2.50 (dormancy -0.50: no leader-level contact for 24 months; rung FRIENDSHIP_TREATY)',
  );
  const k = 2 ** (-1 / 3);
  const level = computeLevel({ ...input, from: '2020-01', to: '2020-03' });
  assert.deepEqual(
    level.series.map((p) => p.baseline.toFixed(4)),
    ['3.0000', (3 - 0.5 * (1 - k)).toFixed(4), (3.5 - (0.5 + 0.5 * (1 - k)) * k).toFixed(4)],
  );
});

test('folding keeps the largest contributions and sums the rest; the total still equals the change', () => {
  const events = Array.from({ length: 14 }, (_, i) =>
    makeEvent({
      id: `m${String(i).padStart(2, '0')}`,
      date: `2020-${String((i % 12) + 1).padStart(2, '0')}-10`,
      class: 'meeting',
    }),
  );
  const input: LevelInput = {
    dyad: AZE_UZB,
    agreements: [],
    mechanisms: [],
    events,
    from: '2020-01',
    to: '2021-06',
  };
  const full = explainMonth(input, '2021-03');
  assert.ok(full.contributions.length > 12);
  const folded = foldExplanation(full, 5);
  assert.deepEqual(folded.contributions, full.contributions.slice(0, 5));
  const rest = full.contributions.slice(5);
  assert.equal(folded.folded!.count, rest.length);
  assert.ok(Math.abs(folded.folded!.dS - rest.reduce((s, c) => s + c.dS, 0)) < 1e-15);
  const sum = folded.contributions.reduce((s, c) => s + c.dS, 0) + folded.folded!.dS;
  assert.ok(Math.abs(sum - full.delta) < 1e-12);
  assert.equal(folded.month, full.month);
  assert.equal(folded.delta, full.delta);
  // Folding one line into one line hides nothing: n + 1 contributions stay as they are.
  assert.equal(foldExplanation(full, full.contributions.length - 1), full);
  assert.equal(foldExplanation(full, EXPLAIN_LIMIT).contributions.length, EXPLAIN_LIMIT);
});

test('a month before any fact, or with only uncorroborated coded rows, is explained as not measurable', () => {
  const coded = makeEvent({
    id: 'g',
    date: '2019-10-24',
    class: 'armed_clash',
    cameo: '192',
    goldstein: -9.5,
    provenance: 'gdelt',
    confidence: 0.25,
    corroboration: { sources: 1, articles: 1, stories: 0 },
  });
  const input: LevelInput = {
    dyad: AZE_UZB,
    agreements: [],
    mechanisms: [],
    events: [coded],
    from: '2019-10',
    to: '2019-12',
  };
  assert.deepEqual(explainMonth(input, '2019-11'), {
    month: '2019-11',
    delta: 0,
    contributions: [],
    measurable: false,
    reason: 'the only record of AZE–UZB up to 2019-11 is 1 machine-coded event that nothing corroborates',
  });
  const level = computeLevel(input);
  assert.equal(level.measurable, false);
  assert.deepEqual(level.series, []);
});
