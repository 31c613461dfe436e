/**
 * Downloads one listed file into the download directory and checks it against the list: the
 * bytes go to `NAME.part`, an interrupted transfer resumes from there with an HTTP `Range`, and
 * only a file of the listed size and MD5 is renamed to `NAME`. A mismatch is downloaded once more
 * from scratch before it is given up.
 */

import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileMd5 } from './file-md5.ts';
import { type GetOptions, get, HttpError, type RetryOptions, withRetries } from './http-client.ts';
import { mirrorUrl } from './mirror-url.ts';
import type { RemoteFile } from './remote-file.ts';

export type DownloadOptions = Omit<GetOptions, 'headers'> &
  RetryOptions & {
    mirror?: string;
    /** Told of every chunk received (bytes), for progress. */
    onBytes?: (n: number) => void;
  };

/** A verified file on disk, or why there is none. */
export type DownloadResult =
  | {
      ok: true;
      path: string /** Bytes that came over the network (0 when the file was already here). */;
      bytes: number;
    }
  | { ok: false; reason: string; expected?: string; actual?: string };

const sizeOf = (path: string): number => (existsSync(path) ? statSync(path).size : 0);

/** A server sending more than the list says: a mismatch, not a network error. */
class OversizeError extends HttpError {}

/** Counts bytes through, failing once more than `max` came (a server must not fill the disk). */
function counter(max: number, url: string, onBytes: ((n: number) => void) | undefined): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      onBytes?.(chunk.length);
      if (seen > max) done(new OversizeError(`${url}: sends more than the listed ${max} bytes`, false));
      else done(null, chunk);
    },
  });
}

/** Where `res` starts in the file: 0 for a whole body, `from` for a matching 206. */
function bodyStart(res: IncomingMessage, from: number, url: string): number {
  if (res.statusCode !== 206) return 0;
  const m = /^bytes (\d+)-/.exec(res.headers['content-range'] ?? '');
  if (!m || Number(m[1]) !== from)
    throw new HttpError(`${url}: answered a range request with the wrong range`, true);
  return from;
}

/** One transfer into `part`, resuming from its current size; retried on network errors and 5xx. */
async function transfer(url: string, part: string, size: number, opts: DownloadOptions): Promise<number> {
  let received = 0;
  await withRetries(async () => {
    let from = sizeOf(part);
    if (from >= size) {
      rmSync(part, { force: true });
      from = 0;
    }
    const res = await get(url, { ...opts, ...(from > 0 ? { headers: { range: `bytes=${from}-` } } : {}) });
    if (res.statusCode === 416) {
      // The server has no such range: what is in the part is not a prefix of its file.
      res.resume();
      rmSync(part, { force: true });
      throw new HttpError(`${url}: range ${from}- not satisfiable; starting over`, true);
    }
    const start = bodyStart(res, from, url);
    const length = Number(res.headers['content-length'] ?? Number.NaN);
    const before = sizeOf(part);
    try {
      await pipeline(
        res,
        counter(size - start, url, (n) => {
          received += n;
          opts.onBytes?.(n);
        }),
        createWriteStream(part, start > 0 ? { flags: 'a' } : {}),
      );
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw new HttpError(`${url}: ${(err as Error).message}`, !opts.signal?.aborted);
    }
    const got = sizeOf(part) - (start > 0 ? before : 0);
    if (Number.isFinite(length) && got !== length)
      throw new HttpError(`${url}: connection closed after ${got} of ${length} bytes`, true);
  }, opts);
  return received;
}

/**
 * `file` verified in `dir` (downloaded, resumed, or found there from an earlier run), or the
 * reason it could not be had: a 404, retries spent, or a size or MD5 that twice did not match the
 * list (with both hashes).
 */
export async function downloadVerified(
  file: RemoteFile,
  dir: string,
  opts: DownloadOptions,
): Promise<DownloadResult> {
  const path = join(dir, file.name);
  const part = `${path}.part`;
  const url = mirrorUrl(file.url, opts.mirror);
  if (sizeOf(path) === file.bytes && (await fileMd5(path)) === file.md5) return { ok: true, path, bytes: 0 };
  rmSync(path, { force: true });
  let bytes = 0;
  let mismatch: { reason: string; expected: string; actual: string } | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      bytes += await transfer(url, part, file.bytes, opts);
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      // Too many bytes is a mismatch like any other: the next attempt starts from scratch.
      if (err instanceof OversizeError) {
        rmSync(part, { force: true });
        mismatch = {
          reason: 'size mismatch',
          expected: String(file.bytes),
          actual: `more than ${file.bytes}`,
        };
        continue;
      }
      return { ok: false, reason: err.message };
    }
    const size = sizeOf(part);
    const md5 = size === file.bytes ? await fileMd5(part) : '';
    if (md5 === file.md5) {
      renameSync(part, path);
      return { ok: true, path, bytes };
    }
    mismatch =
      size !== file.bytes
        ? { reason: 'size mismatch', expected: String(file.bytes), actual: String(size) }
        : { reason: 'MD5 mismatch', expected: file.md5, actual: md5 };
    rmSync(part, { force: true });
  }
  const { reason, expected, actual } = mismatch ?? { reason: 'mismatch', expected: '', actual: '' };
  return {
    ok: false,
    reason: `${reason}: the list says ${expected}, the download was ${actual}`,
    expected,
    actual,
  };
}
