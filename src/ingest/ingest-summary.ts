import type { QuarantineCounts } from '../store/lake/manifest.ts';

/** What happened to one source file. `stored + Σ quarantined + duplicates + Σ filtered = read`, always. */
export type FileSummary = {
  file: string;
  sha256: string;
  /** Rows read (non-blank lines other than headers). */
  read: number;
  stored: number;
  quarantined: QuarantineCounts;
  duplicates: number;
  /** Valid rows left out by reason (`countries`: an actor's country is not among those asked for). */
  filtered: QuarantineCounts;
  /** True when the same content was already in the lake: nothing was added. */
  alreadyIngested: boolean;
};

/** The result of one `ingestFiles` call. */
export type IngestSummary = { files: FileSummary[]; seconds: number };

/** Progress of the file being ingested: rows so far and the estimated total. */
export type IngestProgress = (rows: number, total: number, file: string) => void;
