/**
 * A deterministic generator of GDELT 2.0-shaped export files, shared by the benchmarks that need a
 * lake (bench/ingest.ts, bench/level.ts --lake). The `_` prefix keeps `npm run bench` from running it.
 */

import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { allCameoCodes, quadClass } from '../src/core/cameo.ts';
import { allCountries } from '../src/core/countries.ts';

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

/**
 * Writes `rows` GDELT 2.0 export rows (61 columns, tab-separated) over 60 countries and every CAMEO
 * code to `path`, with event ids from `firstId`; `seed` fixes the rows and their month (seed % 12 of 2019).
 */
export async function generateGdelt2(
  path: string,
  rows: number,
  firstId: number,
  seed: number,
): Promise<void> {
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

/**
 * `rows` rows in `nFiles` export files of `dir` (`2019NNNN.export.CSV`), the same rows every run
 * for the same counts: the lake the ingest, level and lake benchmarks build.
 */
export async function generateGdelt2Files(dir: string, rows: number, nFiles: number): Promise<string[]> {
  const files: string[] = [];
  const perFile = Math.ceil(rows / nFiles);
  for (let f = 0; f < nFiles; f++) {
    const path = join(dir, `2019${String(f).padStart(4, '0')}.export.CSV`);
    await generateGdelt2(path, Math.min(perFile, rows - f * perFile), 900_000_000 + f * perFile, 42 + f);
    files.push(path);
  }
  return files;
}
