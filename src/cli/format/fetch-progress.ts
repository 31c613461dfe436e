/**
 * Progress of a fetch on stderr: a bar on a terminal; otherwise one line per file with the
 * counts so far (files done / total, MB and MB/s, rows/s, ETA), which logs keep.
 */

import cliProgress from 'cli-progress';
import type { FetchEvent, FetchProgress } from '../../fetch/fetch-files.ts';
import type { FetchSummary } from '../../fetch/fetch-summary.ts';
import { summaryLine } from '../commands/ingest.ts';

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

/** `3/10 files, 1.2 of 4.0 MB at 0.4 MB/s, 21,000 rows at 7,000 rows/s, ETA 7 s` */
export function progressText(p: FetchProgress, seconds: number): string {
  const s = Math.max(seconds, 0.001);
  const eta = p.filesDone > 0 ? Math.round((s / p.filesDone) * (p.filesTotal - p.filesDone)) : undefined;
  return `${p.filesDone}/${p.filesTotal} files, ${mb(p.bytes)} of ${mb(p.bytesTotal)} MB at ${mb(p.bytes / s)} MB/s, ${Math.round(p.rows).toLocaleString('en')} rows at ${Math.round(p.rows / s).toLocaleString('en')} rows/s, ETA ${eta === undefined ? '?' : `${eta} s`}`;
}

/** The closing line of a fetch. */
export function fetchSummaryText(s: FetchSummary): string {
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const count = (k: 'quarantined' | 'filtered'): number => sum(s.files.map((f) => sum(Object.values(f[k]))));
  const read = sum(s.files.map((f) => f.read));
  const seconds = Math.max(s.seconds, 0.001);
  return [
    `${s.files.length} file${s.files.length === 1 ? '' : 's'} ingested (${s.downloaded} downloaded, ${mb(s.bytes)} MB at ${mb(s.bytes / seconds)} MB/s; ${s.verified} verified), ${s.skipped} skipped, ${s.failed.length} failed`,
    `${read} rows read, ${sum(s.files.map((f) => f.stored))} stored, ${count('quarantined')} quarantined, ${sum(s.files.map((f) => f.duplicates))} duplicates, ${count('filtered')} filtered in ${s.seconds.toFixed(2)} s (${Math.round(read / seconds)} rows/s)`,
  ].join('\n');
}

/** Reports a fetch's progress and events through `note` (stderr). */
export function fetchReporter(note: (line: string) => void, tty: boolean, cwd: string) {
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  let last: FetchProgress | undefined;
  const multi = tty
    ? new cliProgress.MultiBar(
        { format: '[{bar}] {text}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let bar: cliProgress.SingleBar | undefined;
  const lineFor = (e: FetchEvent): string =>
    e.kind === 'ingested'
      ? summaryLine(e.file, cwd)
      : e.kind === 'failed'
        ? `${e.file.file}: failed: ${e.file.reason}`
        : e.message;
  return {
    onProgress(p: FetchProgress): void {
      last = p;
      if (!multi) return;
      const text = progressText(p, elapsed());
      bar ??= multi.create(Math.max(1, p.filesTotal), p.filesDone, { text });
      bar.setTotal(Math.max(1, p.filesTotal));
      bar.update(p.filesDone, { text });
    },
    onEvent(e: FetchEvent): void {
      if (multi) {
        // On a terminal the bar carries the counts; only trouble is worth a line of its own.
        if (e.kind !== 'ingested') multi.log(`${lineFor(e)}\n`);
        return;
      }
      note(last && e.kind !== 'retry' ? `${lineFor(e)} | ${progressText(last, elapsed())}` : lineFor(e));
    },
    stop(): void {
      multi?.stop();
    },
  };
}
