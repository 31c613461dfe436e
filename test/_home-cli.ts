/** The CLI run in-process against one temporary home, for the tests under test/ (not a test file itself). */
import assert from 'node:assert/strict';
import { memoryIO } from '../src/cli/memory-io.ts';
import { run } from '../src/cli/run.ts';
import type { Level } from '../src/core/level/index.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';

/** `cli(...argv)` runs `bilateral --home HOME …` on a fixed clock; `level(...argv)` parses `--json level …`. */
export function homeCli(home: string, now = new Date('2026-11-27T12:00:00Z')) {
  async function cli(...argv: string[]) {
    const m = memoryIO({ cwd: PACKAGE_ROOT, now });
    const code = await run(['--home', home, ...argv], m.io);
    return { code, stdout: m.stdout(), stderr: m.stderr() };
  }
  async function level(...argv: string[]): Promise<Level> {
    const r = await cli('--json', 'level', ...argv);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  }
  return { cli, level };
}
