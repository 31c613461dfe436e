/**
 * One writer at a time: an ingest holds `lake/.lock` (holding its process id) while it works, since
 * it cleans up what it takes for an interrupted ingest's leftovers. A lock whose process is gone
 * (a killed ingest) is taken over.
 */

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lake is being written by another live process. */
export class LakeBusyError extends Error {
  override name = 'LakeBusyError';
}

/** Takes the lock of the lake at `root`; returns its release, or throws when a live process holds it. */
export function lockLake(root: string): () => void {
  const path = join(root, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && alive(holder))
        throw new LakeBusyError(`${path}: another ingest (process ${holder}) is writing to this lake`);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`${path}: could not take the lake lock`);
}
