/**
 * GDELT 2.0: a fifteen-minute events export since 2015-02-18, listed in `masterfilelist.txt` (one
 * line per file, `SIZE MD5 URL`, with the mentions and GKG files alongside) and the newest in
 * `lastupdate.txt`, in the same format.
 */

import { type DayRange, isoDay, overlaps } from './day-range.ts';
import { getLines } from './http-client.ts';
import type { ListOptions } from './list-options.ts';
import { mirrorUrl } from './mirror-url.ts';
import type { EventSource, RemoteFile } from './remote-file.ts';

export const GDELT2_BASE = 'http://data.gdeltproject.org/gdeltv2/';

/** About 67 bytes of zip a row: the real 2019-10-24 14:30 export is 2,111 rows in 140.6 kB zipped. */
const ROWS_PER_BYTE = 2111 / 140_597;

const EXPORT = /^(\d+) ([0-9a-f]{32}) (\S+\/((\d{8})\d{6}\.export\.CSV\.zip))$/i;

/** The events export a list line names, or undefined (mentions, GKG, blank or damaged lines). */
export function gdelt2Line(line: string): RemoteFile | undefined {
  const m = EXPORT.exec(line.trim());
  if (!m) return undefined;
  const [, size = '', md5 = '', url = '', name = '', ymd = ''] = m;
  const day = isoDay(ymd);
  return { name, url, bytes: Number(size), md5: md5.toLowerCase(), first: day, last: day };
}

/** GDELT 2.0 events, from the real host or `opts.mirror`. */
export function gdelt2Source(opts: ListOptions): EventSource {
  const read = (path: string, range: DayRange) =>
    getLines(
      mirrorUrl(`${GDELT2_BASE}${path}`, opts.mirror),
      (line) => {
        const f = gdelt2Line(line);
        return f && overlaps(f.first, f.last, range) ? f : undefined;
      },
      opts,
    );
  return {
    dataset: 'gdelt',
    list: (range) => read('masterfilelist.txt', range),
    latest: () => read('lastupdate.txt', {}),
    rowsPerByte: () => ROWS_PER_BYTE,
  };
}
