/**
 * Steps on a staged ingest: the Parquet files one source file produced under
 * `.staging/<sha>/month=.../`, checked and de-duplicated here before they are moved into the lake.
 * Staged rows carry `_reason` (NULL for rows to store) and `_raw` (the line of quarantined rows).
 */

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../../ingest/read-lines-sql.ts';
import { LAKE_COLUMNS } from './lake-schema.ts';
import type { QuarantineCounts } from './manifest.ts';
import type { QuarantinedRow } from './quarantine-file.ts';

/** The month partition quarantined rows are staged in. */
export const QUARANTINE_MONTH = 'quarantine';

/** The month partition of valid rows an ingest was told to leave out (`--countries`). */
export const FILTERED_MONTH = 'filtered';

/** Whether a staged partition holds rows for the lake (not quarantined, not filtered out). */
const isLakeMonth = (m: string): boolean => m !== QUARANTINE_MONTH && m !== FILTERED_MONTH;

/** Months staged under `stageDir` (directory `month=X`), quarantine included. */
export function stagedMonths(stageDir: string): string[] {
  if (!existsSync(stageDir)) return [];
  return readdirSync(stageDir)
    .filter((d) => d.startsWith('month='))
    .map((d) => d.slice('month='.length))
    .sort();
}

const glob = (stageDir: string): string => sqlString(join(stageDir, '*', '*.parquet'));
const staged = (stageDir: string): string => `read_parquet(${glob(stageDir)}, hive_partitioning=true)`;

/** Rows read, quarantined by reason, and filtered out (the only reason being `countries`). */
export async function stagedCounts(
  conn: DuckDBConnection,
  stageDir: string,
): Promise<{ read: number; quarantined: QuarantineCounts; filtered: QuarantineCounts }> {
  if (stagedMonths(stageDir).length === 0) return { read: 0, quarantined: {}, filtered: {} };
  const rows = (
    await conn.runAndReadAll(
      `SELECT _reason, month = '${FILTERED_MONTH}', count(*)::INTEGER FROM ${staged(stageDir)} GROUP BY 1, 2 ORDER BY 1, 2`,
    )
  ).getRows();
  let read = 0;
  const quarantined: QuarantineCounts = {};
  const filtered: QuarantineCounts = {};
  for (const [reason, isFiltered, n] of rows) {
    read += Number(n);
    if (reason !== null) quarantined[String(reason)] = Number(n);
    else if (isFiltered === true) filtered.countries = Number(n);
  }
  return { read, quarantined, filtered };
}

/** Event id range of each dataset among the staged rows to store, e.g. `{ gdelt2: [881990832, 881992942] }`. */
export type IdRanges = Record<string, [number, number]>;

/** The id ranges of the staged rows (kept in the manifest, so later ingests compare only overlapping files). */
export async function stagedIdRanges(conn: DuckDBConnection, stageDir: string): Promise<IdRanges> {
  const files = storedFiles(stageDir);
  if (files === '') return {};
  const rows = (
    await conn.runAndReadAll(`SELECT dataset, min(event_id)::DOUBLE, max(event_id)::DOUBLE FROM read_parquet([${files}])
      GROUP BY 1 ORDER BY 1`)
  ).getRows();
  return Object.fromEntries(rows.map(([d, lo, hi]) => [String(d), [Number(lo), Number(hi)]]));
}

/** True when two sets of id ranges share a dataset whose ranges overlap. */
export function rangesOverlap(a: IdRanges, b: IdRanges): boolean {
  return Object.entries(a).some(([d, [lo, hi]]) => {
    const other = b[d];
    return other !== undefined && other[0] <= hi && lo <= other[1];
  });
}

/** Staged Parquet files (globs) of the months to store. */
export function storedGlobs(stageDir: string): string[] {
  return stagedMonths(stageDir)
    .filter(isLakeMonth)
    .map((m) => join(stageDir, `month=${m}`, '*.parquet'));
}

/** Staged Parquet files of the months to store, as a SQL list body. */
function storedFiles(stageDir: string): string {
  return storedGlobs(stageDir).map(sqlString).join(', ');
}

/** How many staged rows to store repeat an event id seen earlier in the same file. */
export async function repeatedIds(conn: DuckDBConnection, stageDir: string): Promise<number> {
  const files = storedFiles(stageDir);
  if (files === '') return 0;
  // Distinct ids alone (without the dataset) suffice to prove there is no repeat.
  const n = (
    await conn.runAndReadAll(
      `SELECT (count(*) - count(DISTINCT event_id))::INTEGER FROM read_parquet([${files}])`,
    )
  ).getRows()[0]?.[0];
  return Number(n ?? 0);
}

