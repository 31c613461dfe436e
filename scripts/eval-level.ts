/**
 * UN alignment as an outside check of the level (issue 11). For 1965, 1985, 2005 and 2015: the
 * Spearman correlation, over every pair with at least 10 joint UN General Assembly votes that year
 * and a measurable level, between the pair's December level and its UN agreement that year
 * (Voeten's agreement with abstentions as half, and the share of identical votes); then a table of
 * well-known pairs with their December levels. The UN votes are never an input of the level.
 *
 *   npm run eval:level            (a temporary home; the reference data is built or linked first)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEVEL_PARAMS } from '../src/core/level/params.ts';
import { spearman } from '../src/core/stats/spearman.ts';
import { forEachPairLevel } from '../src/service/all-pairs.ts';
import { openHome } from '../src/store/home.ts';
import { Reference } from '../src/store/reference/reference.ts';
import { referencePort } from '../src/store/reference/reference-port.ts';

const YEARS = [1965, 1985, 2005, 2015];
const MIN_JOINT = 10;
const KNOWN: [string, string][] = [
  ['GBR', 'USA'],
  ['RUS', 'USA'],
  ['CHN', 'USA'],
  ['DEU', 'FRA'],
  ['GRC', 'TUR'],
  ['IND', 'PAK'],
  ['IRN', 'IRQ'],
  ['EGY', 'ISR'],
  ['KOR', 'PRK'],
  ['ARM', 'AZE'],
  ['RUS', 'UKR'],
  ['AZE', 'UZB'],
];
const TABLE_YEARS = [1965, 1985, 2005, 2015, 2024];

const dir = mkdtempSync(join(tmpdir(), 'bilateral-eval-level-'));
try {
  const home = openHome(dir, new Date());
  const ref = await Reference.open(dir, (line) => console.error(line));
  const levels = new Map<string, Map<number, number>>();
  const years = new Set([...YEARS, ...TABLE_YEARS]);
  const t0 = performance.now();
  const pairs = await forEachPairLevel(
    home.kb,
    referencePort(ref, LEVEL_PARAMS),
    { from: '1946-01', to: '2024-12' },
    (dyad, level) => {
      if (!level.measurable) return;
      const byYear = new Map<number, number>();
      // Months before the pair's first fact are "nothing recorded yet", not a level of 0.
      const first = level.series.findIndex((p) => p.rung !== 'NONE' || p.score !== 0);
      for (const p of first < 0 ? [] : level.series.slice(first)) {
        const y = Number(p.month.slice(0, 4));
        if (p.month.endsWith('-12') && years.has(y)) byYear.set(y, p.score);
      }
      levels.set(`${dyad[0]}-${dyad[1]}`, byYear);
    },
  );
  console.log(
    `Levels of ${pairs.toLocaleString('en-US')} pairs, 1946-01..2024-12, in ${((performance.now() - t0) / 1000).toFixed(1)} s (method ${LEVEL_PARAMS.method.version})\n`,
  );
  console.log(
    `UN alignment: Spearman ρ between the December level and UN agreement, pairs with ≥ ${MIN_JOINT} joint votes`,
  );
  console.log('year   pairs   ρ (Voeten agreement)   ρ (identical share)');
  for (const year of YEARS) {
    const un = await ref.unAgreement(year, MIN_JOINT);
    const xs: number[] = [];
    const agree: number[] = [];
    const same: number[] = [];
    for (const u of un) {
      const score = levels.get(`${u.a}-${u.b}`)?.get(year);
      if (score === undefined) continue;
      xs.push(score);
      agree.push(u.agreement);
      same.push(u.identical);
    }
    console.log(
      `${year}   ${String(xs.length).padStart(5)}   ${spearman(xs, agree).toFixed(3).padStart(20)}   ${spearman(xs, same).toFixed(3).padStart(19)}`,
    );
  }
  console.log('\nWell-known pairs: December level (— not measurable or nothing recorded yet)');
  console.log(`pair      ${TABLE_YEARS.map((y) => String(y).padStart(6)).join(' ')}`);
  for (const [a, b] of KNOWN) {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    const row = TABLE_YEARS.map((y) => {
      const s = levels.get(key)?.get(y);
      return (s === undefined ? '—' : (Math.sign(s) * Math.round(Math.abs(s) * 10)) / 10)
        .toString()
        .padStart(6);
    });
    console.log(`${key}  ${row.join(' ')}`);
  }
  ref.close();
  home.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
