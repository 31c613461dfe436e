/**
 * `lake migrate`: copies the home's embedded lake into a ClickHouse lake, file by file, each under
 * its own ingest id and committed like an ingest (rows first, then its `lake_files` row), so a
 * migration stopped half-way is resumed by running it again: committed files are skipped and the
 * rows of the interrupted one are never read.
 */

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { lockLake } from '../lake-lock.ts';
import { lakePaths } from '../lake-paths.ts';
import { coversCountries, type ManifestEntry, readManifest } from '../manifest.ts';
import { ClickHouseConnection } from './clickhouse-connection.ts';
import { checkLake, storedEntries } from './clickhouse-lake.ts';
import { commitEntry, insertParquet, newIngestId } from './clickhouse-sink.ts';
import type { ClickHouseAddress } from './lake-url.ts';

/** One file handled: copied (with its rows) or skipped, the lake holding it already. */
export type MigratedFile = { entry: ManifestEntry; copied: boolean; done: number; total: number };

/** Copies every file of the embedded lake of `home` that the ClickHouse lake does not hold. */
export async function migrateLake(
  home: string,
  address: ClickHouseAddress,
  onFile: (f: MigratedFile) => void = () => undefined,
): Promise<{ copied: number; skipped: number; rows: number }> {
  const paths = lakePaths(home);
  const unlock = lockLake(paths.root);
  const scratch = join(paths.staging, `migrate-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  const conn = new ClickHouseConnection(address);
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  try {
    await checkLake(conn);
    const held = await storedEntries(conn);
    const files = readManifest(paths.manifest).files;
    let copied = 0;
    let rows = 0;
    for (const [i, entry] of files.entries()) {
      const there = held.some(
        (h) => h.sha256 === entry.sha256 && coversCountries(h.countries, entry.countries),
      );
      if (!there) {
        const ingestId = newIngestId();
        const parquet = entry.parquet.map((p) => join(paths.root, p));
        const days = await insertParquet(conn, duck, parquet, ingestId, scratch);
        await commitEntry(conn, ingestId, { ...entry, parquet: [], days, ingestId });
        copied++;
        rows += entry.stored;
      }
      onFile({ entry, copied: !there, done: i + 1, total: files.length });
    }
    return { copied, skipped: files.length - copied, rows };
  } finally {
    duck.closeSync();
    instance.closeSync();
    void conn.close();
    rmSync(scratch, { recursive: true, force: true });
    unlock();
  }
}
