import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { monthString } from '../../core/partial-date.ts';
import { PACKAGE_ROOT } from '../../store/paths.ts';
import { levelChartSvg, type LevelChartInput } from './level-chart.ts';
import { sectorChartSvg } from './sector-chart.ts';

const GOLDEN = join(PACKAGE_ROOT, 'test', 'golden', 'report');

/** Compares with the committed picture; UPDATE_GOLDEN=1 rewrites it after a deliberate change. */
function golden(name: string, svg: string): void {
  const file = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, svg);
  assert.equal(svg, readFileSync(file, 'utf8'), `${name} differs from the golden file`);
}

/** Four years: relations established (1.0), a treaty a year later, a quarrel, recovery. */
const LEVEL: LevelChartInput = {
  points: Array.from({ length: 48 }, (_, i) => {
    const display =
      Math.round(
        (i < 12
          ? 1 + i * 0.1
          : i < 30
            ? 3.2 + (i - 12) * 0.05
            : 4.1 - (i < 34 ? (i - 30) * 0.6 : (40 - i) * 0.1)) * 10,
      ) / 10;
    const width = 0.5 + (i % 12) * 0.05;
    return {
      month: monthString(2019 * 12 + i),
      display,
      band: [display - width, display + width] as [number, number],
    };
  }),
  milestones: [
    { month: '2019-01', label: 'diplomatic relations' },
    { month: '2020-01', label: 'friendship treaty' },
  ],
};

test('the level chart of a fixed series matches its golden SVG', () => {
  const svg = levelChartSvg(LEVEL);
  assert.ok(svg.startsWith('<svg'));
  assert.ok(!/\bzr\d+-/.test(svg), 'instance-numbered ids are renamed');
  golden('level-chart.svg', svg);
});

test('the level chart is the same picture however many charts were drawn before', () => {
  const first = levelChartSvg(LEVEL);
  sectorChartSvg({ periods: ['2020'], rows: [{ sector: 'trade', counts: [1], total: 1 }], unassigned: 0 });
  assert.equal(levelChartSvg(LEVEL), first);
});

test('the sector chart of a fixed table matches its golden SVG, the small sectors summed as other', () => {
  const svg = sectorChartSvg({
    periods: ['2015–2019', '2020–2024', '2025–2026'],
    rows: [
      { sector: 'trade and investment', counts: [1, 22, 7], total: 30 },
      { sector: 'security', counts: [0, 4, 2], total: 6 },
      { sector: 'culture', counts: [1, 2, 1], total: 4 },
      { sector: 'education', counts: [0, 2, 2], total: 4 },
      { sector: 'transport', counts: [0, 3, 1], total: 4 },
      { sector: 'industry', counts: [0, 2, 1], total: 3 },
      { sector: 'media', counts: [0, 1, 1], total: 2 },
      { sector: 'energy', counts: [0, 1, 0], total: 1 },
    ],
    unassigned: 3,
  });
  assert.ok(svg.includes('>other</text>'));
  assert.ok(!svg.includes('>media</text>'));
  golden('sector-chart.svg', svg);
});
