/**
 * Ingest benchmark. Generates GDELT 2.0-shaped export files, ingests them into a fresh lake and
 * compares throughput with a plain DuckDB `read_csv` → Parquet of the same files in the same run;
 * samples peak memory (RSS) during the ingest; times the dyad-month aggregates for all pairs.
 * Targets (issue 4): ratio ≥ 0.8, peak RSS < 1 GB at 10M rows, aggregates of 10M rows < 10 s.
 *
 *   npx tsx bench/ingest.ts [--rows 1000000] [--files 1] [--keep]
 */

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ingestFiles } from '../src/ingest/ingest-files.ts';
import { Lake } from '../src/store/lake/lake.ts';
import { generateGdelt2Files } from './_gdelt-generator.ts';
import { flag, measure } from './_measure.ts';

const rows = flag('rows', 1_000_000);
const nFiles = flag('files', 1);
const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-ingest-'));
const g0 = performance.now();
const files = await generateGdelt2Files(dir, rows, nFiles);
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
