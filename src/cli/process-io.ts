import { text } from 'node:stream/consumers';
import type { IO } from './io.ts';

/** The real process's io. */
export function processIO(): IO {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, not in an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
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
