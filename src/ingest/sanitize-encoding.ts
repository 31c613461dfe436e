/**
 * The rare path for files with bytes that are not UTF-8, which DuckDB's reader would drop (and so
 * shift every later line number). Copies the file line by line, marking each invalid line with
 * `BAD_ENCODING_MARK` and its bytes read as Latin-1, so the SQL can quarantine it under its own
 * line number as `bad_encoding`.
 */

import { createReadStream, createWriteStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { once } from 'node:events';

/** Prefix of a line that was not valid UTF-8 (a control character no event file holds). */
export const BAD_ENCODING_MARK = '\u0001';

/** Writes the sanitized copy of the plain text file `path` to `dest`; returns how many lines were marked. */
export async function sanitizeEncoding(path: string, dest: string): Promise<number> {
  const input = createReadStream(path);
  const out = createWriteStream(dest);
  let marked = 0;
  let rest: Buffer = Buffer.alloc(0);
  const emit = async (line: Buffer, newline: boolean): Promise<void> => {
    let text: string | Buffer = line;
    if (!isUtf8(line)) {
      marked++;
      text = BAD_ENCODING_MARK + line.toString('latin1');
    }
    if (!out.write(text)) await once(out, 'drain');
    if (newline) out.write('\n');
  };
  for await (const chunk of input) {
    const buf: Buffer = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      await emit(buf.subarray(start, nl), true);
      start = nl + 1;
    }
    rest = Buffer.from(buf.subarray(start));
  }
  if (rest.length > 0) await emit(rest, false);
  out.end();
  await once(out, 'finish');
  return marked;
}
