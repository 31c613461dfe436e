/**
 * Unpacks a .gz file to a plain one within limits (issue 15), so DuckDB never decompresses an
 * untrusted stream itself: not gzip, truncated (no end-of-stream and checksum) or beyond the size
 * and ratio limits is refused with a message naming the file, and nothing is left behind.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { byteCap, mb } from './byte-cap.ts';
import { IngestInputError } from './ingest-input-error.ts';
import { DEFAULT_UNPACK_LIMITS, type UnpackLimits } from './unzip-single.ts';

/** Writes the content of the gzip file at `path` to `dest`. */
export async function gunzipBounded(
  path: string,
  dest: string,
  limits: UnpackLimits = DEFAULT_UNPACK_LIMITS,
): Promise<void> {
  const packed = statSync(path).size;
  const cap = Math.min(limits.maxBytes, Math.max(1, packed) * limits.maxRatio);
  const capped = byteCap(
    cap,
    undefined,
    () =>
      new IngestInputError(
        `${path}: refused to unpack: it inflates beyond ${mb(cap)} (limits ${mb(limits.maxBytes)} and ${limits.maxRatio}:1 for ${mb(packed)} packed)`,
      ),
  );
  try {
    await pipeline(createReadStream(path), createGunzip(), capped, createWriteStream(dest));
  } catch (err) {
    rmSync(dest, { force: true });
    if (err instanceof IngestInputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test((err as Error).message))
      throw new IngestInputError(
        `${path}: truncated gzip file (it ends before its end-of-stream and checksum)`,
      );
    if (code === 'Z_DATA_ERROR')
      throw new IngestInputError(`${path}: not a gzip file, or a damaged one (${(err as Error).message})`);
    throw new IngestInputError(`${path}: cannot unpack (${(err as Error).message})`);
  }
}
