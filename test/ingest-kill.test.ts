import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { memoryIO } from '../src/cli/memory-io.ts';
import { run } from '../src/cli/run.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';

const DIR = mkdtempSync(join(tmpdir(), 'bilateral-kill-'));
after(() => rmSync(DIR, { recursive: true, force: true }));
const HOME = join(DIR, 'home');
const SAMPLE = join(PACKAGE_ROOT, 'test/fixtures/gdelt/20191024143000.export.CSV');

/** The real sample repeated with fresh GLOBALEVENTIDs: a file big enough to be caught mid-ingest. */
function bigFile(copies: number): { path: string; rows: number } {
  const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
  const out: string[] = [];
  let id = 900_000_000;
  for (let c = 0; c < copies; c++)
    for (const line of lines) out.push(`${id++}${line.slice(line.indexOf('\t'))}`);
  const path = join(DIR, 'big.export.CSV');
  writeFileSync(path, `${out.join('\n')}\n`);
  return { path, rows: out.length };
}

async function cli(...argv: string[]) {
  const m = memoryIO({ cwd: PACKAGE_ROOT });
  const code = await run(['--home', HOME, '--json', ...argv], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

/** What the lake holds: the manifest and every file under it (temporaries excluded). */
function lakeState(): { manifest: string; files: string[] } {
  const root = join(HOME, 'lake');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      // Work in progress and the writer's lock (taken over by the next ingest) are not lake content.
      if (e.name === '.staging' || e.name === '.lock') continue;
      if (e.isDirectory()) walk(join(d, e.name));
      else files.push(join(d, e.name).slice(root.length));
    }
  };
  walk(root);
  return { manifest: readFileSync(join(root, 'manifest.json'), 'utf8'), files: files.sort() };
}

test('an ingest process killed halfway leaves the lake as it was; the next ingest of that file completes', async () => {
  assert.equal((await cli('ingest', 'gdelt', SAMPLE)).code, 0);
  const before = lakeState();
  const big = bigFile(60);

  const child = spawn(
    process.execPath,
    [join(PACKAGE_ROOT, 'bin/bilateral.js'), '--home', HOME, 'ingest', 'gdelt', big.path],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Kill it once it is writing: its staging folder holds work in progress.
  const staging = join(HOME, 'lake', '.staging');
  const started = Date.now();
  while (
    !(existsSync(staging) && readdirSync(staging).some((n) => !n.startsWith('duckdb'))) &&
    Date.now() - started < 60_000
  )
    await sleep(5);
  child.kill('SIGKILL');
  const code = await exited;
  assert.equal(code, null, 'the ingest was killed before it finished');

  assert.deepEqual(lakeState(), before, 'nothing of the killed ingest is visible in the lake');
  const timeline = await cli('timeline', 'USA', 'CHN', '--source', 'lake');
  assert.equal(JSON.parse(timeline.stdout).events.length, 1);

  const again = await cli('ingest', 'gdelt', big.path);
  assert.equal(again.code, 0, again.stderr);
  const f = JSON.parse(again.stdout).files[0];
  assert.deepEqual([f.read, f.stored, f.duplicates, f.alreadyIngested], [big.rows, big.rows, 0, false]);
  assert.deepEqual(f.quarantined, {});
  assert.ok(
    !existsSync(staging) || readdirSync(staging).length === 0,
    'the killed run left no staging behind',
  );
});
