/**
 * The options `fetch` and `serve --follow` share, checked and turned into a source and the fetch
 * settings.
 */

import type { Command } from 'commander';
import { dayOf } from '../fetch/day-range.ts';
import type { DayRange } from '../fetch/day-range.ts';
import type { FetchOptions } from '../fetch/fetch-files.ts';
import { gdelt1Source } from '../fetch/gdelt1-source.ts';
import { gdelt2Source } from '../fetch/gdelt2-source.ts';
import { icewsSource } from '../fetch/icews-source.ts';
import type { ListOptions } from '../fetch/list-options.ts';
import type { EventSource } from '../fetch/remote-file.ts';
import { DEFAULT_UNPACK_LIMITS } from '../ingest/unzip-single.ts';
import { UserError } from './io.ts';
import { countriesOption } from './resolve.ts';

/** The flags as commander gives them. */
export type FetchFlags = {
  gdeltVersion: string;
  from?: string;
  to?: string;
  countries?: string;
  jobs: string;
  mirror?: string;
  keepDownloads?: boolean;
  maxUnpacked: string;
  maxRatio: string;
  retries: string;
  retryDelay: string;
  timeout: string;
  pollInterval: string;
};

/** Adds the shared options to `cmd`. */
export function fetchFlags(cmd: Command): Command {
  return cmd
    .option('--gdelt-version <n>', 'GDELT 2.0 (15-minute exports since 2015-02-18) or 1.0 (1979 on)', '2')
    .option('--from <date>', 'first day, month or year to fetch (YYYY[-MM[-DD]])')
    .option('--to <date>', 'last day, month or year to fetch (YYYY[-MM[-DD]])')
    .option(
      '--countries <list>',
      'keep only rows between these countries (A,B,…); count the rest as filtered',
    )
    .option('--jobs <n>', 'concurrent downloads', '4')
    .option(
      '--mirror <url>',
      'fetch from this address instead of data.gdeltproject.org or the Dataverse host',
    )
    .option('--keep-downloads', 'keep the verified downloads in HOME/downloads/ after ingesting them')
    .option('--max-unpacked <size>', 'largest a zipped file may unpack to (e.g. 2GB, 500MB)', '2GB')
    .option('--max-ratio <n>', 'largest unpacked:zipped ratio of a zipped file', '200')
    .option('--retries <n>', 'retries of a download after a network error or a 5xx', '5')
    .option('--retry-delay <seconds>', 'wait before the first retry; each next one waits twice as long', '1')
    .option('--timeout <seconds>', 'give a transfer up (and retry) after this long without data', '60')
    .option('--poll-interval <seconds>', 'with --follow, how often to look for new files', '900');
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?$/i;
const UNITS: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };

/** A positive number option, or a UserError naming it. */
function positive(name: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
    throw new UserError(`--${name} must be a ${integer ? 'whole ' : ''}number ≥ 0, got "${value}"`);
  return n;
}

/** `2GB`, `500MB`, `1000` (bytes) as bytes. */
export function sizeOption(name: string, value: string): number {
  const m = SIZE.exec(value.trim());
  if (!m) throw new UserError(`--${name} must be a size such as 2GB or 500MB, got "${value}"`);
  return Number(m[1]) * (UNITS[(m[2] ?? 'B').toUpperCase()] ?? 1);
}

function dayOption(name: 'from' | 'to', value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const day = dayOf(value, name === 'from' ? 'first' : 'last');
  if (!day)
    throw new UserError(
      `--${name} must be a day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), got "${value}"`,
    );
  return day;
}

/** What a fetch runs with, from its flags. */
export type FetchSettings = {
  source: EventSource;
  range: DayRange;
  countries: string[] | undefined;
  options: FetchOptions;
  pollMs: number;
};

/** Checks the flags and builds the source and settings of a fetch of `dataset`. */
export function fetchSettings(dataset: string, flags: FetchFlags, now: () => Date): FetchSettings {
  if (dataset !== 'gdelt' && dataset !== 'icews')
    throw new UserError(`dataset must be gdelt or icews, got "${dataset}"`);
  if (flags.gdeltVersion !== '1' && flags.gdeltVersion !== '2')
    throw new UserError(`--gdelt-version must be 1 or 2, got "${flags.gdeltVersion}"`);
  const range: DayRange = {};
  const from = dayOption('from', flags.from);
  const to = dayOption('to', flags.to);
  if (from) range.from = from;
  if (to) range.to = to;
  if (from && to && from > to) throw new UserError(`--from ${flags.from} is after --to ${flags.to}`);
  const jobs = positive('jobs', flags.jobs, true);
  if (jobs < 1) throw new UserError(`--jobs must be at least 1, got "${flags.jobs}"`);
  if (flags.mirror !== undefined && !/^https?:\/\/[^/]+/.test(flags.mirror))
    throw new UserError(`--mirror must be an http:// or https:// address, got "${flags.mirror}"`);
  const countries = countriesOption(flags.countries);
  const list: ListOptions = {
    idleTimeoutMs: positive('timeout', flags.timeout, false) * 1000,
    retries: positive('retries', flags.retries, true),
    backoffMs: positive('retry-delay', flags.retryDelay, false) * 1000,
    ...(flags.mirror !== undefined ? { mirror: flags.mirror } : {}),
  };
  const source =
    dataset === 'icews'
      ? icewsSource(list)
      : flags.gdeltVersion === '1'
        ? gdelt1Source(list)
        : gdelt2Source(list);
  const maxBytes = sizeOption('max-unpacked', flags.maxUnpacked);
  const maxRatio = positive('max-ratio', flags.maxRatio, false);
  return {
    source,
    range,
    countries,
    pollMs: positive('poll-interval', flags.pollInterval, false) * 1000,
    options: {
      dataset,
      jobs,
      keepDownloads: flags.keepDownloads === true,
      download: list,
      ingest: {
        now,
        unpack: { ...DEFAULT_UNPACK_LIMITS, maxBytes, maxRatio },
        ...(countries ? { countries } : {}),
      },
    },
  };
}
