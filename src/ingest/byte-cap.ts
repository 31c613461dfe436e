/** A bound on what an unpacking stream may produce: shared by the zip and gzip readers. */
import { Transform, type TransformCallback } from 'node:stream';

/** `12.3 MB`. */
export const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

/**
 * Passes bytes through and fails with `error(seen)` once more than `max` have gone by, and at the
 * end unless exactly `expected` did (when a size is declared).
 */
export function byteCap(
  max: number,
  expected: number | undefined,
  error: (seen: number) => Error,
): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      seen += chunk.length;
      if (seen > max) done(error(seen));
      else done(null, chunk);
    },
    flush(done: TransformCallback) {
      done(expected === undefined || seen === expected ? null : error(seen));
    },
  });
}
