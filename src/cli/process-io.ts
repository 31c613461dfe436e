import { text } from 'node:stream/consumers';
import type { IO } from './io.ts';

/** The real process's io. */
export function processIO(): IO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    readStdin: () => text(process.stdin),
    stderrIsTTY: process.stderr.isTTY === true,
    now: () => new Date(),
  };
}
