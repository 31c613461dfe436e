/**
 * Builds the shipped reference data (data/reference/) into a home's Parquet tables on first use,
 * through an in-memory DuckDB: `HOME/reference/<table>.parquet` and `build.json` (what was built,
 * from which files, what could not be mapped). Atomic: everything is written to a temporary folder,
 * then renamed into place; `build.json` carries a hash of the shipped files and of this builder, so
 * a changed shipped file rebuilds.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  COW_HISTORICAL,
  cowToIso3,
  GW_HISTORICAL,
  gwToIso3,
  parseCrosswalk,
} from '../../core/reference/codes.ts';
import { sqlString } from '../../ingest/read-lines-sql.ts';
import { DATA_DIR } from '../paths.ts';
import { REFERENCE_TABLES, UNMAPPED_QUERIES } from './reference-sql.ts';

/** The shipped reference files. */
export const REFERENCE_DIR = join(DATA_DIR, 'reference');

/** Bumped when the tables' shape or the mapping changes: a home built by an older builder rebuilds. */
export const BUILDER_VERSION = 'reference-3';

/** What a build made: `HOME/reference/build.json`. */
export type ReferenceBuild = {
  builder: string;
  /** sha256 of the builder version and the shipped files. */
  hash: string;
  /** Rows per table. */
  tables: Record<string, number>;
  /** Per data set: occurrences of country codes the mapping leaves unresolved, by code, and their total. */
  unmapped: Record<string, { total: number; codes: Record<string, number> }>;
  /** The historical states decided, and how (docs: README, Reference data). */
  decisions: { code: string; iso3: string | null; state: string; why: string }[];
  seconds: number;
};

/** The home's reference folder. */
export function referenceDir(home: string): string {
  return join(home, 'reference');
}

/** The hash a current build must carry. */
export function shippedHash(dir = REFERENCE_DIR): string {
  const hash = createHash('sha256').update(BUILDER_VERSION);
  const files = [...new Set([...REFERENCE_TABLES.map((t) => t.file), 'cow_iso_crosswalk.csv'])].sort();
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest('hex');
}

/** The build of a home's reference folder, or undefined when there is none or it is unreadable. */
export function readBuild(home: string): ReferenceBuild | undefined {
  return readBuildIn(referenceDir(home));
}

/** Rows for a mapping table: `(code, iso3)` with NULL for an unmapped code. */
function mappingValues(map: ReadonlyMap<number, string | null>): string {
  return [...map].map(([code, iso3]) => `(${code}, ${iso3 === null ? 'NULL' : sqlString(iso3)})`).join(', ');
}

/**
 * Where built tables are kept for other homes on this machine (a second home links them instead of
 * building again): `BILATERAL_CACHE`, else `~/.cache/bilateral`; `BILATERAL_CACHE=off` keeps none.
 */
export function referenceCacheDir(env: Record<string, string | undefined> = process.env): string | undefined {
  const dir = env['BILATERAL_CACHE'];
  if (dir === 'off') return undefined;
  return dir ?? join(env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'bilateral');
}

/** Copies (hard-links where it can) every file of `from` into the new folder `to`. */
function copyDir(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) {
    try {
      linkSync(join(from, f), join(to, f));
    } catch {
      copyFileSync(join(from, f), join(to, f));
    }
  }
}

