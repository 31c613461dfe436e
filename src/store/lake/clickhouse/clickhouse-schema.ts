/**
 * The ClickHouse lake's tables (docs/clickhouse.md). `events` holds the lake's columns (lake-schema.ts)
 * plus the sorted dyad (`''` for rows that form none) and the id of the ingest that wrote the row;
 * it is a `MergeTree` partitioned by month and ordered by (dyad, day), or on a cluster a
 * `Distributed` table over such an `events_local` on every shard, sharded on the dyad so a pair's
 * events live together. `lake_files` is the manifest: a row's ingest is read only once its file is
 * recorded there.
 */

import { LAKE_COLUMNS } from '../lake-schema.ts';
import { type ClickHouseConnection, chString } from './clickhouse-connection.ts';

/** ClickHouse types of the lake's DuckDB types (all Nullable but the day, which partitions and orders). */
const TYPES: Record<string, string> = {
  BIGINT: 'Int64',
  VARCHAR: 'String',
  DATE: 'Date',
  TINYINT: 'Int8',
  DOUBLE: 'Float64',
  INTEGER: 'Int32',
  BOOLEAN: 'UInt8',
};

/** The columns of `events`, in the order an ingest writes them. */
export const CH_COLUMNS: readonly (readonly [name: string, duckType: string, chType: string])[] = [
  ['ingest_id', 'UBIGINT', 'UInt64'],
  ['dyad_a', 'VARCHAR', 'String'],
  ['dyad_b', 'VARCHAR', 'String'],
  ...LAKE_COLUMNS.map(
    ([n, t]) => [n, t, n === 'event_date' ? 'Date' : `Nullable(${TYPES[t] ?? 'String'})`] as const,
  ),
];

const columnsSql = CH_COLUMNS.map(([n, , t]) => `${n} ${t}`).join(', ');

const MERGE_TREE =
  'ENGINE = MergeTree PARTITION BY toYYYYMM(event_date) ORDER BY (dyad_a, dyad_b, event_date)';

/** `CREATE TABLE` of the events table holding rows (`events`, or `events_local` on each shard). */
export function eventsTableSql(table: string): string {
  return `CREATE TABLE IF NOT EXISTS ${table} (${columnsSql}) ${MERGE_TREE}`;
}

/** `CREATE TABLE` of the manifest: one row per committed file, its entry as JSON. */
export function lakeFilesTableSql(table: string): string {
  return `CREATE TABLE IF NOT EXISTS ${table} (sha256 String, ingest_id UInt64, committed_at DateTime, entry String)
    ENGINE = MergeTree ORDER BY (committed_at, sha256)`;
}

/** How `lake init` lays the lake out. */
export type LakeLayout = {
  /** The cluster (`remote_servers`) to shard over; none: one server. */
  cluster?: string;
  /**
   * HTTP connections to each shard, when the cluster has no distributed DDL (no ZooKeeper): the
   * shard tables are created on each directly instead of `ON CLUSTER`.
   */
  shards?: ClickHouseConnection[];
};

/** Creates the database and tables (idempotent); on a cluster, checks it exists first. */
export async function initLake(conn: ClickHouseConnection, layout: LakeLayout = {}): Promise<string> {
  const db = conn.address.database;
  if (layout.cluster === undefined) {
    await conn.command(`CREATE DATABASE IF NOT EXISTS ${db}`);
    await conn.command(eventsTableSql(conn.table('events')));
    await conn.command(lakeFilesTableSql(conn.table('lake_files')));
    return `${conn.table('events')}: MergeTree on one server`;
  }
  const cluster = layout.cluster;
  const [row] = await conn.rows<{ shards: string }>(
    `SELECT uniqExact(shard_num) AS shards FROM system.clusters WHERE cluster = ${chString(cluster)}`,
  );
  const shards = Number(row?.shards ?? 0);
  if (shards === 0)
    throw new RangeError(`--cluster: the server knows no cluster "${cluster}" (see remote_servers)`);
  if (layout.shards && layout.shards.length !== shards)
    throw new RangeError(`--shard: cluster "${cluster}" has ${shards} shards, ${layout.shards.length} given`);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(cluster))
    throw new RangeError(`--cluster: "${cluster}" is not a plain name`);
  if (layout.shards) {
    for (const shard of layout.shards) {
      await shard.command(`CREATE DATABASE IF NOT EXISTS ${db}`);
      await shard.command(eventsTableSql(shard.table('events_local')));
    }
  } else {
    await conn.command(`CREATE DATABASE IF NOT EXISTS ${db} ON CLUSTER ${cluster}`);
    await conn.command(eventsTableSql(`${conn.table('events_local')} ON CLUSTER ${cluster}`));
  }
  await conn.command(`CREATE DATABASE IF NOT EXISTS ${db}`);
  await conn.command(
    `CREATE TABLE IF NOT EXISTS ${conn.table('events')} AS ${conn.table('events_local')}
      ENGINE = Distributed(${cluster}, ${db}, events_local, cityHash64(dyad_a, dyad_b))`,
  );
  await conn.command(lakeFilesTableSql(conn.table('lake_files')));
  return `${conn.table('events')}: Distributed over ${shards} shards of ${cluster} (events_local, sharded on the dyad)`;
}
