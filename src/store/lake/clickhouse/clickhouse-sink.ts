/**
 * Ingest into a ClickHouse lake. Staging, checks and de-duplication stay with DuckDB (ingest-files.ts);
 * the staged rows then go to `events` as one streamed TabSeparated insert, each row tagged with a
 * fresh ingest id, and the file is committed by one row in `lake_files`. Readers take only rows of
 * committed ingest ids, so rows of an ingest killed half-way are never read and a re-run, under a new
 * id, stores every row exactly once: the staging-table promise without moving partitions, which
 * would need DDL on every shard.
 */

import { randomBytes } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../../../ingest/read-lines-sql.ts';
import type { LakePaths } from '../lake-paths.ts';
import type { LakeSink } from '../lake-sink.ts';
import { storedGlobs } from '../staged-files.ts';
import { type ClickHouseConnection, chString } from './clickhouse-connection.ts';
import { checkedConnection, type StoredEntry, storedEntries } from './clickhouse-lake.ts';
import { CH_COLUMNS } from './clickhouse-schema.ts';
import type { ClickHouseAddress } from './lake-url.ts';

const NULL = `'\\N'`;

/** DuckDB SQL turning one lake column into its TabSeparated text (`\N` for NULL). */
function tsvColumn(name: string, type: string): string {
  if (type === 'VARCHAR')
    return `coalesce(replace(replace(replace(replace(${name}, '\\', '\\\\'), chr(9), '\\t'), chr(10), '\\n'), chr(13), '\\r'), ${NULL})`;
  if (type === 'DATE') return `coalesce(strftime(${name}, '%Y-%m-%d'), ${NULL})`;
  if (type === 'BOOLEAN') return `coalesce(${name}::INTEGER::VARCHAR, ${NULL})`;
  return `coalesce(${name}::VARCHAR, ${NULL})`;
}

/** The sorted dyad of a row, `''` when its actors are not two distinct countries. */
const DYAD = (pick: 'least' | 'greatest') =>
  `CASE WHEN actor1_country IS NOT NULL AND actor2_country IS NOT NULL AND actor1_country <> actor2_country
    THEN ${pick}(actor1_country, actor2_country) ELSE '' END`;

/** The TabSeparated line of each row of `relation`, tagged with `ingestId`. */
function tsvLinesSql(relation: string, ingestId: string): string {
  const fields = CH_COLUMNS.map(([name, type]) =>
    name === 'ingest_id'
      ? `'${ingestId}'`
      : name === 'dyad_a'
        ? DYAD('least')
        : name === 'dyad_b'
          ? DYAD('greatest')
          : tsvColumn(name, type),
  );
  return `SELECT concat_ws(chr(9), ${fields.join(', ')}) AS line FROM ${relation}`;
}

/** A fresh ingest id (48 random bits: two ingests never share one). */
export const newIngestId = (): string => String(randomBytes(6).readUIntBE(0, 6));

/**
 * Inserts the rows of the Parquet `files` into `events` under `ingestId` and returns the days they
 * were added and dated (what the file covers, lake-coverage.ts). DuckDB writes the TabSeparated
 * text to a file in `scratch` (in parallel, several times faster than handing chunks to Node),
 * which is then streamed to ClickHouse in one request and deleted.
 */
export async function insertParquet(
  conn: ClickHouseConnection,
  duck: DuckDBConnection,
  files: string[],
  ingestId: string,
  scratch: string,
): Promise<StoredEntry['days']> {
  const days: StoredEntry['days'] = { added: [], dated: [] };
  if (files.length === 0) return days;
  const relation = `read_parquet([${files.map(sqlString).join(', ')}], union_by_name=true)`;
  const found = (
    await duck.runAndReadAll(
      `SELECT DISTINCT strftime(added_date, '%Y-%m-%d'), strftime(event_date, '%Y-%m-%d') FROM ${relation}`,
    )
  ).getRows();
  const added = new Set<string>();
  const dated = new Set<string>();
  for (const [a, d] of found) {
    if (a !== null) added.add(String(a));
    if (d !== null) dated.add(String(d));
  }
  days.added = [...added].sort();
  days.dated = [...dated].sort();
  // A Distributed table forwards the rows to the shards before answering, not later from a queue:
  // when the insert returns, every row is where readers look.
  const tsv = join(scratch, `insert-${ingestId}.tsv`);
  // One column holding the whole line; no quoting, so DuckDB writes it as it is.
  await duck.run(`COPY (${tsvLinesSql(relation, ingestId)}) TO ${sqlString(tsv)}
    (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\x01')`);
  try {
    await insertTsvFile(conn, tsv);
  } finally {
    rmSync(tsv, { force: true });
  }
  return days;
}

