/**
 * `fetch`: the files a source lists for a range of days, into the lake (`fetchEvents`), what that
 * would take (`planFetch`, for `--dry-run`), and keeping up with new files until stopped
 * (`followEvents`, for `--follow` and `serve --follow`).
 */

import type { DayRange } from './day-range.ts';
import type { LakeEngine } from '../store/lake/lake-engine.ts';
import { type FetchOptions, fetchFiles, lakeManifest, sortOut } from './fetch-files.ts';
import { addFetchSummaries, type FetchSummary } from './fetch-summary.ts';
import { pause } from './pause.ts';
import type { EventSource, RemoteFile } from './remote-file.ts';

/** What a fetch would download: every file, the total size and an estimate of the rows. */
export type FetchPlan = {
  files: { file: string; url: string; bytes: number }[];
  bytes: number;
  estimatedRows: number;
  /** Files the lake already holds, which would be skipped. */
  skipped: number;
};

/** The plan for `source` over `range` (lists only: nothing is downloaded). */
export async function planFetch(
  home: string,
  source: EventSource,
  range: DayRange,
  countries: string[] | undefined,
  lake?: LakeEngine,
): Promise<FetchPlan> {
  const listed = await source.list(range);
  const { todo, skipped } = sortOut(await lakeManifest(home, lake), listed, countries);
  return {
    files: todo.map((f) => ({ file: f.name, url: f.url, bytes: f.bytes })),
    bytes: todo.reduce((s, f) => s + f.bytes, 0),
    estimatedRows: Math.round(todo.reduce((s, f) => s + f.bytes * source.rowsPerByte(f), 0)),
    skipped: skipped.length,
  };
}

/** Fetches every file `source` lists over `range` into the lake of `home`. */
export async function fetchEvents(
  home: string,
  source: EventSource,
  range: DayRange,
  opts: FetchOptions,
): Promise<FetchSummary> {
  return fetchFiles(home, await source.list(range), opts);
}

export type FollowOptions = FetchOptions & {
  /** Wait between two looks at the newest files (GDELT publishes every 15 minutes). */
  pollMs: number;
  /** Stops the following; a round under way finishes first. */
  signal: AbortSignal;
  /** Told when a look at the newest files fails; the next look tries again. */
  onPollError?: (err: Error) => void;
  /** Told after each round, with what it added. */
  onRound?: (round: FetchSummary) => void;
};

/**
 * Catches up on `range` (as `fetchEvents`; without `range.from`, only the newest files: keeping
 * current is not fetching a source's whole history), then looks at the source's newest files every
 * `pollMs` and fetches those not yet in the lake (and not before `range.from`), until `signal`
 * aborts. Returns everything it did.
 */
export async function followEvents(
  home: string,
  source: EventSource,
  range: DayRange,
  opts: FollowOptions,
): Promise<FetchSummary> {
  const from = range.from;
  let total = await fetchFiles(
    home,
    from === undefined ? await source.latest() : await source.list(range),
    opts,
  );
  opts.onRound?.(total);
  while (!opts.signal.aborted) {
    await pause(opts.pollMs, opts.signal);
    if (opts.signal.aborted) break;
    let newest: RemoteFile[];
    try {
      newest = (await source.latest()).filter((f) => from === undefined || f.last >= from);
    } catch (err) {
      opts.onPollError?.(err as Error);
      continue;
    }
    const round = await fetchFiles(home, newest, opts);
    // A file met again is skipped, not news: only what this round added counts beyond the first.
    round.skipped = 0;
    opts.onRound?.(round);
    total = addFetchSummaries(total, round);
  }
  return total;
}
