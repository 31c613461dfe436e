/**
 * Level engine benchmark. (1) One pair, 1979-01..2026-12, a few hundred mixed events: time per
 * computation. (2) A generated lake of machine-coded events over many pairs: every pair's series.
 * Both against a naive recompute measured in the same run (every month sums every event directly,
 * O(months × events)), which also checks the engine's values.
 *
 * `--lake` measures issue 5's bar end to end instead: a generated GDELT 2.0 export is ingested into
 * a temporary home (timed apart, not counted), then `Lake.open` + `forEachDyad` + `computeLevel` of
 * every pair over 1979-01..2026-12 must take under 30 s at 10M rows. Baseline in the same run:
 * `Lake.aggregates()` (a plain DuckDB group-by of every pair-month) over the same lake.
 *
 *   npx tsx bench/level.ts [--rows=1000000] [--countries=200] [--naive-every=10] [--reps=200]
 *   npx tsx bench/level.ts --lake [--rows=1000000] [--files=1] [--keep]    (the bar: --rows=10000000)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthString } from '../src/core/partial-date.ts';
import { computeLevel } from '../src/core/level/engine.ts';
import { band, coverageSigma } from '../src/core/level/band.ts';
import { COVERAGE_NAMES, lakeCoverageSpans } from '../src/core/level/coverage.ts';
import { LEVEL_PARAMS } from '../src/core/level/params.ts';
import { makeAgreement, makeCouncil, makeEvent, prng, randomEvents } from '../src/core/level/fixtures.ts';
import { kernel } from '../src/core/level/kernel.ts';
import { displayOf, labelOf, squash, unsquash } from '../src/core/level/labels.ts';
import type { LevelInput, LevelPoint } from '../src/core/level/level-types.ts';
import { prepare } from '../src/core/level/model.ts';
import { rungName } from '../src/core/level/rungs.ts';
import type { Dyad } from '../src/core/types.ts';
import { ingestFiles } from '../src/ingest/ingest-files.ts';
import { Lake } from '../src/store/lake/lake.ts';
import { generateGdelt2Files } from './_gdelt-generator.ts';

function flag(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
}

const FIRST = 1979 * 12;
const LAST = 2026 * 12 + 11;

/** The baseline: same model, but each month sums every event's kernel directly. */
function naiveLevel(input: LevelInput): LevelPoint[] {
  const model = prepare(input);
  const { params, mode } = model;
  const out: LevelPoint[] = [];
  for (let t = model.from; t <= model.to; t++) {
    const i = t - model.start;
    let z = unsquash(model.track.baseline[i]!, params.scale);
    let ev = 0;
    let last: number | undefined;
    for (const e of model.impulses) {
      if (e.month > t) continue;
      const k = kernel(e, t, mode);
      z += e.a * k;
      ev += (params.band.eventFactor * e.a * k) ** 2;
      last = last === undefined ? e.month : Math.max(last, e.month);
    }
    const score = squash(z, params.scale);
    const display = displayOf(score);
    out.push({
      month: monthString(t),
      score,
      display,
      ...labelOf(display, params.levelWidth),
      band: band(z, ev, coverageSigma(last === undefined ? undefined : t - last, params), params),
      baseline: model.track.baseline[i]!,
      rung: rungName(model.rungs[i]!),
      coverage: COVERAGE_NAMES[model.covered[i]!]!,
      projected: model.covered[i] === 0,
    });
  }
  return out;
}

function maxDiff(a: LevelPoint[], b: LevelPoint[]): number {
  let d = 0;
  a.forEach((p, i) => {
    d = Math.max(d, Math.abs(p.score - b[i]!.score), Math.abs(p.band[0] - b[i]!.band[0]));
  });
  return d;
}

