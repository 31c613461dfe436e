/**
 * Removes what an interrupted ingest left behind: the staging directory, temporary files, and
 * Parquet or quarantine files that no manifest entry lists (written before the manifest, which is
 * the commit point). Run before each ingest.
 */

import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LakePaths } from './lake-paths.ts';
import type { Manifest } from './manifest.ts';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Deletes orphans and returns their paths relative to the lake root. */
export function cleanLake(paths: LakePaths, manifest: Manifest): string[] {
  const keep = new Set(
    manifest.files.flatMap((f) => [...f.parquet, ...(f.quarantine ? [f.quarantine] : [])]),
  );
  const removed: string[] = [];
  if (existsSync(paths.staging)) {
    rmSync(paths.staging, { recursive: true, force: true });
    removed.push(relative(paths.root, paths.staging));
  }
  for (const file of [...walk(paths.events), ...walk(paths.quarantine)]) {
    const rel = relative(paths.root, file);
    if (!keep.has(rel)) {
      rmSync(file, { force: true });
      removed.push(rel);
    }
  }
  if (existsSync(`${paths.manifest}.tmp`)) {
    rmSync(`${paths.manifest}.tmp`, { force: true });
    removed.push(relative(paths.root, `${paths.manifest}.tmp`));
  }
  return removed;
}

/** Absolute paths of the Parquet files the manifest lists, the only ones a reader may see. */
export function lakeParquetFiles(paths: LakePaths, manifest: Manifest): string[] {
  return manifest.files.flatMap((f) => f.parquet.map((p) => join(paths.root, p)));
}
