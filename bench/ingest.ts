/**
 * Ingest benchmark. Generates GDELT 2.0-shaped export files, ingests them into a fresh lake and
 * compares throughput with a plain DuckDB `read_csv` → Parquet of the same files in the same run;
 * samples peak memory (RSS) during the ingest; times the dyad-month aggregates for all pairs.
 * Targets (issue 4): ratio ≥ 0.8, peak RSS < 1 GB at 10M rows, aggregates of 10M rows < 10 s.
 *
 *   npx tsx bench/ingest.ts [--rows 1000000] [--files 1] [--keep]
 */

import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { allCameoCodes, quadClass } from '../src/core/cameo.ts';
import { allCountries } from '../src/core/countries.ts';
import { ingestFiles } from '../src/ingest/ingest-files.ts';
import { Lake } from '../src/store/lake/lake.ts';

function flag(name: string, fallback: number): number {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const arg = process.argv[i] ?? '';
  return Number(arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : process.argv[i + 1]);
}

/** Small deterministic PRNG (mulberry32) so every run ingests the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `rows` GDELT 2.0 rows (61 columns) over 60 countries and every CAMEO code. */
async function generate(path: string, rows: number, firstId: number, seed: number): Promise<void> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const countries = allCountries()
    .filter((c) => c.fips)
    .slice(0, 60);
  const codes = allCameoCodes().filter((c) => c.code.length >= 3);
  const out = createWriteStream(path);
  let buf: string[] = [];
  // Like a real export: most rows dated in the file's own month, a few up to a year earlier.
  const month = seed % 12;
  for (let i = 0; i < rows; i++) {
    const d =
      rand() < 0.97
        ? new Date(Date.UTC(2019, month, 1 + Math.floor(rand() * 28)))
        : new Date(Date.UTC(2019, month, 1 - Math.floor(rand() * 365)));
    const day = Math.floor((d.getTime() - Date.UTC(2019, 0, 1)) / 86_400_000);
    const ymd = d.toISOString().slice(0, 10).replaceAll('-', '');
    const actor = (): string[] => {
      if (rand() < 0.35) return ['', '', '', '', '', '', '', '', '', ''];
      const c = pick(countries);
      return [`${c.iso3}GOV`, c.names.en.toUpperCase(), c.iso3, '', '', '', '', 'GOV', '', ''];
    };
    const code = pick(codes);
    const g = pick(countries);
    const geo = [
      '4',
      `${g.capitals[0] ?? g.names.en}, ${g.names.en}`,
      g.fips ?? '',
      `${g.fips}00`,
      '',
      '41.3',
      '69.25',
      '-2203232',
    ];
    const mentions = 1 + Math.floor(rand() * 20);
    const row = [
      String(firstId + i),
      ymd,
      ymd.slice(0, 6),
      ymd.slice(0, 4),
      (2019 + day / 365).toFixed(4),
      ...actor(),
      ...actor(),
      rand() < 0.6 ? '1' : '0',
      code.code,
      code.code.slice(0, 3),
      code.root,
      String(quadClass(code.root)),
      String(code.goldstein),
      String(mentions),
      String(1 + Math.floor(mentions / 4)),
      String(mentions),
      (rand() * 20 - 10).toFixed(6),
      ...geo,
      ...geo,
      ...geo,
      `${ymd}143000`,
      `https://news.example.org/${ymd}/${firstId + i}.html`,
    ];
    buf.push(row.join('\t'));
    if (buf.length === 10_000) {
      if (!out.write(`${buf.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = [];
    }
  }
  if (buf.length > 0) out.write(`${buf.join('\n')}\n`);
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

/** Wall-clock and CPU seconds of `fn`, with the peak RSS sampled every 50 ms. */
async function measure(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, peak };
}

const rows = flag('rows', 1_000_000);
const nFiles = flag('files', 1);
const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-ingest-'));
const files: string[] = [];
const perFile = Math.ceil(rows / nFiles);
const g0 = performance.now();
for (let f = 0; f < nFiles; f++) {
  const path = join(dir, `2019${String(f).padStart(4, '0')}.export.CSV`);
  await generate(path, Math.min(perFile, rows - f * perFile), 900_000_000 + f * perFile, 42 + f);
  files.push(path);
}
const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
console.log(
  `generated ${rows.toLocaleString('en')} rows in ${nFiles} file(s), ${(bytes / 1e6).toFixed(0)} MB, ${((performance.now() - g0) / 1000).toFixed(1)} s`,
);

// Baseline: plain DuckDB with its default settings, types auto-detected.
const plain = await measure(async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const f of files) {
    await conn.run(
      `COPY (SELECT * FROM read_csv('${f}', delim='\t', header=false)) TO '${f}.plain.parquet' (FORMAT parquet)`,
    );
  }
  conn.closeSync();
  instance.closeSync();
});

const home = join(dir, 'home');
let stored = 0;
const steps = new Map<string, number>();
const ours = await measure(async () => {
  const summary = await ingestFiles(home, 'gdelt', files, {
    trace: (step, seconds) => steps.set(step, (steps.get(step) ?? 0) + seconds),
  });
  stored = summary.files.reduce((s, f) => s + f.stored, 0);
});

let pairs = 0;
const aggregates = await measure(async () => {
  const lake = await Lake.open(home);
  pairs = (await lake.aggregates()).length;
  lake.close();
});

const rate = (s: number): string => `${Math.round(rows / s).toLocaleString('en')} rows/s`;
console.log(
  `plain DuckDB read_csv → Parquet: ${plain.wall.toFixed(2)} s (${rate(plain.wall)}), CPU ${plain.cpu.toFixed(1)} s`,
);
console.log(
  `bilateral ingest:               ${ours.wall.toFixed(2)} s (${rate(ours.wall)}), CPU ${ours.cpu.toFixed(1)} s, stored ${stored.toLocaleString('en')}`,
);
console.log(
  `throughput ratio (plain time / ingest time): wall ${(plain.wall / ours.wall).toFixed(2)}, CPU ${(plain.cpu / ours.cpu).toFixed(2)} (target ≥ 0.8)`,
);
console.log(`ingest steps: ${[...steps].map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(', ')}`);
console.log(`peak RSS during ingest: ${(ours.peak / 1e6).toFixed(0)} MB (target < 1000 MB at 10M rows)`);
console.log(
  `aggregates, all pairs: ${aggregates.wall.toFixed(2)} s for ${pairs.toLocaleString('en')} dyad-months (target < 10 s at 10M rows)`,
);
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${dir}`);
