/** Runs `bilateral fetch` in-process against the local event-data server, and shapes its summaries. */

import assert from 'node:assert/strict';
import { memoryIO } from '../../src/cli/memory-io.ts';
import { run } from '../../src/cli/run.ts';
import { PACKAGE_ROOT } from '../../src/store/paths.ts';
import type { EventDataServer } from './event-data-server.ts';

/** `bilateral --home HOME --json fetch DATASET --mirror SERVER …`, with short retry delays. */
export async function fetchCli(server: EventDataServer, home: string, dataset: string, ...args: string[]) {
  const m = memoryIO({ cwd: PACKAGE_ROOT });
  const code = await run(
    ['--home', home, '--json', 'fetch', dataset, '--mirror', server.url, '--retry-delay', '0.01', ...args],
    m.io,
  );
  const out = m.stdout();
  return { code, summary: out ? JSON.parse(out) : undefined, stderr: m.stderr() };
}

/** A summary with `seconds` checked and blanked and each file's SHA-256 checked and dropped. */
export function shape(summary: { seconds: number; files: { sha256: string }[] }) {
  assert.equal(typeof summary.seconds, 'number');
  return {
    ...summary,
    seconds: undefined,
    files: summary.files.map(({ sha256, ...f }) => {
      assert.match(sha256, /^[0-9a-f]{64}$/);
      return f;
    }),
  };
}

/** The summary of a file ingested whole, with `extra` fields overriding. */
export const ingested = (name: string, url: string, read: number, extra: Record<string, unknown> = {}) => ({
  file: name,
  url,
  read,
  stored: read,
  quarantined: {},
  duplicates: 0,
  filtered: {},
  alreadyIngested: false,
  ...extra,
});
