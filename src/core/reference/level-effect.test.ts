import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeLevel } from '../level/engine.ts';
import type { Level } from '../level/level-types.ts';
import { LEVEL_PARAMS } from '../level/params.ts';
import type { Dyad, Event } from '../types.ts';
import {
  allianceFacts,
  conflictFacts,
  disputeFacts,
  representationFacts,
  rivalryFacts,
  warFacts,
} from './facts.ts';
import { referenceCoverageSpans, referenceForLevel } from './merge.ts';
import { ARM_AZE_MID, ARM_AZE_RIVALRY, CUB_USA_DE, IRN_IRQ_WAR, RUS_UKR_UCDP } from './real-rows.ts';
import type { AtopRow, DiplomaticRow } from './rows.ts';

const squash = (z: number) => 9 * Math.tanh(z / 9);
const close = (x: number, y: number, what: string) =>
  assert.ok(Math.abs(x - y) < 1e-9, `${what}: ${x} vs ${y}`);

function levelOf(dyad: Dyad, events: Event[], from: string, to: string): Level {
  return computeLevel({
    dyad,
    from,
    to,
    events,
    agreements: [],
    mechanisms: [],
    coverage: referenceCoverageSpans(events),
  });
}
const at = (l: Level, m: string) => l.series.find((p) => p.month === m)!;

// Real rows: USA–GBR (ATOP line 64716; COW representation line 68014), AZE–UZB (ATOP line 155385,
// representation lines 138661–138663), IRN–IRQ (war 199), RUS–UKR (UCDP 13243), ARM–AZE (MID 4319, rivalry 180).
const GBR_USA_ATOP: AtopRow = {
  a: 'GBR',
  b: 'USA',
  year: 1949,
  defense: 1,
  offense: 0,
  neutral: 0,
  nonagg: 1,
  consul: 1,
  def_common: 10,
  pact_common: 10,
  line: 64716,
};
const GBR_USA_DE: DiplomaticRow = {
  a: 'GBR',
  b: 'USA',
  year: 1945,
  rep_in_a: 3,
  rep_in_b: 3,
  de: 1,
  line: 68004,
};

test('a multilateral defence pact between states that exchange ambassadors: DEFENCE_PACT_MULTILATERAL, anchor 6.2', () => {
  const facts = [
    ...allianceFacts(['GBR', 'USA'], [GBR_USA_ATOP], [GBR_USA_DE], LEVEL_PARAMS),
    ...representationFacts(['GBR', 'USA'], [GBR_USA_DE]),
  ];
  const l = levelOf(['GBR', 'USA'], facts, '1945-01', '1950-12');
  assert.equal(at(l, '1948-12').rung, 'EMBASSIES_RECIPROCAL');
  close(at(l, '1948-12').score, 2, 'reciprocal embassies');
  assert.equal(at(l, '1949-01').rung, 'DEFENCE_PACT_MULTILATERAL');
  // The baseline closes half the gap in 3 months: after 12 months 1/16 of it is left.
  close(at(l, '1949-12').baseline, 6.2 + (2 - 6.2) * 2 ** (-12 / 3), 'baseline a year on');
  // The ATOP year ended 1949 (not ATOP's last year): the rung stops, embassies remain.
  assert.equal(at(l, '1950-01').rung, 'EMBASSIES_RECIPROCAL');
});

test('the same pact is bilateral below two common partners: DEFENCE_PACT at 7.0; without diplomats a multilateral one sets no rung', () => {
  const bilateral = allianceFacts(['GBR', 'USA'], [{ ...GBR_USA_ATOP, def_common: 1 }], [], LEVEL_PARAMS);
  assert.equal(levelOf(['GBR', 'USA'], bilateral, '1949-01', '1949-12').series[0]!.rung, 'DEFENCE_PACT');
  close(levelOf(['GBR', 'USA'], bilateral, '1949-01', '1949-01').series[0]!.score, 7, 'bilateral anchor');
  const strangers = allianceFacts(['GBR', 'USA'], [GBR_USA_ATOP], [], LEVEL_PARAMS);
  assert.equal(strangers[0]!.rung, undefined);
  const l = levelOf(['GBR', 'USA'], strangers, '1949-01', '1949-12');
  assert.deepEqual([l.series[0]!.rung, l.series[0]!.score], ['NONE', 0]);
});

test('loss of representation both ways is a severance (−4.5) that ends the embassies', () => {
  const facts = representationFacts(['CUB', 'USA'], CUB_USA_DE.slice(1, 3));
  const l = levelOf(['CUB', 'USA'], facts, '1960-01', '1970-12');
  assert.equal(at(l, '1964-12').rung, 'EMBASSIES_RECIPROCAL');
  assert.equal(at(l, '1965-01').rung, 'SEVERED');
  close(at(l, '1970-12').score, -4.5 + (2 + 4.5) * 2 ** (-72 / 3), 'severed six years on');
});

