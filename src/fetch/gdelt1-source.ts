/**
 * GDELT 1.0 under `events/`: yearly `YYYY.zip` (1979–2005), monthly `YYYYMM.zip` (2006-01 …
 * 2013-03) and daily `YYYYMMDD.export.CSV.zip` (from 2013-04-01), listed by `md5sums` (lines
 * `MD5  FILENAME`) and `filesizes` (lines `SIZE FILENAME`).
 */

import { type DayRange, dayOf, isoDay, overlaps } from './day-range.ts';
import { getLines } from './http-client.ts';
import type { ListOptions } from './list-options.ts';
import { mirrorUrl } from './mirror-url.ts';
import type { EventSource, RemoteFile } from './remote-file.ts';

export const GDELT1_BASE = 'http://data.gdeltproject.org/events/';

/** About 60 bytes of zip a row (58 columns, close to GDELT 2.0's 67). */
const ROWS_PER_BYTE = 1 / 60;

const NAME = /^(\d{4})(\d{2})?(?:(\d{2})\.export\.CSV)?\.zip$/i;

/** The days an events file covers, from its name, or undefined when the name is no events file. */
export function gdelt1Days(name: string): { first: string; last: string } | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const [, y = '', mo, d] = m;
  if (d !== undefined && mo !== undefined) {
    const day = isoDay(`${y}${mo}${d}`);
    return dayOf(day, 'first') ? { first: day, last: day } : undefined;
  }
  // Six digits without `.export.CSV` is a month; a daily file always carries `.export.CSV`.
  if (/\.export\.CSV/i.test(name)) return undefined;
  const partial = mo === undefined ? y : `${y}-${mo}`;
  const first = dayOf(partial, 'first');
  const last = dayOf(partial, 'last');
  return first && last ? { first, last } : undefined;
}

/** GDELT 1.0 events, from the real host or `opts.mirror`. */
export function gdelt1Source(opts: ListOptions): EventSource {
  const url = (name: string): string => `${GDELT1_BASE}${name}`;
  const list = async (range: DayRange): Promise<RemoteFile[]> => {
    const pair = (line: string): [string, string] | undefined => {
      const m = /^(\S+)\s+(\S+)$/.exec(line.trim());
      return m ? [m[1] ?? '', m[2] ?? ''] : undefined;
    };
    const [sums, sizes] = await Promise.all([
      getLines(mirrorUrl(url('md5sums'), opts.mirror), pair, opts),
      getLines(mirrorUrl(url('filesizes'), opts.mirror), pair, opts),
    ]);
    const size = new Map(sizes.map(([bytes, name]) => [name, Number(bytes)]));
    const out: RemoteFile[] = [];
    for (const [md5, name] of sums) {
      const days = gdelt1Days(name);
      const bytes = size.get(name);
      if (
        !days ||
        bytes === undefined ||
        !/^[0-9a-f]{32}$/i.test(md5) ||
        !overlaps(days.first, days.last, range)
      )
        continue;
      out.push({ name, url: url(name), bytes, md5: md5.toLowerCase(), ...days });
    }
    return out.sort((a, b) => a.first.localeCompare(b.first));
  };
  return {
    dataset: 'gdelt',
    list,
    // GDELT 1.0 has no lastupdate.txt: the newest is the last daily file of the list.
    latest: async () => (await list({})).slice(-1),
    rowsPerByte: () => ROWS_PER_BYTE,
  };
}