/**
 * Marks duplicates in a temp table `dups(month, dataset, event_id, source_line)`: a row whose
 * (dataset, event id) an earlier line of the same file already has (repeated rows, reused ICEWS
 * ids), or that `lake` (a relation of the lake's `dataset, event_id` where id ranges overlap, or
 * undefined when none do) already has. Returns
 * how many. Rows read without line numbers have no repeats (see `repeatedIds`; `noRepeats` says
 * that was checked), so their (dataset, event id) alone identifies them.
 */
export async function markDuplicates(
  conn: DuckDBConnection,
  stageDir: string,
  lake: string | undefined,
  noRepeats = false,
): Promise<number> {
  await conn.run(
    'CREATE OR REPLACE TEMP TABLE dups (month VARCHAR, dataset VARCHAR, event_id BIGINT, source_line BIGINT)',
  );
  const files = storedFiles(stageDir);
  if (files === '') return 0;
  if (lake === undefined && (noRepeats || (await repeatedIds(conn, stageDir)) === 0)) return 0;
  const inLake =
    lake === undefined
      ? 'false'
      : `EXISTS (SELECT 1 FROM ${lake} l
          WHERE l.dataset = s.dataset AND l.event_id = s.event_id)`;
  await conn.run(`INSERT INTO dups
    SELECT month, dataset, event_id, source_line FROM (
      SELECT month, source_line, dataset, event_id,
        row_number() OVER (PARTITION BY dataset, event_id ORDER BY source_line) AS k
      FROM read_parquet([${files}], hive_partitioning=true)
    ) s WHERE k > 1 OR ${inLake}`);
  const n = (await conn.runAndReadAll('SELECT count(*)::INTEGER FROM dups')).getRows()[0]?.[0];
  return Number(n ?? 0);
}

/** Rewrites the staged months that hold rows of `dups` without them. */
export async function dropDuplicates(conn: DuckDBConnection, stageDir: string): Promise<void> {
  const months = (await conn.runAndReadAll('SELECT DISTINCT month FROM dups'))
    .getRows()
    .map((r) => String(r[0]));
  for (const month of months) {
    const dir = join(stageDir, `month=${month}`);
    const out = join(stageDir, `dedup-${month}.parquet`);
    await conn.run(`COPY (SELECT * FROM read_parquet(${sqlString(join(dir, '*.parquet'))}) s
      WHERE NOT EXISTS (SELECT 1 FROM dups d WHERE d.month = ${sqlString(month)} AND d.dataset = s.dataset
        AND d.event_id = s.event_id AND d.source_line IS NOT DISTINCT FROM s.source_line)
      ORDER BY source_line) TO ${sqlString(out)} (FORMAT parquet)`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    renameSync(out, join(dir, 'part-0.parquet'));
  }
}

/** The quarantined rows, in line order. */
export async function quarantinedRows(conn: DuckDBConnection, stageDir: string): Promise<QuarantinedRow[]> {
  if (!stagedMonths(stageDir).includes(QUARANTINE_MONTH)) return [];
  const path = sqlString(join(stageDir, `month=${QUARANTINE_MONTH}`, '*.parquet'));
  const rows = (
    await conn.runAndReadAll(
      `SELECT source_line, _reason, _raw FROM read_parquet(${path}) ORDER BY source_line`,
    )
  ).getRows();
  return rows.map(([line, reason, raw]) => ({
    line: Number(line),
    reason: String(reason),
    raw: String(raw ?? ''),
  }));
}

/**
 * Moves the staged months into `events/month=M/<name>.parquet` (one rename each, so every file
 * appears whole) and returns their paths relative to `lakeRoot`. Quarantined and filtered rows are
 * not moved.
 */
export function publishStaged(stageDir: string, eventsDir: string, lakeRoot: string, name: string): string[] {
  const out: string[] = [];
  for (const month of stagedMonths(stageDir)) {
    if (!isLakeMonth(month)) continue;
    const dir = join(stageDir, `month=${month}`);
    const parts = readdirSync(dir)
      .filter((f) => f.endsWith('.parquet'))
      .sort();
    const target = join(eventsDir, `month=${month}`);
    mkdirSync(target, { recursive: true });
    parts.forEach((part, i) => {
      const file = `${name}${parts.length > 1 ? `-${i}` : ''}.parquet`;
      renameSync(join(dir, part), join(target, file));
      out.push(relative(lakeRoot, join(target, file)));
    });
  }
  return out;
}

/** The lake's columns, as a SELECT list (drops the staging-only `_reason` and `_raw`). */
export const LAKE_SELECT = LAKE_COLUMNS.map(([n]) => n).join(', ');