test('a COW war is the WAR state with a held impulse; a UCDP conflict from its episode month', () => {
  const war = warFacts(['IRN', 'IRQ'], IRN_IRQ_WAR);
  const l = levelOf(['IRN', 'IRQ'], war, '1980-01', '1983-12');
  assert.equal(at(l, '1981-12').rung, 'WAR');
  close(at(l, '1980-01').score, squash(9 * Math.atanh(-7.5 / 9) - 1.5), 'war: anchor −7.5 and −1.5 held');
  assert.equal(at(l, '1982-01').rung, 'NONE');
  const ucdp = conflictFacts(['RUS', 'UKR'], RUS_UKR_UCDP);
  const u = levelOf(['RUS', 'UKR'], ucdp, '2022-01', '2026-12');
  assert.equal(u.series[0]!.month, '2022-01');
  assert.equal(at(u, '2022-02').rung, 'WAR');
  // It runs to UCDP's last year without an end: it holds on, and the months after 2024 are projected.
  assert.equal(at(u, '2026-12').rung, 'WAR');
  assert.equal(at(u, '2024-12').projected, false);
  assert.equal(at(u, '2025-01').projected, true);
  assert.equal(u.coverage.lastEvidence, '2024-12');
});

test('a MID is held at its impulse times its fatality factor until its end, then fades; a rivalry stands', () => {
  const mid = disputeFacts(['ARM', 'AZE'], ARM_AZE_MID);
  const a = -2.0 * 1.2;
  const l = levelOf(['ARM', 'AZE'], mid, '1996-12', '1998-05');
  close(at(l, '1996-12').score, squash(a), 'use of force, 26–100 deaths');
  close(at(l, '1997-05').score, squash(a), 'held to its end month');
  close(at(l, '1998-05').score, squash(a * 2 ** (-12 / 12)), 'a year after: half');
  const rivalry = rivalryFacts(['ARM', 'AZE'], [ARM_AZE_RIVALRY]);
  const r = levelOf(['ARM', 'AZE'], rivalry, '1991-01', '2026-12');
  close(at(r, '2026-12').score, squash(-2), 'a rivalry to the data’s end holds on');
  assert.equal(at(r, '2010-12').projected, false);
  assert.equal(at(r, '2011-01').projected, true);
});

test('a dossier outranks the reference ladder it covers; conflict facts always count', () => {
  const atop = allianceFacts(
    ['AZE', 'UZB'],
    [{ ...GBR_USA_ATOP, a: 'AZE', b: 'UZB', year: 2018 }],
    [{ a: 'AZE', b: 'UZB', year: 2005, rep_in_a: 3, rep_in_b: 3, de: 1, line: 138663 }],
    LEVEL_PARAMS,
  );
  const rivalry = rivalryFacts(
    ['AZE', 'UZB'],
    [{ rivalry: 1, name: 'x', a: 'AZE', b: 'UZB', styear: 2000, endyear: 2005, types: '', line: 2 }],
  );
  const dossier = {
    source: 'dossier:aze-uzb',
    kind: 'dossier' as const,
    from: '1995-10',
    to: '2026-02',
    routine: false,
  };
  assert.deepEqual(
    referenceForLevel([...atop, ...rivalry], [dossier]).map((e) => e.id),
    ['ref:rivalry:AZE-UZB:1'],
  );
  // A dossier that ends before the ATOP record does: the rung counts after it, from the next month.
  assert.deepEqual(
    referenceForLevel(atop, [{ ...dossier, to: '2010-12' }]).map((e) => [e.id, e.date, e.precision, e.end]),
    [['ref:atop:AZE-UZB:2018', '2018', 'year', undefined]],
  );
  assert.deepEqual(
    referenceForLevel(atop, [{ ...dossier, to: '2018-06' }]).map((e) => [e.id, e.date, e.precision, e.end]),
    [['ref:atop:AZE-UZB:2018', '2018-07', 'month', undefined]],
  );
  assert.deepEqual(referenceForLevel(atop, []), atop);
});

test('a data set covers a pair from the year both states are in the system, not from 1946', () => {
  const rivalry = rivalryFacts(
    ['AZE', 'UZB'],
    [{ rivalry: 1, name: 'x', a: 'AZE', b: 'UZB', styear: 2000, endyear: 2005, types: '', line: 2 }],
  );
  const span = {
    source: 'reference:rivalries',
    kind: 'reference',
    to: '2010-12',
    routine: false,
  };
  assert.deepEqual(referenceCoverageSpans(rivalry, 1991), [
    { ...span, from: '1991-01', label: 'Thompson–Dreyer strategic rivalries 2012, 1991–2010 (yearly)' },
  ]);
  assert.deepEqual(referenceCoverageSpans(rivalry), [
    { ...span, from: '1946-01', label: 'Thompson–Dreyer strategic rivalries 2012, 1946–2010 (yearly)' },
  ]);
  // Russia (1816) and the United States: the data set's own first year.
  assert.deepEqual(referenceCoverageSpans(rivalry, 1816)[0]?.from, '1946-01');
  // A pair that exists only after the data set ends: nothing declared.
  assert.deepEqual(referenceCoverageSpans(rivalry, 2011), []);
});
