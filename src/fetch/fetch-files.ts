/**
 * Downloads listed files (`jobs` at a time), verifies each against the list, and streams every
 * verified file into the lake through the ingest as soon as it is on disk, so downloading overlaps
 * ingesting. Files the lake holds from an earlier fetch (same MD5, same or wider countries) are
 * skipped without a download. The lake stays as atomic as `ingest` leaves it: a killed fetch has
 * committed whole files only, and the next run resumes the partial downloads.
 */

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { IngestInputError } from '../ingest/ingest-input-error.ts';
import { type IngestOptions, type IngestSession, openIngest } from '../ingest/ingest-files.ts';
import type { FileSummary } from '../ingest/ingest-summary.ts';
import { embeddedEngine } from '../store/lake/embedded-engine.ts';
import type { LakeEngine } from '../store/lake/lake-engine.ts';
import { coversCountries, type Manifest } from '../store/lake/manifest.ts';
import { type DownloadOptions, downloadVerified } from './download.ts';
import type { FailedFile, FetchSummary } from './fetch-summary.ts';
import type { RemoteFile } from './remote-file.ts';

/** Where a fetch stands, for the progress line. */
export type FetchProgress = {
  filesDone: number;
  filesTotal: number;
  bytes: number;
  /** Bytes of the files to download, as listed. */
  bytesTotal: number;
  rows: number;
};

/** Something to tell the user as it happens. */
export type FetchEvent =
  | { kind: 'ingested'; file: FileSummary & { url: string } }
  | { kind: 'failed'; file: FailedFile }
  | { kind: 'retry'; message: string };

export type FetchOptions = {
  dataset: 'gdelt' | 'icews';
  /** Concurrent downloads. */
  jobs: number;
  /** Keep verified downloads in `HOME/downloads/` after their ingest. */
  keepDownloads: boolean;
  download: Omit<DownloadOptions, 'onBytes' | 'onRetry'>;
  ingest: Pick<IngestOptions, 'countries' | 'unpack' | 'now' | 'memoryLimit' | 'lake'>;
  onProgress?: (p: FetchProgress) => void;
  onEvent?: (e: FetchEvent) => void;
  /**
   * Stops the fetch: no new download starts, those under way are dropped (their `.part` files stay,
   * to be resumed) and what was already verified is still ingested.
   */
  signal?: AbortSignal;
};

/** The download cache of a home. */
export const downloadsDir = (home: string): string => join(home, 'downloads');

/** The manifest of the lake a fetch stores into: `lake`, or the embedded lake of `home`. */
export const lakeManifest = (home: string, lake: LakeEngine | undefined): Promise<Manifest> =>
  (lake ?? embeddedEngine(home)).manifest();

/**
 * The files of a list still to fetch, and the names of those the lake (its `manifest`) holds from
 * an earlier fetch with these countries (same MD5). A name listed twice counts once: two downloads
 * into one `.part` would spoil each other.
 */
export function sortOut(
  manifest: Manifest,
  files: RemoteFile[],
  countries: string[] | undefined,
): { todo: RemoteFile[]; skipped: string[] } {
  const held = new Set(
    manifest.files
      .filter((f) => f.source && coversCountries(f.countries, countries))
      .map((f) => f.source?.md5),
  );
  const distinct = [...new Map(files.map((f) => [f.name, f])).values()];
  return {
    todo: distinct.filter((f) => !held.has(f.md5)),
    skipped: distinct.filter((f) => held.has(f.md5)).map((f) => f.name),
  };
}

/** A counting gate: `take` waits while `limit` are out, `give` returns one. */
function gate(limit: number): { take: () => Promise<void>; give: () => void } {
  let out = 0;
  const waiting: (() => void)[] = [];
  return {
    take: async () => {
      while (out >= limit) await new Promise<void>((r) => waiting.push(r));
      out++;
    },
    give: () => {
      out--;
      waiting.shift()?.();
    },
  };
}