function onePair(): LevelInput {
  const rand = prng(7);
  const dyad: Dyad = ['AZE', 'UZB'];
  const events = randomEvents(rand, {
    dyad,
    firstMonth: 1992 * 12,
    lastMonth: LAST,
    count: 400,
    provenances: ['curated', 'extracted', 'gdelt', 'gdelt', 'icews'],
  });
  events.push(makeEvent({ id: 'dr', date: '1995-10-02', class: 'diplomatic_relations', initiator: 'both' }));
  return {
    dyad,
    from: monthString(FIRST),
    to: monthString(LAST),
    events,
    agreements: [
      makeAgreement('friendship', 'FRIENDSHIP_TREATY', [['signed', '1996-05-27']]),
      makeAgreement('allied', 'ALLIED_TREATY_IN_FORCE', [
        ['signed', '2024-08-23'],
        ['ratified', '2025-04-30', 'UZB'],
      ]),
    ],
    mechanisms: [makeCouncil('sic', ['2023-08-22', '2024-08-23', '2025-10-14'])],
  };
}

/** Seconds since `t0` (from `performance.now()`). */
const since = (t0: number): number => (performance.now() - t0) / 1000;

/** Issue 5's bar: every pair's level from a lake of `--rows` GDELT rows, in under 30 s at 10M. */
async function lakeBench(): Promise<void> {
  const rows = flag('rows', 1_000_000);
  const nFiles = flag('files', 1);
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-level-'));
  const home = join(dir, 'home');
  let t = performance.now();
  const files = await generateGdelt2Files(dir, rows, nFiles);
  const genS = since(t);
  t = performance.now();
  const summary = await ingestFiles(home, 'gdelt', files);
  const stored = summary.files.reduce((s, f) => s + f.stored, 0);
  const ingestS = since(t);
  console.log(
    `lake: ${rows.toLocaleString('en')} GDELT 2.0 rows in ${nFiles} file(s) (generated ${genS.toFixed(1)} s), ingested ${stored.toLocaleString('en')} in ${ingestS.toFixed(1)} s (not counted)`,
  );

  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const from = monthString(FIRST);
  const to = monthString(LAST);
  let pairs = 0;
  let events = 0;
  let points = 0;
  let engineMs = 0;
  t = performance.now();
  const lake = await Lake.open(home);
  // The lake covers every pair alike: its coverage is read once (docs/METHOD.md, Coverage).
  const c0 = performance.now();
  const coverage = lakeCoverageSpans(await lake.coverageShares(), LEVEL_PARAMS);
  const coverageS = since(c0);
  const dyads = await lake.forEachDyad({}, (dyad, evs) => {
    const g = performance.now();
    const level = computeLevel({ dyad, from, to, events: evs, agreements: [], mechanisms: [], coverage });
    engineMs += performance.now() - g;
    pairs++;
    events += evs.length;
    points += level.series.length;
    peak = Math.max(peak, process.memoryUsage.rss());
  });
  lake.close();
  const totalS = since(t);
  clearInterval(timer);

  t = performance.now();
  const base = await Lake.open(home);
  const months = (await base.aggregates()).length;
  base.close();
  const aggS = since(t);

  const pass = totalS < 30;
  console.log(
    `  every pair's level, ${from}..${to}: ${totalS.toFixed(2)} s for ${pairs.toLocaleString('en')} pairs (forEachDyad counted ${dyads}), ${events.toLocaleString('en')} de-duplicated events, ${points.toLocaleString('en')} level points`,
  );
  console.log(
    `  ${(pairs / totalS).toFixed(0)} pairs/s, ${Math.round(events / totalS).toLocaleString('en')} events/s; engine ${(engineMs / 1000).toFixed(2)} s of it, lake query + mapping ${(totalS - engineMs / 1000).toFixed(2)} s (coverage ${coverageS.toFixed(2)} s); peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  );
  console.log(
    `  baseline Lake.aggregates(): ${aggS.toFixed(2)} s for ${months.toLocaleString('en')} dyad-months; level-for-all-pairs / aggregates ${(totalS / aggS).toFixed(1)}×`,
  );
  console.log(
    `  ${pass ? 'PASS' : 'FAIL'}: ${totalS.toFixed(2)} s ${pass ? '<' : '≥'} 30 s${rows < 10_000_000 ? ` (at ${rows.toLocaleString('en')} rows; the bar is 10M: --rows=10000000)` : ''}`,
  );
  if (process.argv.includes('--keep')) console.log(`  kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

if (process.argv.includes('--lake')) {
  await lakeBench();
  process.exit(0);
}

function timeIt(reps: number, f: () => unknown): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) f();
  return Number(process.hrtime.bigint() - t0) / 1e6 / reps;
}

