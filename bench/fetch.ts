/**
 * Fetch benchmark. Generates GDELT 2.0-shaped exports, zips them as GDELT ships them, and compares
 * in the same run (a) `ingest` of the zips already on disk with (b) `fetch` of the same zips from
 * a local server speaking GDELT's paths and list format (downloads, MD5 checks and ingest
 * overlapping), `--jobs 4`. Targets (issue 13): fetch rows/s ≥ 0.8 of ingest's, wall ≤ 1.25×,
 * peak RSS < 1 GB.
 *
 * With `--repeat N` each is measured N times, in alternating order (ingest first, then fetch first,
 * …), so that a machine busy with other work weighs on both alike; the figures are the means.
 *
 *   npx tsx bench/fetch.ts [--files 200] [--rows 10000] [--jobs 4] [--repeat 1]
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchEvents } from '../src/fetch/fetch-events.ts';
import { gdelt2Source } from '../src/fetch/gdelt2-source.ts';
import { DEFAULT_UNPACK_LIMITS } from '../src/ingest/unzip-single.ts';
import { ingestFiles } from '../src/ingest/ingest-files.ts';
import { EventDataServer, gdeltListLine } from '../test/support/event-data-server.ts';
import { zip } from '../test/support/zip.ts';
import { generateGdelt2 } from './_gdelt-generator.ts';
import { flag, measure } from './_measure.ts';

const nFiles = flag('files', 200);
const perFile = flag('rows', 10_000);
const jobs = flag('jobs', 4);
const repeat = flag('repeat', 1);
const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-fetch-'));
const zips = join(dir, 'gdeltv2');
mkdirSync(zips);

// GDELT's names: one export every 15 minutes from 2019-01-01.
const g0 = performance.now();
const lines: string[] = [];
const paths: string[] = [];
for (let f = 0; f < nFiles; f++) {
  const stamp = new Date(Date.UTC(2019, 0, 1) + f * 15 * 60_000)
    .toISOString()
    .replace(/\D/g, '')
    .slice(0, 14);
  const csv = join(dir, `${stamp}.export.CSV`);
  await generateGdelt2(csv, perFile, 900_000_000 + f * perFile, 42 + f);
  const name = `${stamp}.export.CSV.zip`;
  const data = zip([{ name: `${stamp}.export.CSV`, data: readFileSync(csv) }]);
  rmSync(csv);
  writeFileSync(join(zips, name), data);
  paths.push(join(zips, name));
  lines.push(gdeltListLine(`http://data.gdeltproject.org/gdeltv2/${name}`, data));
}
const bytes = paths.reduce((s, p) => s + statSync(p).size, 0);
const rows = nFiles * perFile;
console.log(
  `generated ${rows.toLocaleString('en')} rows in ${nFiles} zipped exports, ${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - g0) / 1000).toFixed(1)} s`,
);

const server = new EventDataServer();
server.mount('/gdeltv2/', zips);
server.put('/gdeltv2/masterfilelist.txt', `${lines.join('\n')}\n`);
await server.start();

let ingested = 0;
let fetched = 0;
let failed = 0;
const http = { mirror: server.url, idleTimeoutMs: 60_000, retries: 5, backoffMs: 1000 };
type Run = Awaited<ReturnType<typeof measure>>;
const ingestRuns: Run[] = [];
const fetchRuns: Run[] = [];
const runIngest = async (k: number): Promise<void> => {
  const run = await measure(async () => {
    const s = await ingestFiles(join(dir, `home-ingest-${k}`), 'gdelt', paths);
    ingested = s.files.reduce((n, f) => n + f.stored, 0);
  });
  ingestRuns.push(run);
  rmSync(join(dir, `home-ingest-${k}`), { recursive: true, force: true });
};
const runFetch = async (k: number): Promise<void> => {
  const run = await measure(async () => {
    const s = await fetchEvents(
      join(dir, `home-fetch-${k}`),
      gdelt2Source(http),
      {},
      {
        dataset: 'gdelt',
        jobs,
        keepDownloads: false,
        download: http,
        ingest: { unpack: DEFAULT_UNPACK_LIMITS },
      },
    );
    fetched = s.files.reduce((n, f) => n + f.stored, 0);
    failed += s.failed.length;
  });
  fetchRuns.push(run);
  rmSync(join(dir, `home-fetch-${k}`), { recursive: true, force: true });
};
for (let k = 0; k < repeat; k++) {
  if (k % 2 === 0) {
    await runIngest(k);
    await runFetch(k);
  } else {
    await runFetch(k);
    await runIngest(k);
  }
  const [i, f] = [ingestRuns.at(-1) as Run, fetchRuns.at(-1) as Run];
  console.log(`round ${k + 1}: ingest ${i.wall.toFixed(2)} s, fetch ${f.wall.toFixed(2)} s`);
}
const mean = (runs: Run[]): Run => ({
  wall: runs.reduce((s, r) => s + r.wall, 0) / runs.length,
  cpu: runs.reduce((s, r) => s + r.cpu, 0) / runs.length,
  peak: Math.max(...runs.map((r) => r.peak)),
});
const ingest = mean(ingestRuns);
const fetch = mean(fetchRuns);
await server.close();

const rate = (wall: number): number => Math.round(rows / wall);
console.log(
  `ingest of the zips on disk: ${ingest.wall.toFixed(2)} s, ${rate(ingest.wall).toLocaleString('en')} rows/s, stored ${ingested.toLocaleString('en')}, CPU ${ingest.cpu.toFixed(1)} s, peak RSS ${(ingest.peak / 1e6).toFixed(0)} MB`,
);
console.log(
  `fetch from the local server, --jobs ${jobs}: ${fetch.wall.toFixed(2)} s, ${rate(fetch.wall).toLocaleString('en')} rows/s, stored ${fetched.toLocaleString('en')}, ${failed} failed, CPU ${fetch.cpu.toFixed(1)} s, peak RSS ${(fetch.peak / 1e6).toFixed(0)} MB`,
);
console.log(
  `fetch / ingest: rows/s ratio ${(rate(fetch.wall) / rate(ingest.wall)).toFixed(2)} (target ≥ 0.8), wall ratio ${(fetch.wall / ingest.wall).toFixed(2)} (target ≤ 1.25); peak RSS ${(Math.max(ingest.peak, fetch.peak) / 1e6).toFixed(0)} MB (target < 1000 MB)`,
);
rmSync(dir, { recursive: true, force: true });
if (fetched !== ingested || failed > 0) {
  console.error('fetch stored other rows than ingest');
  process.exit(1);
}
