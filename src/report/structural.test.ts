import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEVEL_PARAMS } from '../core/level/params.ts';
import { referenceFacts } from '../core/reference/facts.ts';
import { noRows } from '../core/reference/rows.ts';
import type { Indicators } from '../service/indicators.ts';
import { periodsChartOption } from './charts/structural-charts.ts';
import { structuralSection } from './structural.ts';

// Real rows: COW war 199 (IRN–IRQ, lines 1808–1809 of cow_war_inter.csv.gz) and the two COW
// representation observations of 1995 and 2000 (none either way) of AZE–UZB.
const rows = noRows();
rows.wars = [
  { warnum: 199, a: 'IRN', b: 'IRQ', year: 1980, batdeaths: 1250000, line: 1808 },
  { warnum: 199, a: 'IRN', b: 'IRQ', year: 1981, batdeaths: 1250000, line: 1809 },
];
rows.diplomatic = [
  { a: 'IRN', b: 'IRQ', year: 1975, rep_in_a: 3, rep_in_b: 3, de: 1, line: 10 },
  { a: 'IRN', b: 'IRQ', year: 1980, rep_in_a: 0, rep_in_b: 0, de: 0, line: 11 },
];
const facts = referenceFacts(['IRN', 'IRQ'], rows, LEVEL_PARAMS);
const ind: Indicators = {
  dyad: ['IRN', 'IRQ'],
  un: [{ year: 1980, joint: 100, identical: 0.9, agreement: 0.95 }],
  trade: [{ period: '1980', importsA: 1, importsB: 2, turnover: 3, source: 'cow_trade' }],
  igos: [{ year: 1980, shared: 40 }],
  icews: [],
  contiguity: [{ type: 1, label: 'land or river border', from: '1946-01', to: '2016-12' }],
  sources: [],
};

test('the structural record: periods of reference facts (no period for "no representation"), indicators up to the report month', () => {
  const s = structuralSection(facts, ind, '1980-06')!;
  assert.deepEqual(s.periods, [
    {
      kind: 'representation',
      from: '1975',
      to: '1975',
      label:
        'Diplomatic representation observed 1975: Iraq represented in Iran by ambassador, Iran in Iraq by ambassador',
      source: 'COW Diplomatic Exchange 2006.1',
    },
    {
      kind: 'war',
      from: '1980',
      to: '1981',
      label: 'Inter-state war 199 between the two, 1980–1981; battle deaths of the two 1,250,000',
      source: 'COW Inter-State War 4.0',
    },
  ]);
  assert.deepEqual(s.un, ind.un);
  assert.deepEqual(s.trade, [{ period: '1980', turnover: 3, source: 'cow_trade' }]);
  assert.deepEqual(s.contiguity, ['land or river border (January 1946 – December 2016)']);
  assert.equal(structuralSection([], { ...ind, un: [], trade: [], igos: [] }, '1980-06'), undefined);
  assert.deepEqual(
    structuralSection(facts, ind, '1979-06')!.periods.map((p) => p.kind),
    ['representation'],
  );
});

test('the periods chart: one bar per fact on the row of its kind, years as fractions', () => {
  const s = structuralSection(facts, ind, '1990-12')!;
  const option = periodsChartOption(s.periods) as {
    series: { data: number[][] }[];
    xAxis: { min: number; max: number };
  };
  assert.deepEqual(
    option.series.map((x) => x.data),
    [
      [
        [1975, 1],
        [1976, 1],
      ],
      [
        [1980, 4],
        [1982, 4],
      ],
    ],
  );
  assert.deepEqual([option.xAxis.min, option.xAxis.max], [1975, 1982]);
});
