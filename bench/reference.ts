/**
 * Reference data benchmark (issue 11's bars). In a fresh temporary home, with no machine cache:
 * (1) the first build of the shipped reference files into Parquet (bar: < 60 s); (2) the levels of
 * every pair with reference facts, 1946-01..2026-12 (bar: < 60 s), reading the facts included;
 * (3) one pair's level in an open home (warm: the median of repeated `levelOf`, bar: < 1 s);
 * (4) `partners USA --month 2010-06` (bar: ≥ 150 partners), timed.
 *
 *   npx tsx bench/reference.ts [--reps=20]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEVEL_PARAMS } from '../src/core/level/params.ts';
import { forEachPairLevel } from '../src/service/all-pairs.ts';
import { levelOf } from '../src/service/level.ts';
import { partnersOf } from '../src/service/partners.ts';
import { openHome } from '../src/store/home.ts';
import { ensureReference, REFERENCE_DIR } from '../src/store/reference/build-reference.ts';
import { Reference } from '../src/store/reference/reference.ts';
import { referencePort } from '../src/store/reference/reference-port.ts';

function flag(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
}

const seconds = (t0: number): number => (performance.now() - t0) / 1000;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-reference-'));
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
try {
  const now = new Date('2026-11-30T00:00:00Z');
  const home = openHome(dir, now);
  let t0 = performance.now();
  const build = await ensureReference(dir, (line) => console.error(line), REFERENCE_DIR, null);
  const buildSeconds = seconds(t0);
  const rows = Object.values(build.tables).reduce((s, n) => s + n, 0);
  check(
    buildSeconds < 60,
    `first build: ${buildSeconds.toFixed(1)} s for ${rows.toLocaleString('en-US')} rows in ${Object.keys(build.tables).length} tables (bar < 60 s)`,
  );

  const ref = await Reference.open(dir);
  const port = referencePort(ref, LEVEL_PARAMS);
  t0 = performance.now();
  let months = 0;
  let measurable = 0;
  const pairs = await forEachPairLevel(home.kb, port, { from: '1946-01', to: '2026-12' }, (_d, level) => {
    months += level.series.length;
    if (level.measurable) measurable++;
  });
  const allSeconds = seconds(t0);
  check(
    allSeconds < 60,
    `all pairs 1946-01..2026-12: ${pairs.toLocaleString('en-US')} pairs (${measurable.toLocaleString('en-US')} measurable), ${months.toLocaleString('en-US')} months in ${allSeconds.toFixed(1)} s (bar < 60 s)`,
  );

  const reps = flag('reps', 20);
  for (const [a, b] of [
    ['IND', 'PAK'],
    ['GBR', 'USA'],
    ['AZE', 'UZB'],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i <= reps; i++) {
      t0 = performance.now();
      await levelOf(home.kb, undefined, [a, b], { now: '2026-11', reference: port });
      if (i > 0) times.push(seconds(t0));
    }
    check(
      median(times) < 1,
      `level ${a} ${b}, warm: median ${(median(times) * 1000).toFixed(0)} ms of ${reps} (bar < 1 s)`,
    );
  }

  t0 = performance.now();
  const partners = await partnersOf(home.kb, undefined, 'USA', {
    now: '2026-11',
    month: '2010-06',
    reference: port,
  });
  check(
    partners.partners.length >= 150,
    `partners USA --month 2010-06: ${partners.partners.length} partners in ${seconds(t0).toFixed(2)} s (bar ≥ 150)`,
  );
  ref.close();
  home.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) process.exit(1);
