import type { FileSummary } from '../ingest/ingest-summary.ts';

/** A listed file that could not be had, and why (with both hashes or sizes on a mismatch). */
export type FailedFile = { file: string; url: string; reason: string; expected?: string; actual?: string };

/** What a fetch did: the ingest summary of every file ingested, plus the download's account. */
export type FetchSummary = {
  /** Ingest summaries (`file` is the listed name), each with the address it came from. */
  files: (FileSummary & { url: string })[];
  seconds: number;
  /** Verified files that came over the network (not those a `--keep-downloads` run left). */
  downloaded: number;
  /** Bytes that came over the network. */
  bytes: number;
  /** Files whose size and MD5 matched the list. */
  verified: number;
  /** Files skipped without downloading: the lake holds them from an earlier fetch. */
  skipped: number;
  failed: FailedFile[];
};

/** An empty summary, to add to. */
export const emptyFetchSummary = (): FetchSummary => ({
  files: [],
  seconds: 0,
  downloaded: 0,
  bytes: 0,
  verified: 0,
  skipped: 0,
  failed: [],
});

/** `a` and `b` as one summary (`--follow` adds up its rounds). */
export function addFetchSummaries(a: FetchSummary, b: FetchSummary): FetchSummary {
  return {
    files: [...a.files, ...b.files],
    seconds: a.seconds + b.seconds,
    downloaded: a.downloaded + b.downloaded,
    bytes: a.bytes + b.bytes,
    verified: a.verified + b.verified,
    skipped: a.skipped + b.skipped,
    failed: [...a.failed, ...b.failed],
  };
}
