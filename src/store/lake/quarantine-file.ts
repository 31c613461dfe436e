/**
 * Quarantine files: the rows an ingest set aside, one per line as
 * `file<TAB>line<TAB>reason<TAB>raw line`, under a header. The raw line comes last because it
 * holds tabs of its own; a reader splits on the first three.
 */

import { renameSync, writeFileSync } from 'node:fs';

/** One quarantined row. */
export type QuarantinedRow = { line: number; reason: string; raw: string };

/** Writes the quarantine file atomically (temporary name, then rename). */
export function writeQuarantineFile(dest: string, sourceFile: string, rows: QuarantinedRow[]): void {
  const name = sourceFile.replace(/[\t\n\r]/g, ' ');
  const body = rows.map((r) => `${name}\t${r.line}\t${r.reason}\t${r.raw}\n`).join('');
  const tmp = `${dest}.tmp`;
  writeFileSync(tmp, `file\tline\treason\traw\n${body}`);
  renameSync(tmp, dest);
}
