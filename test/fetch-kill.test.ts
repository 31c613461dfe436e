import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { lakePaths } from '../src/store/lake/lake-paths.ts';
import { readManifest } from '../src/store/lake/manifest.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';
import { EventDataServer, gdeltListLine } from './support/event-data-server.ts';
import { fetchCli, ingested, shape } from './support/fetch-cli.ts';
import { zip } from './support/zip.ts';

const DIR = mkdtempSync(join(tmpdir(), 'bilateral-fetch-kill-'));
const HOME = join(DIR, 'home');
const server = new EventDataServer();
before(() => server.start());
after(async () => {
  await server.close();
  rmSync(DIR, { recursive: true, force: true });
});

test('a fetch killed mid-download leaves whole files in the lake; the next run skips them and resumes the rest with Range', async () => {
  const sample = readFileSync(join(PACKAGE_ROOT, 'test/fixtures/gdelt/20191024143000.export.CSV'), 'utf8');
  const files = ['20191024143000', '20191024144500'].map((stamp, k) => {
    const text = sample.replace(/^(\d+)/gm, (id) => String(Number(id) + k * 10_000_000));
    const name = `${stamp}.export.CSV.zip`;
    const data = server.put(
      `/gdeltv2/${name}`,
      zip([{ name: `${stamp}.export.CSV`, data: Buffer.from(text) }]),
    );
    return { name, url: `http://data.gdeltproject.org/gdeltv2/${name}`, data };
  });
  const [a, b] = files as [(typeof files)[0], (typeof files)[0]];
  server.put('/gdeltv2/masterfilelist.txt', `${files.map((f) => gdeltListLine(f.url, f.data)).join('\n')}\n`);
  // The second file trickles in, so the process is caught in the middle of it.
  server.fail(`/gdeltv2/${b.name}`, { chunk: 2048, delayMs: 50 });
  const child = spawn(
    process.execPath,
    [
      join(PACKAGE_ROOT, 'bin/bilateral.js'),
      ...['--home', HOME, 'fetch', 'gdelt', '--from', '2019-10-24', '--to', '2019-10-24', '--jobs', '1'],
      ...['--mirror', server.url],
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const part = join(HOME, 'downloads', `${b.name}.part`);
  const manifest = lakePaths(HOME).manifest;
  while (
    !(
      existsSync(manifest) &&
      readManifest(manifest).files.length === 1 &&
      existsSync(part) &&
      statSync(part).size > 8192
    )
  )
    await sleep(10);
  child.kill('SIGKILL');
  await exited;
  const kept = statSync(part).size;
  assert.ok(kept > 0 && kept < b.data.length);
  assert.deepEqual(
    readManifest(manifest).files.map((f) => f.file),
    [a.name],
  );

  server.log.length = 0;
  const again = await fetchCli(server, HOME, 'gdelt', '--from', '2019-10-24', '--to', '2019-10-24');
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(shape(again.summary), {
    files: [ingested(b.name, b.url, 2111)],
    seconds: undefined,
    downloaded: 1,
    bytes: b.data.length - kept,
    verified: 1,
    skipped: 1,
    failed: [],
  });
  assert.deepEqual(server.requests(`/gdeltv2/${b.name}`), [
    { path: `/gdeltv2/${b.name}`, range: `bytes=${kept}-` },
  ]);
  assert.equal(server.requests(`/gdeltv2/${a.name}`).length, 0);
  assert.deepEqual(readdirSync(join(HOME, 'downloads')), []);
  assert.equal(readManifest(manifest).files.length, 2);
});