/** Fetches `files` into the lake of `home`; see the module comment. */
export async function fetchFiles(
  home: string,
  files: RemoteFile[],
  opts: FetchOptions,
): Promise<FetchSummary> {
  const started = performance.now();
  const manifest = await lakeManifest(home, opts.ingest.lake);
  const { todo, skipped } = sortOut(manifest, files, opts.ingest.countries);
  // A run killed between a file's commit and the removal of its download left it in the cache.
  if (!opts.keepDownloads)
    for (const name of skipped) rmSync(join(downloadsDir(home), name), { force: true });
  const summary: FetchSummary = {
    files: [],
    seconds: 0,
    downloaded: 0,
    bytes: 0,
    verified: 0,
    skipped: skipped.length,
    failed: [],
  };
  const progress: FetchProgress = {
    filesDone: 0,
    filesTotal: todo.length,
    bytes: 0,
    bytesTotal: todo.reduce((s, f) => s + f.bytes, 0),
    rows: 0,
  };
  const tell = (): void => opts.onProgress?.({ ...progress });
  const fail = (f: FailedFile): void => {
    summary.failed.push(f);
    opts.onEvent?.({ kind: 'failed', file: f });
  };
  if (todo.length > 0) {
    const dir = downloadsDir(home);
    mkdirSync(dir, { recursive: true });
    const session = await openIngest(home, opts.dataset, opts.ingest);
    // Downloads may run ahead of the ingest by a few files, not fill the disk.
    const ahead = gate(opts.jobs * 2);
    const ingests: Promise<void>[] = [];
    let next = 0;
    let fatal: unknown;
    const worker = async (): Promise<void> => {
      while (next < todo.length && fatal === undefined && !opts.signal?.aborted) {
        const file = todo[next++] as RemoteFile;
        await ahead.take();
        const got = await downloadVerified(file, dir, {
          ...opts.download,
          ...(opts.signal ? { signal: opts.signal } : {}),
          onBytes: (n) => {
            progress.bytes += n;
            summary.bytes += n;
          },
          onRetry: (err, attempt) =>
            opts.onEvent?.({ kind: 'retry', message: `${err.message}; retry ${attempt}` }),
        }).catch((err: unknown) => {
          // Not the network's fault (a full disk, say): stop starting downloads, report it as internal.
          fatal ??= err;
          return undefined;
        });
        if (got === undefined) break;
        if (!got.ok) {
          ahead.give();
          // Stopped, not failed: the file is simply not done yet.
          if (opts.signal?.aborted) break;
          const { reason, expected, actual } = got;
          progress.filesDone++;
          fail({
            file: file.name,
            url: file.url,
            reason,
            ...(expected !== undefined ? { expected } : {}),
            ...(actual !== undefined ? { actual } : {}),
          });
          tell();
          continue;
        }
        summary.verified++;
        if (got.bytes > 0) summary.downloaded++;
        ingests.push(
          ingestOne(session, got.path, file, opts)
            .then((result) => {
              progress.filesDone++;
              if ('reason' in result) return fail(result);
              progress.rows += result.read;
              summary.files.push(result);
              opts.onEvent?.({ kind: 'ingested', file: result });
            })
            .catch((err: unknown) => {
              fatal ??= err;
            })
            .finally(() => {
              ahead.give();
              tell();
            }),
        );
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.jobs, todo.length)) }, worker));
      await Promise.all(ingests);
    } finally {
      session.close();
    }
    if (fatal !== undefined) throw fatal;
  }
  // Files finish in any order; the summary lists them by name.
  summary.files.sort((a, b) => a.file.localeCompare(b.file));
  summary.failed.sort((a, b) => a.file.localeCompare(b.file));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Ingests one verified download. A file the ingest cannot read at all fails alone. */
async function ingestOne(
  session: IngestSession,
  path: string,
  file: RemoteFile,
  opts: FetchOptions,
): Promise<(FileSummary & { url: string }) | FailedFile> {
  try {
    const s = await session.ingest(path, { url: file.url, md5: file.md5 });
    return { ...s, file: file.name, url: file.url };
  } catch (err) {
    if (!(err instanceof IngestInputError)) throw err;
    return { file: file.name, url: file.url, reason: err.message.replace(`${path}: `, '') };
  } finally {
    if (!opts.keepDownloads) rmSync(path, { force: true });
  }
}
