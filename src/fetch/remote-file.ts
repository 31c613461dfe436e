/** One file a source lists: where it is, what it must be, and which days its events cover. */
export type RemoteFile = {
  /** File name, unique within the source (the download's name on disk). */
  name: string;
  /** Address as the source lists it (before any mirror). */
  url: string;
  /** Size in bytes and hex MD5, as the list gives them: a download must match both. */
  bytes: number;
  md5: string;
  /** First and last day (`YYYY-MM-DD`) the file's events are published for. */
  first: string;
  last: string;
};

import type { DayRange } from './day-range.ts';

/** A place event files come from: the full list, and the newest files (what `--follow` polls). */
export type EventSource = {
  dataset: 'gdelt' | 'icews';
  /** The event files the source lists for days in `range`. */
  list(range: DayRange): Promise<RemoteFile[]>;
  /** The newest event files (for GDELT 2.0, those `lastupdate.txt` names). */
  latest(): Promise<RemoteFile[]>;
  /** Approximate rows per byte of a listed file, for `--dry-run`'s estimate. */
  rowsPerByte(file: RemoteFile): number;
};