const reps = flag('reps', 200);
const pair = onePair();
computeLevel(pair);
naiveLevel(pair);
const engineMs = timeIt(reps, () => computeLevel(pair));
const naiveMs = timeIt(Math.max(1, Math.floor(reps / 10)), () => naiveLevel(pair));
const diff = maxDiff(computeLevel(pair).series, naiveLevel(pair));
console.log(`one pair 1979-01..2026-12 (576 months, ${pair.events.length} events), ${reps} reps`);
console.log(
  `  engine ${engineMs.toFixed(3)} ms/computation (target < 50 ms); naive ${naiveMs.toFixed(3)} ms`,
);
console.log(
  `  naive/engine ${(naiveMs / engineMs).toFixed(1)}×; max |engine − naive| ${diff.toExponential(2)}`,
);

// The lake: skewed pair sizes (a few pairs hold most events, as in GDELT), machine-coded only.
const rows = flag('rows', 1_000_000);
const countries = flag('countries', 200);
const naiveEvery = flag('naive-every', 10);
const codes = Array.from({ length: countries }, (_, i) => `C${String(i).padStart(3, '0')}`);
const pairs: Dyad[] = [];
for (let i = 0; i < countries; i++)
  for (let j = i + 1; j < countries; j++) pairs.push([codes[i]!, codes[j]!]);
const wr = prng(11);
const weights = pairs.map(() => wr() ** 4);
const total = weights.reduce((a, b) => a + b, 0);
let genMs = 0;
let engMs = 0;
let sampleEngMs = 0;
let sampleNaiveMs = 0;
let sampled = 0;
let events = 0;
let worst = 0;
const rand = prng(13);
const t0 = process.hrtime.bigint();
pairs.forEach((dyad, p) => {
  const count = Math.round((rows * weights[p]!) / total);
  let g = process.hrtime.bigint();
  const evs = randomEvents(rand, {
    dyad,
    firstMonth: FIRST,
    lastMonth: LAST,
    count,
    idPrefix: `${p}-`,
    provenances: ['gdelt', 'icews'],
  });
  const input: LevelInput = {
    dyad,
    from: monthString(FIRST),
    to: monthString(LAST),
    events: evs,
    agreements: [],
    mechanisms: [],
  };
  genMs += Number(process.hrtime.bigint() - g) / 1e6;
  events += count;
  g = process.hrtime.bigint();
  const level = computeLevel(input);
  const ms = Number(process.hrtime.bigint() - g) / 1e6;
  engMs += ms;
  if (p % naiveEvery === 0) {
    sampled++;
    sampleEngMs += ms;
    g = process.hrtime.bigint();
    const naive = naiveLevel(input);
    sampleNaiveMs += Number(process.hrtime.bigint() - g) / 1e6;
    worst = Math.max(worst, maxDiff(level.series, naive));
  }
});
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `lake: ${countries} countries, ${pairs.length} pairs, ${events} events, 576 months each (wall ${wall.toFixed(1)} s)`,
);
console.log(
  `  engine ${(engMs / 1000).toFixed(2)} s total, ${(pairs.length / (engMs / 1000)).toFixed(0)} pairs/s, ${((events / engMs) * 1000).toFixed(0)} events/s`,
);
console.log(`  (generating the events: ${(genMs / 1000).toFixed(2)} s, not counted)`);
console.log(
  `  naive on every ${naiveEvery}th pair (${sampled} pairs): ${(sampleNaiveMs / 1000).toFixed(2)} s vs engine ${(sampleEngMs / 1000).toFixed(2)} s on the same pairs: naive/engine ${(sampleNaiveMs / sampleEngMs).toFixed(1)}×; max |engine − naive| ${worst.toExponential(2)}`,
);
