/**
 * Writers wait their turn (issue 15): eight `bilateral import` processes and 500 API writes over 50
 * connections into one home all succeed and every write is stored; a write by another process is
 * visible at every API route on the next request.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { createApp } from '../src/api/app.ts';
import { listen, type RunningServer } from '../src/api/server.ts';
import { ensureToken } from '../src/api/token.ts';
import { type Home, openHome } from '../src/store/home.ts';
import { type LiveLake, openLiveLake } from '../src/store/lake/live-lake.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';

const run = promisify(execFile);
const DIR = mkdtempSync(join(tmpdir(), 'bilateral-concurrent-'));
const HOME = join(DIR, 'home');
const MINI = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'dossiers', 'kaz-uzb-mini.yaml'), 'utf8');
const BIN = join(PACKAGE_ROOT, 'bin', 'bilateral.js');
const NOW = new Date('2026-11-27T12:00:00Z');

let home: Home;
let token: string;
let server: RunningServer;

let live: LiveLake;

before(async () => {
  home = openHome(HOME, NOW);
  token = ensureToken(HOME);
  // Wired as `bilateral serve` wires it: a live lake reader, refreshed when another process ingests.
  live = await openLiveLake(HOME);
  const app = createApp({
    kb: home.kb,
    lake: live.reader,
    token,
    now: () => NOW,
    onLakeReload: live.onReload,
    refreshLake: () => live.reloadIfChanged(),
  });
  server = await listen(app, { host: '127.0.0.1', port: 0 });
});

after(async () => {
  await server?.close();
  live?.close();
  home?.close();
  rmSync(DIR, { recursive: true, force: true });
});

/** The real Kazakhstan–Uzbekistan test dossier under new ids, so each copy adds its own facts. */
function dossierCopy(tag: string): string {
  const file = join(DIR, `kaz-uzb-${tag}.yaml`);
  writeFileSync(
    file,
    MINI.replace(/kaz-uzb-(?!mini)/g, `kaz-uzb-${tag}-`).replace('id: kaz-uzb-mini', `id: kaz-uzb-${tag}`),
  );
  return file;
}

const importCli = (file: string) =>
  run(process.execPath, [BIN, '--home', HOME, 'import', file], { cwd: PACKAGE_ROOT, timeout: 120_000 }).then(
    () => 0,
    (err: { code?: number; stderr?: string }) => {
      throw new Error(`import ${file} exited ${err.code}: ${err.stderr}`);
    },
  );

function eventBody(i: number) {
  return {
    dyad: ['AZE', 'UZB'],
    events: [
      {
        id: `concurrent-${i}`,
        date: `2023-${String((i % 12) + 1).padStart(2, '0')}-01`,
        class: 'meeting',
        summary: `The foreign ministers met (write ${i}).`,
        sources: [{ url: 'https://mfa.gov.az/en/news/1', quote: 'The foreign ministers met in Baku.' }],
      },
    ],
  };
}

test('8 parallel imports and 500 API writes over 50 connections all succeed, every write stored', async () => {
  const files = Array.from({ length: 8 }, (_, i) => dossierCopy(`p${i}`));
  const statuses: number[] = [];
  let next = 0;
  const writer = async () => {
    while (next < 500) {
      const i = next++;
      const res = await fetch(`${server.url}/api/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(eventBody(i)),
      });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
  };
  const [codes] = await Promise.all([
    Promise.all(files.map(importCli)),
    Promise.all(Array.from({ length: 50 }, writer)),
  ]);
  assert.deepEqual(codes, Array(8).fill(0));
  assert.equal(statuses.length, 500);
  assert.deepEqual(
    statuses.filter((s) => s !== 201),
    [],
  );
  const stored = home.kb.events(['AZE', 'UZB']).filter((e) => e.id.startsWith('concurrent-'));
  assert.equal(stored.length, 500);
  // Each dossier copy adds its two events, one agreement and one council.
  assert.equal(home.kb.events(['KAZ', 'UZB']).length, 16);
  assert.equal(home.kb.agreements(['KAZ', 'UZB']).length, 8);
  assert.equal(home.kb.mechanisms(['KAZ', 'UZB']).length, 8);
  // The home is its owner's alone.
  assert.equal(statSync(HOME).mode & 0o777, 0o700);
  assert.equal(statSync(join(HOME, 'kb.sqlite')).mode & 0o777, 0o600);
  assert.equal(statSync(join(HOME, 'config.json')).mode & 0o777, 0o600);
});

test('a write by another process is visible at every API route on the next request', async () => {
  const routes = [
    '/api/dyads/KAZ/TJK/events',
    '/api/dyads/KAZ/TJK/agreements',
    '/api/dyads/KAZ/TJK/mechanisms',
    '/api/dyads/KAZ/TJK/level',
    '/api/dyads/KAZ/TJK/level/2022-12/explain',
    '/api/countries/TJK/partners',
    '/api/dyads/KAZ/TJK/report?format=md',
  ];
  const get = async (path: string) => (await fetch(`${server.url}${path}`)).text();
  const before = await Promise.all(routes.map(get));
  // Asked twice: the answers are cached now.
  assert.deepEqual(await Promise.all(routes.map(get)), before);
  const file = join(DIR, 'kaz-tjk.yaml');
  writeFileSync(
    file,
    MINI.replace(/kaz-uzb-/g, 'kaz-tjk-')
      .replace('id: kaz-uzb-mini', 'id: kaz-tjk-test')
      .replace('dyad: [KAZ, UZB]', 'dyad: [KAZ, TJK]')
      .replaceAll('UZB', 'TJK'),
  );
  await importCli(file);
  const after = await Promise.all(routes.map(get));
  routes.forEach((r, i) => {
    assert.notEqual(after[i], before[i], r);
  });
  assert.equal(JSON.parse(after[0]!).events.length, 2);
  assert.equal(JSON.parse(after[3]!).measurable, true);
  assert.equal(JSON.parse(before[3]!).measurable, false);
});

test('an ingest by another process is seen at the next request: events, level and partners', async () => {
  const get = async (path: string) => JSON.parse(await (await fetch(`${server.url}${path}`)).text());
  const path = '/api/dyads/CHN/USA/events?source=lake';
  assert.deepEqual((await get(path)).events, []);
  const partners = await get('/api/countries/USA/partners');
  const fixture = join(PACKAGE_ROOT, 'test', 'fixtures', 'gdelt', '20191024143000.export.CSV');
  await run(process.execPath, [BIN, '--home', HOME, 'ingest', 'gdelt', fixture], { cwd: PACKAGE_ROOT });
  const events = (await get(path)).events as { date: string; cameo: string; provenance: string }[];
  assert.deepEqual(
    events.map((e) => [e.date, e.cameo, e.provenance]),
    [['2019-10-23', '040', 'gdelt']],
  );
  assert.notDeepEqual(await get('/api/countries/USA/partners'), partners);
});
