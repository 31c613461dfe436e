/**
 * Where an ingest puts what it staged: the lake's side of the exactly-once promise. `publish` puts
 * a file's staged rows in the lake where no reader sees them yet; `commit` records the file, and
 * only then are its rows read. The embedded sink moves Parquet files and rewrites the manifest
 * (the commit point); the ClickHouse sink (clickhouse/clickhouse-sink.ts) inserts rows tagged with
 * an ingest id and then records the file in `lake_files`.
 */

import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../../ingest/read-lines-sql.ts';
import { cleanLake, lakeParquetFiles } from './lake-cleanup.ts';
import type { LakePaths } from './lake-paths.ts';
import { type Manifest, type ManifestEntry, readManifest, writeManifest } from './manifest.ts';
import { publishStaged } from './staged-files.ts';

export type LakeSink = {
  /** The files the lake holds, as the ingest starts (kept up to date by `commit`). */
  manifest: Manifest;
  /**
   * A DuckDB relation of `dataset, event_id` the lake holds among `entries` (those whose id ranges
   * overlap the staged rows'), or undefined when there is none to compare with.
   */
  lakeIds(conn: DuckDBConnection, entries: ManifestEntry[]): Promise<string | undefined>;
  /** Puts the staged rows in the lake, unseen until `commit`; returns the Parquet files it wrote (relative). */
  publish(conn: DuckDBConnection, stageDir: string, name: string): Promise<string[]>;
  /** Records the file: from now on its rows are read. */
  commit(entry: ManifestEntry): Promise<void>;
  close(): void;
};

/** The embedded lake's sink: Parquet under `events/month=…/`, the manifest file as commit point. */
export function parquetSink(paths: LakePaths): LakeSink {
  const manifest = readManifest(paths.manifest);
  cleanLake(paths, manifest);
  return {
    manifest,
    async lakeIds(_conn, entries) {
      const files = lakeParquetFiles(paths, { version: 1, files: entries });
      return files.length === 0 ? undefined : `read_parquet([${files.map(sqlString).join(', ')}])`;
    },
    publish: async (_conn, stageDir, name) => publishStaged(stageDir, paths.events, paths.root, name),
    async commit(entry) {
      manifest.files.push(entry);
      writeManifest(paths.manifest, manifest);
    },
    close: () => undefined,
  };
}
