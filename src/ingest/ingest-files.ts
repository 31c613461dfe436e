/**
 * Ingests GDELT or ICEWS event files into the lake under a home (DESIGN.md "Event lake"). Each
 * file is staged as Parquet by DuckDB, checked, de-duplicated, then handed to the lake's sink
 * (lake-sink.ts): moved into `events/month=.../` and committed by rewriting the manifest last, or,
 * with `lake` a ClickHouse lake, inserted and committed in its `lake_files`. Either way an
 * interrupted ingest leaves the lake as it was before that file.
 */

import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { iso3FromIcewsName } from '../core/countries.ts';
import { lockLake } from '../store/lake/lake-lock.ts';
import { lakePaths } from '../store/lake/lake-paths.ts';
import type { LakePaths } from '../store/lake/lake-paths.ts';
import type { LakeEngine } from '../store/lake/lake-engine.ts';
import { type LakeSink, parquetSink } from '../store/lake/lake-sink.ts';
import { coversCountries } from '../store/lake/manifest.ts';
import type { ManifestEntry } from '../store/lake/manifest.ts';
import { writeQuarantineFile } from '../store/lake/quarantine-file.ts';
import {
  dropDuplicates,
  FILTERED_MONTH,
  markDuplicates,
  QUARANTINE_MONTH,
  quarantinedRows,
  repeatedIds,
  rangesOverlap,
  stagedCounts,
  stagedIdRanges,
  stagedMonths,
} from '../store/lake/staged-files.ts';
import { fileSha256 } from './file-sha256.ts';
import { firstLine } from './first-line.ts';
import { gdeltSelectSql } from './gdelt-sql.ts';
import { icewsCountryNamesSql, icewsSelectSql } from './icews-sql.ts';
import { IngestInputError } from './ingest-input-error.ts';
import type { FileSummary, IngestProgress, IngestSummary } from './ingest-summary.ts';
import { sqlString } from './read-lines-sql.ts';
import { registerIcewsCountries, registerReferenceTables } from './reference-tables.ts';
import { gunzipBounded } from './gunzip-bounded.ts';
import { sanitizeEncoding } from './sanitize-encoding.ts';
import { unzipSingle } from './unzip-single.ts';
import type { UnpackLimits } from './unzip-single.ts';

export type IngestOptions = {
  onProgress?: IngestProgress;
  /** Time recorded in the manifest; defaults to the current time. */
  now?: () => Date;
  /** DuckDB memory limit, e.g. `'512MB'`; DuckDB spills to the staging directory beyond it. */
  memoryLimit?: string;
  /** Receives the seconds each step of each file took (`hash`, `stage`, `check`, `publish`). */
  trace?: (step: string, seconds: number, file: string) => void;
  /** Test seam: called after the Parquet files are in place and before the manifest is written. */
  beforeCommit?: (file: string) => void;
  /** How far a .zip member may inflate (default 2 GB and 200:1). */
  unpack?: UnpackLimits;
  /** Keep only rows whose two actors both have one of these countries (ISO3); count the rest as filtered. */
  countries?: string[];
  /** The lake to store into when it is not the home's embedded one (a ClickHouse lake). */
  lake?: LakeEngine;
};

/** Where a fetched file came from, recorded in its manifest entry. */
export type FileSource = NonNullable<ManifestEntry['source']>;

/** Typical bytes a row, to turn DuckDB's percentage into a row estimate for the progress bar. */
const BYTES_PER_ROW = { gdelt: 400, icews: 300 } as const;

const sha12 = (sha: string): string => sha.slice(0, 12);

/**
 * Rows a month partition buffers before it is written out. A partitioned COPY holds up to this
 * many rows for every month open at once (a year of backfile opens twelve), so it bounds memory.
 */
const ROW_GROUP_SIZE = 122_880;

/** Lines DuckDB's reader rejected in the last scan (lines that are not UTF-8, in practice). */
async function rejectedLines(conn: DuckDBConnection): Promise<number> {
  const n = (await conn.runAndReadAll('SELECT count(*)::INTEGER FROM reject_errors')).getRows()[0]?.[0];
  return Number(n ?? 0);
}

/** Stages `input` as Parquet under `stageDir`; true when the fast reader did it (no repeated ids then). */
/**
 * `select` with the valid rows whose actors are not both among `countries` moved to the filtered
 * partition (an actor without a country is not among them).
 */
function keepCountriesSql(select: string, countries: string[] | undefined): string {
  if (countries === undefined) return select;
  const list = countries.map(sqlString).join(', ');
  return `SELECT * REPLACE (CASE WHEN month <> '${QUARANTINE_MONTH}'
      AND NOT coalesce(actor1_country IN (${list}) AND actor2_country IN (${list}), false)
    THEN '${FILTERED_MONTH}' ELSE month END AS month) FROM (${select})`;
}

