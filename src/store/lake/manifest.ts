/**
 * The lake's manifest: the record of every ingested file, by content hash. It is written last, by
 * temporary file and rename, so it is the commit point of an ingest: Parquet files that no entry
 * lists belong to an ingest that did not finish and are never read.
 */

import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Counts of rows set aside, by reason (`column_count`, `bad_date`, ...). */
export type QuarantineCounts = Record<string, number>;

/** One ingested source file. */
export type ManifestEntry = {
  sha256: string;
  /** File name as given to the ingest (base name). */
  file: string;
  /** Size in bytes: content of a size never seen cannot be in the lake, so it is hashed while staging. */
  bytes?: number;
  dataset: 'gdelt' | 'icews';
  read: number;
  stored: number;
  quarantined: QuarantineCounts;
  duplicates: number;
  /** ISO timestamp of the ingest. */
  ingestedAt: string;
  /** Parquet files holding the stored rows, relative to the lake root. */
  parquet: string[];
  /** Event id range of the stored rows by dataset (`gdelt1`, `gdelt2`, `icews`), to find possible duplicates fast. */
  ids?: Record<string, [number, number]>;
  /** Quarantine file relative to the lake root, when rows were set aside. */
  quarantine?: string;
  /** Valid rows left out by reason (`countries`), when the ingest kept only some countries. */
  filtered?: QuarantineCounts;
  /** The countries (ISO3) the ingest kept, when it kept only some: the file holds more. */
  countries?: string[];
  /** Where `fetch` had the file from: its address (before any mirror) and the MD5 its list gave. */
  source?: { url: string; md5: string };
};

export type Manifest = { version: 1; files: ManifestEntry[] };

/**
 * Whether an entry ingested with `entryCountries` (all when undefined) already holds every row an
 * ingest keeping `wanted` (all when undefined) would store.
 */
export function coversCountries(entryCountries: string[] | undefined, wanted: string[] | undefined): boolean {
  if (entryCountries === undefined) return true;
  return wanted?.every((c) => entryCountries.includes(c)) ?? false;
}

/** The manifest at `path`, or an empty one when the lake is new. */
export function readManifest(path: string): Manifest {
  if (!existsSync(path)) return { version: 1, files: [] };
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  return { version: 1, files: parsed.files ?? [] };
}

/** Writes the manifest atomically (temporary file in the same directory, then rename). */
export function writeManifest(path: string, manifest: Manifest): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, path);
}