async function insertTsvFile(conn: ClickHouseConnection, tsv: string): Promise<void> {
  await conn.insertTsv(
    conn.table('events'),
    CH_COLUMNS.map(([n]) => n),
    createReadStream(tsv),
    // Blocks of 64 Ki rows: each is written (a part per month, on its shard) as it fills, so memory
    // holds one block; rows of an ingest cut short may thus be in the table, never read (see above).
    { insert_distributed_sync: 1, max_insert_block_size: '65536' },
  );
}

/** Records a file in `lake_files`: the commit point of its ingest. */
export async function commitEntry(
  conn: ClickHouseConnection,
  ingestId: string,
  entry: StoredEntry,
): Promise<void> {
  const at = entry.ingestedAt.slice(0, 19).replace('T', ' ');
  await conn.command(
    `INSERT INTO ${conn.table('lake_files')} (sha256, ingest_id, committed_at, entry) VALUES
      (${chString(entry.sha256)}, ${ingestId}, toDateTime(${chString(at)}), ${chString(JSON.stringify({ ...entry, ingestId }))})`,
  );
}

/** A sink into the ClickHouse lake at `address`; the ingest stages under `paths`. */
export async function clickHouseSink(address: ClickHouseAddress, paths: LakePaths): Promise<LakeSink> {
  // What an interrupted ingest staged here is of no use: its rows in ClickHouse are never read.
  rmSync(paths.staging, { recursive: true, force: true });
  const conn = await checkedConnection(address);
  const manifest = { version: 1 as const, files: await storedEntries(conn) };
  let pending: { ingestId: string; days: StoredEntry['days'] } | undefined;
  return {
    manifest,
    async lakeIds(duck, entries) {
      const ids = (entries as Partial<StoredEntry>[]).map((e) => e.ingestId).filter((id) => id !== undefined);
      if (ids.length === 0) return undefined;
      const file = join(paths.staging, `lake-ids-${process.pid}.tsv`);
      const lines: string[] = [];
      for await (const [dataset, id] of conn.tsv(
        `SELECT dataset, event_id FROM ${conn.table('events')} WHERE ingest_id IN (${ids.join(', ')})`,
      ))
        lines.push(`${dataset}\t${id}`);
      await writeFile(file, lines.length ? `${lines.join('\n')}\n` : '');
      await duck.run(`CREATE OR REPLACE TEMP TABLE lake_ids AS SELECT * FROM read_csv(${sqlString(file)},
        columns={'dataset':'VARCHAR','event_id':'BIGINT'}, delim='\\t', header=false, auto_detect=false, quote='', escape='')`);
      rmSync(file, { force: true });
      return 'lake_ids';
    },
    async publish(duck, stageDir) {
      const ingestId = newIngestId();
      pending = {
        ingestId,
        days: await insertParquet(conn, duck, storedGlobs(stageDir), ingestId, stageDir),
      };
      return [];
    },
    async commit(entry) {
      if (!pending) throw new Error(`commit of ${entry.file} before its rows were inserted`);
      const stored: StoredEntry = { ...entry, days: pending.days, ingestId: pending.ingestId };
      await commitEntry(conn, pending.ingestId, stored);
      manifest.files.push(stored);
      pending = undefined;
    },
    close() {
      void conn.close();
    },
  };
}