async function stage(
  conn: DuckDBConnection,
  dataset: 'gdelt' | 'icews',
  input: string,
  work: string,
  stageDir: string,
  countries: string[] | undefined,
): Promise<boolean> {
  const copy = async (select: string): Promise<number> => {
    rmSync(stageDir, { recursive: true, force: true });
    await conn.run('DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans');
    await conn.run(`COPY (${keepCountriesSql(select, countries)}) TO ${sqlString(stageDir)}
      (FORMAT parquet, PARTITION_BY (month), FILENAME_PATTERN 'part-{i}', OVERWRITE_OR_IGNORE true,
       ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
    return rejectedLines(conn);
  };
  const linesPath = async (path: string): Promise<number> => {
    if (dataset === 'gdelt') return copy(gdeltSelectSql(path));
    const names = (await conn.runAndReadAll(icewsCountryNamesSql(path))).getRows().map((r) => String(r[0]));
    await registerIcewsCountries(conn, names, iso3FromIcewsName);
    return copy(icewsSelectSql(path));
  };
  if (dataset === 'gdelt') {
    const width = (await firstLine(input))?.split('\t').length;
    // Fast path: DuckDB splits the columns. A row it rejects (another width, bad encoding), a row to
    // quarantine or a repeated id sends the whole file through the line reader, which numbers lines.
    if (
      (width === 57 || width === 58 || width === 61) &&
      (await copy(gdeltSelectSql(input, width))) === 0 &&
      !stagedMonths(stageDir).includes(QUARANTINE_MONTH) &&
      (await repeatedIds(conn, stageDir)) === 0
    )
      return true;
  }
  if ((await linesPath(input)) === 0) return false;
  const sanitized = join(work, 'sanitized.txt');
  await sanitizeEncoding(input, sanitized);
  if ((await linesPath(sanitized)) > 0)
    throw new Error(`${input}: DuckDB rejected lines even after re-encoding`);
  return false;
}

async function ingestOne(
  conn: DuckDBConnection,
  paths: LakePaths,
  sink: LakeSink,
  dataset: 'gdelt' | 'icews',
  file: string,
  opts: IngestOptions,
  source: FileSource | undefined,
): Promise<FileSummary> {
  let t = performance.now();
  const lap = (step: string): void => {
    const now = performance.now();
    opts.trace?.(step, (now - t) / 1000, file);
    t = now;
  };
  if (!existsSync(file)) throw new IngestInputError(`${file}: no such file`);
  if (statSync(file).isDirectory()) throw new IngestInputError(`${file}: is a folder, not a file`);
  if (!statSync(file).isFile()) throw new IngestInputError(`${file}: not a regular file`);
  const bytes = statSync(file).size;
  const manifest = sink.manifest;
  const name = basename(file);
  // Content already ingested has a size already seen: only then must the hash come first. Otherwise
  // hashing runs alongside the staging, on the core DuckDB leaves idle.
  const maybeSeen = manifest.files.some((f) => f.bytes === undefined || f.bytes === bytes);
  let sha256 = '';
  if (maybeSeen) {
    sha256 = await fileSha256(file);
    lap('hash');
    if (manifest.files.some((f) => f.sha256 === sha256 && coversCountries(f.countries, opts.countries))) {
      const filtered = {};
      return {
        file,
        sha256,
        read: 0,
        stored: 0,
        quarantined: {},
        duplicates: 0,
        filtered,
        alreadyIngested: true,
      };
    }
  }
  const work = join(paths.staging, `${process.pid}-${manifest.files.length}`);
  mkdirSync(work, { recursive: true });
  let input = file;
  if (file.toLowerCase().endsWith('.zip')) {
    input = join(work, 'source.txt');
    await unzipSingle(file, input, opts.unpack);
  } else if (file.toLowerCase().endsWith('.gz')) {
    // Unpacked here, bounded and checked whole, never by DuckDB: a truncated file is refused.
    input = join(work, 'source.txt');
    await gunzipBounded(file, input, opts.unpack);
  }
  const stageDir = join(work, 'stage');
  const estimate = Math.max(1, Math.round(statSync(input).size / BYTES_PER_ROW[dataset]));
  const timer = opts.onProgress
    ? setInterval(
        () => opts.onProgress?.(Math.round((conn.progress.percentage / 100) * estimate), estimate, file),
        250,
      )
    : undefined;
  let fast = false;
  try {
    const hashing = maybeSeen ? Promise.resolve(sha256) : fileSha256(file);
    [fast, sha256] = await Promise.all([
      stage(conn, dataset, input, work, stageDir, opts.countries).catch((err: unknown) => {
        // Staging only reads the source: whatever stops it is the file's fault, named as such.
        if (err instanceof IngestInputError) throw err;
        const first = ((err as Error).message ?? String(err)).split('\n')[0]!.trim();
        throw new IngestInputError(
          `${file}: not a ${dataset === 'gdelt' ? 'GDELT' : 'ICEWS'} events file that can be read (${first})`,
        );
      }),
      hashing,
    ]);
  } finally {
    if (timer) clearInterval(timer);
  }
  lap('stage');
  const { read, quarantined, filtered } = await stagedCounts(conn, stageDir);
  lap('count');
  const ids = await stagedIdRanges(conn, stageDir);
  const overlapping = manifest.files.filter((f) => f.ids === undefined || rangesOverlap(f.ids, ids));
  const duplicates = await markDuplicates(conn, stageDir, await sink.lakeIds(conn, overlapping), fast);
  if (duplicates > 0) await dropDuplicates(conn, stageDir);
  lap('duplicates');
  const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
  const rejected = total(quarantined);
  const stored = read - rejected - duplicates - total(filtered);
  opts.onProgress?.(read, read, file);

  let quarantine: string | undefined;
  if (rejected > 0) {
    mkdirSync(paths.quarantine, { recursive: true });
    quarantine = join('quarantine', `${sha12(sha256)}.tsv`);
    writeQuarantineFile(join(paths.root, quarantine), name, await quarantinedRows(conn, stageDir));
  }
  const parquet = await sink.publish(conn, stageDir, `${dataset}-${sha12(sha256)}`);
  opts.beforeCommit?.(file);
  await sink.commit({
    sha256,
    file: name,
    bytes,
    dataset,
    read,
    stored,
    quarantined,
    duplicates,
    ingestedAt: (opts.now?.() ?? new Date()).toISOString(),
    parquet,
    ids,
    ...(quarantine ? { quarantine } : {}),
    ...(opts.countries ? { filtered, countries: opts.countries } : {}),
    ...(source ? { source } : {}),
  });
  rmSync(work, { recursive: true, force: true });
  lap('publish');
  return { file, sha256, read, stored, quarantined, duplicates, filtered, alreadyIngested: false };
}

/** An open ingest: the lake locked and one DuckDB ready, taking files one at a time. */
export type IngestSession = {
  /** Ingests one file (see {@link ingestFiles}); `source` is recorded in its manifest entry. */
  ingest(file: string, source?: FileSource): Promise<FileSummary>;
  /** Releases DuckDB, the staging directory and the lake lock. */
  close(): void;
};

/**
 * Opens an ingest into the lake of `home`: takes the lake's lock, cleans what an interrupted ingest
 * left, and keeps one DuckDB for every file until `close`. Files are ingested one after the
 * other (a second call waits for the first), each committed on its own.
 */
export async function openIngest(
  home: string,
  dataset: 'gdelt' | 'icews',
  opts: IngestOptions = {},
): Promise<IngestSession> {
  const paths = lakePaths(home);
  mkdirSync(paths.events, { recursive: true });
  const unlock = lockLake(paths.root);
  let instance: DuckDBInstance | undefined;
  let conn: DuckDBConnection | undefined;
  let sink: LakeSink | undefined;
  const close = (): void => {
    sink?.close();
    conn?.closeSync();
    instance?.closeSync();
    rmSync(paths.staging, { recursive: true, force: true });
    unlock();
  };
  try {
    const s = opts.lake ? await opts.lake.openSink(paths) : parquetSink(paths);
    sink = s;
    mkdirSync(paths.staging, { recursive: true });
    instance = await DuckDBInstance.create(':memory:', {
      memory_limit: opts.memoryLimit ?? '512MB',
      temp_directory: join(paths.staging, 'duckdb-spill'),
    });
    const c = await instance.connect();
    conn = c;
    await c.run(`SET partitioned_write_flush_threshold = ${ROW_GROUP_SIZE}`);
    // Row order inside a month file carries no meaning (readers sort and de-duplicate), and keeping it
    // would serialise the partitioned write and buffer rows under the memory limit.
    await c.run('SET preserve_insertion_order = false');
    await registerReferenceTables(c);
    let queue: Promise<unknown> = Promise.resolve();
    return {
      ingest(file, source) {
        const next = queue.then(() => ingestOne(c, paths, s, dataset, file, opts, source));
        queue = next.catch(() => undefined);
        return next;
      },
      close,
    };
  } catch (err) {
    close();
    throw err;
  }
}

/**
 * Adds event files to the lake of `home`, one after the other. Content already in the lake (same
 * SHA-256) is skipped with `alreadyIngested: true`. Malformed rows never stop the ingest: they are
 * counted by reason and written to `lake/quarantine/<sha>.tsv` with their file and line. A file
 * that cannot be read at all throws an `IngestInputError` naming it; files before it stay ingested.
 */
export async function ingestFiles(
  home: string,
  dataset: 'gdelt' | 'icews',
  files: string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const session = await openIngest(home, dataset, opts);
  const summaries: FileSummary[] = [];
  try {
    for (const file of files) summaries.push(await session.ingest(file));
  } finally {
    session.close();
  }
  return { files: summaries, seconds: (performance.now() - started) / 1000 };
}