/** Moves a finished folder into place atomically; false when another process put a current one there first. */
function swapIn(tmp: string, target: string, current: () => boolean): void {
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (err) {
    if (!current()) throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * Builds the reference tables of `home` when they are missing or were built from other files,
 * reporting progress through `progress` (one line per table); a build of the same files in the
 * machine's cache is linked instead (`cache` null: none). Returns the build in force.
 */
export async function ensureReference(
  home: string,
  progress: (line: string) => void = () => {},
  dir = REFERENCE_DIR,
  cache: string | null = referenceCacheDir() ?? null,
): Promise<ReferenceBuild> {
  const hash = shippedHash(dir);
  const current = readBuild(home);
  if (current?.hash === hash) return current;
  const cached = cache ? join(cache, `reference-${hash.slice(0, 16)}`) : undefined;
  if (cached && readBuildIn(cached)?.hash === hash) {
    const tmp = `${referenceDir(home)}.tmp-${process.pid}-${Date.now()}`;
    copyDir(cached, tmp);
    swapIn(tmp, referenceDir(home), () => readBuild(home)?.hash === hash);
    progress(`reference data: linked the tables built from the same files (${cached})`);
    return readBuild(home)!;
  }
  const build = await buildReference(home, hash, progress, dir);
  if (cached) {
    // Best effort: a cache that cannot be written only means the next home builds again.
    try {
      const tmp = `${cached}.tmp-${process.pid}-${Date.now()}`;
      copyDir(referenceDir(home), tmp);
      swapIn(tmp, cached, () => readBuildIn(cached)?.hash === hash);
    } catch {}
  }
  return build;
}

function readBuildIn(folder: string): ReferenceBuild | undefined {
  const file = join(folder, 'build.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ReferenceBuild;
  } catch {
    return undefined;
  }
}

async function buildReference(
  home: string,
  hash: string,
  progress: (line: string) => void,
  dir: string,
): Promise<ReferenceBuild> {
  const started = performance.now();
  const target = referenceDir(home);
  const tmp = `${target}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const rows = parseCrosswalk(readFileSync(join(dir, 'cow_iso_crosswalk.csv'), 'utf8'));
    await conn.run(`CREATE TABLE cow (code INTEGER, iso3 VARCHAR)`);
    await conn.run(`INSERT INTO cow VALUES ${mappingValues(cowToIso3(rows))}`);
    await conn.run(`CREATE TABLE gw (code INTEGER, iso3 VARCHAR)`);
    await conn.run(`INSERT INTO gw VALUES ${mappingValues(gwToIso3(rows))}`);
    const tables: Record<string, number> = {};
    const n = REFERENCE_TABLES.length;
    for (const [i, t] of REFERENCE_TABLES.entries()) {
      progress(`reference data: building ${t.name} (${i + 1}/${n}) from ${t.file}…`);
      const out = join(tmp, `${t.name}.parquet`);
      await conn.run(`COPY (${t.select(join(dir, t.file))}) TO ${sqlString(out)} (FORMAT parquet)`);
      const count = await conn.runAndReadAll(`SELECT count(*) FROM read_parquet(${sqlString(out)})`);
      tables[t.name] = Number(count.getRows()[0]![0]);
    }
    const unmapped: ReferenceBuild['unmapped'] = {};
    for (const q of UNMAPPED_QUERIES) {
      const reader = await conn.runAndReadAll(q.sql(join(dir, q.file)));
      const codes: Record<string, number> = {};
      let total = 0;
      for (const [code, count] of reader.getRows()) {
        const key = String(code);
        codes[key] = (codes[key] ?? 0) + Number(count);
        total += Number(count);
      }
      unmapped[q.dataset] = { total, codes };
    }
    const decisions = [
      ...Object.entries(COW_HISTORICAL).map(([code, d]) => ({ code: `COW ${code}`, ...d })),
      ...Object.entries(GW_HISTORICAL).map(([code, d]) => ({ code: `GW ${code}`, ...d })),
    ];
    const build: ReferenceBuild = {
      builder: BUILDER_VERSION,
      hash,
      tables,
      unmapped,
      decisions,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    writeFileSync(join(tmp, 'build.json'), `${JSON.stringify(build, null, 2)}\n`);
    // Swap in: the old folder (if any) moves aside first, so a reader sees an old or a new build, never half.
    swapIn(tmp, target, () => readBuild(home)?.hash === hash);
    const total = Object.values(unmapped).reduce((s, u) => s + u.total, 0);
    progress(
      `reference data: built ${n} tables in ${build.seconds} s; ${total} code occurrences unmapped (bilateral reference --json lists them)`,
    );
    return build;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    conn.closeSync();
    instance.closeSync();
  }
}
