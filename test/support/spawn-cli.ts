/** Runs `bin/bilateral.js` as a process (for signals), collecting its output. */

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/store/paths.ts';

/** The running process: its output so far, its exit code to come, and a way to signal it. */
export function spawnCli(...args: string[]) {
  const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/bilateral.js'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    kill: (signal: NodeJS.Signals) => child.kill(signal),
  };
}
