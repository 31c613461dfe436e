import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { lakePaths } from '../src/store/lake/lake-paths.ts';
import { readManifest } from '../src/store/lake/manifest.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';
import { EventDataServer, gdeltListLine, md5 } from './support/event-data-server.ts';
import { fetchCli, ingested, shape } from './support/fetch-cli.ts';
import { zip } from './support/zip.ts';

const DIR = mkdtempSync(join(tmpdir(), 'bilateral-fetch-'));
const SAMPLE_TEXT = readFileSync(join(PACKAGE_ROOT, 'test/fixtures/gdelt/20191024143000.export.CSV'), 'utf8');
const GDELT = 'http://data.gdeltproject.org/gdeltv2/';
const server = new EventDataServer();
let homes = 0;

before(() => server.start());
beforeEach(() => {
  server.log.length = 0;
});
after(async () => {
  await server.close();
  rmSync(DIR, { recursive: true, force: true });
});

/** The real sample, its GLOBALEVENTIDs moved by `shift` so that each copy is new content. */
function sampleRows(shift: number): string {
  return SAMPLE_TEXT.trimEnd()
    .split('\n')
    .map((line) => `${Number(line.slice(0, line.indexOf('\t'))) + shift}${line.slice(line.indexOf('\t'))}`)
    .join('\n')
    .concat('\n');
}

/** A zipped 15-minute export named `stamp`, as GDELT ships it, served under /gdeltv2/. */
function exportZip(stamp: string, text: string): { name: string; url: string; data: Buffer } {
  const name = `${stamp}.export.CSV.zip`;
  const data = server.put(
    `/gdeltv2/${name}`,
    zip([{ name: `${stamp}.export.CSV`, data: Buffer.from(text) }]),
  );
  return { name, url: `${GDELT}${name}`, data };
}

/** Publishes `masterfilelist.txt` (with mentions and GKG lines, as the real one has) and `lastupdate.txt`. */
function publish(files: { url: string; data: Buffer }[], lines: string[] = []): void {
  const all = files.flatMap((f) => [
    gdeltListLine(f.url, f.data),
    `1234 ${md5('m')} ${f.url.replace('.export.', '.mentions.')}`,
    `5678 ${md5('g')} ${f.url.replace('.export.CSV', '.gkg.csv')}`,
  ]);
  server.put('/gdeltv2/masterfilelist.txt', `${[...all, ...lines].join('\n')}\n`);
  server.put('/gdeltv2/lastupdate.txt', `${all.slice(-3).join('\n')}\n`);
}

const newHome = (): string => join(DIR, `home-${++homes}`);

const fetch = (home: string, ...args: string[]) => fetchCli(server, home, 'gdelt', ...args);

test('a normal fetch downloads, verifies and ingests the exports of the range; a second run adds nothing', async () => {
  const a = exportZip('20191024143000', SAMPLE_TEXT);
  const b = exportZip('20191024144500', sampleRows(10_000_000));
  const outside = exportZip('20191101000000', sampleRows(20_000_000));
  // A list that names a file twice gets it fetched once.
  publish([a, b, outside], [gdeltListLine(a.url, a.data)]);
  const home = newHome();
  const first = await fetch(home, '--from', '2019-10-24', '--to', '2019-10');
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(shape(first.summary), {
    files: [ingested(a.name, a.url, 2111), ingested(b.name, b.url, 2111)],
    seconds: undefined,
    downloaded: 2,
    bytes: a.data.length + b.data.length,
    verified: 2,
    skipped: 0,
    failed: [],
  });
  assert.equal(server.requests(`/gdeltv2/${outside.name}`).length, 0);
  assert.equal(server.requests(`/gdeltv2/${a.name}`).length, 1);
  // Each file committed with where it came from; the download cache emptied.
  // Downloads run in parallel, so files commit in the order they finish: compare by name.
  const manifest = readManifest(lakePaths(home).manifest);
  assert.deepEqual(
    manifest.files.map((f) => [f.file, f.source]).sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    [
      [a.name, { url: a.url, md5: md5(a.data) }],
      [b.name, { url: b.url, md5: md5(b.data) }],
    ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
  );
  assert.deepEqual(readdirSync(join(home, 'downloads')), []);
  assert.match(
    first.stderr,
    /2 files ingested \(2 downloaded, .* MB at .* MB\/s; 2 verified\), 0 skipped, 0 failed/,
  );
  assert.match(first.stderr, /4222 rows read, 4222 stored, 0 quarantined, 0 duplicates, 0 filtered/);

  const before = server.log.length;
  const again = await fetch(home, '--from', '2019-10-24', '--to', '2019-10');
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(shape(again.summary), {
    files: [],
    seconds: undefined,
    downloaded: 0,
    bytes: 0,
    verified: 0,
    skipped: 2,
    failed: [],
  });
  // Only the list was read again.
  assert.deepEqual(
    server.log.slice(before).map((r) => r.path),
    ['/gdeltv2/masterfilelist.txt'],
  );
  assert.equal(readManifest(lakePaths(home).manifest).files.length, 2);
});

test('--dry-run lists the files, their size and an estimate of the rows, and downloads nothing', async () => {
  const a = exportZip('20191024143000', SAMPLE_TEXT);
  const b = exportZip('20191024144500', sampleRows(10_000_000));
  publish([a, b]);
  const home = newHome();
  const before = server.log.length;
  const r = await fetch(home, '--from', '2019', '--dry-run');
  assert.equal(r.code, 0, r.stderr);
  const bytes = a.data.length + b.data.length;
  assert.deepEqual(r.summary, {
    files: [
      { file: a.name, url: a.url, bytes: a.data.length },
      { file: b.name, url: b.url, bytes: b.data.length },
    ],
    bytes,
    estimatedRows: Math.round((bytes * 2111) / 140_597),
    skipped: 0,
  });
  assert.deepEqual(
    server.log.slice(before).map((x) => x.path),
    ['/gdeltv2/masterfilelist.txt'],
  );
  assert.equal(existsSync(lakePaths(home).manifest), false);
});

test('a wrong MD5 or size is downloaded once more, then reported with both hashes or sizes; the other files are ingested', async () => {
  const good = exportZip('20191024143000', SAMPLE_TEXT);
  const bad = exportZip('20191024144500', sampleRows(10_000_000));
  const listed = {
    ...bad,
    data: Buffer.concat([bad.data.subarray(0, -1), Buffer.from([bad.data.at(-1)! ^ 1])]),
  };
  // The list gives a size other than the file's, both larger and smaller.
  const short = exportZip('20191024160000', sampleRows(20_000_000));
  const long = exportZip('20191024161500', sampleRows(30_000_000));
  publish([
    good,
    listed,
    { ...short, data: Buffer.concat([short.data, Buffer.from('x')]) },
    { ...long, data: long.data.subarray(1) },
  ]);
  const home = newHome();
  const r = await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24');
  assert.equal(r.code, 1);
  const [n, m] = [short.data.length, long.data.length - 1];
  assert.deepEqual(shape(r.summary), {
    files: [ingested(good.name, good.url, 2111)],
    seconds: undefined,
    downloaded: 1,
    bytes: good.data.length + 2 * bad.data.length + 2 * n + 2 * long.data.length,
    verified: 1,
    skipped: 0,
    failed: [
      {
        file: bad.name,
        url: bad.url,
        reason: `MD5 mismatch: the list says ${md5(listed.data)}, the download was ${md5(bad.data)}`,
        expected: md5(listed.data),
        actual: md5(bad.data),
      },
      {
        file: short.name,
        url: short.url,
        reason: `size mismatch: the list says ${n + 1}, the download was ${n}`,
        expected: String(n + 1),
        actual: String(n),
      },
      {
        file: long.name,
        url: long.url,
        reason: `size mismatch: the list says ${m}, the download was more than ${m}`,
        expected: String(m),
        actual: `more than ${m}`,
      },
    ],
  });
  assert.equal(server.requests(`/gdeltv2/${bad.name}`).length, 2);
  assert.match(r.stderr, new RegExp(`${bad.name}: failed: MD5 mismatch`));
  assert.deepEqual(readdirSync(join(home, 'downloads')), []);
});

test('a connection reset mid-body is resumed with Range; 500 twice then 200 is retried; a 404 is reported, not retried', async () => {
  const reset = exportZip('20191024143000', SAMPLE_TEXT);
  const flaky = exportZip('20191024144500', sampleRows(10_000_000));
  const gone = {
    name: '20191024150000.export.CSV.zip',
    url: `${GDELT}20191024150000.export.CSV.zip`,
    data: Buffer.from('x'),
  };
  server.files.delete(`/gdeltv2/${gone.name}`);
  publish([reset, flaky, gone]);
  server.fail(`/gdeltv2/${reset.name}`, { resetAfter: 50_000 });
  server.fail(`/gdeltv2/${flaky.name}`, { status: 500 }, { status: 503 });
  const home = newHome();
  const r = await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24');
  assert.equal(r.code, 1);
  assert.deepEqual(shape(r.summary), {
    files: [ingested(reset.name, reset.url, 2111), ingested(flaky.name, flaky.url, 2111)],
    seconds: undefined,
    downloaded: 2,
    bytes: reset.data.length + flaky.data.length,
    verified: 2,
    skipped: 0,
    failed: [
      {
        file: gone.name,
        url: gone.url,
        reason: `${server.url}gdeltv2/${gone.name}: not found (404)`,
      },
    ],
  });
  assert.deepEqual(server.requests(`/gdeltv2/${reset.name}`), [
    { path: `/gdeltv2/${reset.name}` },
    { path: `/gdeltv2/${reset.name}`, range: 'bytes=50000-' },
  ]);
  assert.equal(server.requests(`/gdeltv2/${flaky.name}`).length, 3);
  assert.equal(server.requests(`/gdeltv2/${gone.name}`).length, 1);
  assert.match(r.stderr, /HTTP 500; retry 1/);
});

test('a slow server is waited for; one that stops sending is given up after the timeout and its retries', async () => {
  const slow = exportZip('20191024143000', SAMPLE_TEXT);
  const stalled = exportZip('20191024144500', sampleRows(10_000_000));
  publish([slow, stalled]);
  server.fail(`/gdeltv2/${slow.name}`, { chunk: 16_384, delayMs: 5 });
  server.fail(`/gdeltv2/${stalled.name}`, { stall: true }, { stall: true });
  const home = newHome();
  const r = await fetch(
    home,
    '--from',
    '2019-10-24',
    '--to',
    '2019-10-24',
    '--timeout',
    '0.5',
    '--retries',
    '1',
  );
  assert.equal(r.code, 1);
  assert.deepEqual(shape(r.summary), {
    files: [ingested(slow.name, slow.url, 2111)],
    seconds: undefined,
    downloaded: 1,
    bytes: slow.data.length,
    verified: 1,
    skipped: 0,
    failed: [
      {
        file: stalled.name,
        url: stalled.url,
        reason: `${server.url}gdeltv2/${stalled.name}: no data for 0.5 s`,
      },
    ],
  });
  assert.equal(server.requests(`/gdeltv2/${stalled.name}`).length, 2);
});

test('a zip bomb is refused before unpacking, one whose header lies while unpacking; a truncated zip is reported', async () => {
  const zeros = Buffer.alloc(20_000_000);
  const bombName = '20191024143000.export.CSV.zip';
  const bomb = server.put(`/gdeltv2/${bombName}`, zip([{ name: 'x.CSV', data: zeros }]));
  const liarName = '20191024144500.export.CSV.zip';
  const liar = server.put(`/gdeltv2/${liarName}`, zip([{ name: 'y.CSV', data: zeros, declaredSize: 1000 }]));
  const whole = zip([{ name: 'z.CSV', data: Buffer.from(SAMPLE_TEXT) }]);
  const cutName = '20191024150000.export.CSV.zip';
  const cut = server.put(`/gdeltv2/${cutName}`, whole.subarray(0, Math.floor(whole.length / 2)));
  const files = [
    { url: `${GDELT}${bombName}`, data: bomb },
    { url: `${GDELT}${liarName}`, data: liar },
    { url: `${GDELT}${cutName}`, data: cut },
  ];
  publish(files);
  const home = newHome();
  const r = await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24');
  assert.equal(r.code, 1);
  const ratio = Math.round(20_000_000 / (bomb.length - 30 - 5 - 46 - 5 - 22));
  assert.deepEqual(shape(r.summary), {
    files: [],
    seconds: undefined,
    downloaded: 3,
    bytes: bomb.length + liar.length + cut.length,
    verified: 3,
    skipped: 0,
    failed: [
      {
        file: bombName,
        url: `${GDELT}${bombName}`,
        reason: `refused to unpack: x.CSV would unpack ${ratio}:1, over the limit of 200:1`,
      },
      {
        file: liarName,
        url: `${GDELT}${liarName}`,
        reason: 'refused to unpack: y.CSV inflates beyond 0.0 MB (its header declares 0.0 MB)',
      },
      {
        file: cutName,
        url: `${GDELT}${cutName}`,
        reason: 'not a zip archive (no end of central directory)',
      },
    ],
  });
  // Nothing of them reached the lake, and no unpacked leftovers remain.
  assert.deepEqual(readManifest(lakePaths(home).manifest).files, []);
  assert.equal(existsSync(lakePaths(home).staging), false);
  // The size limit is settable too: the honest bomb under a 10 MB cap.
  const capped = await fetch(
    newHome(),
    '--from',
    '2019-10-24',
    '--to',
    '2019-10-24',
    '--max-unpacked',
    '10MB',
    '--max-ratio',
    '100000',
  );
  assert.equal(
    capped.summary.failed[0].reason,
    'refused to unpack: x.CSV would unpack to 20.0 MB, over the limit of 10.0 MB',
  );
});

test('--countries keeps the rows between the countries given and counts the rest as filtered', async () => {
  const a = exportZip('20191024143000', SAMPLE_TEXT);
  publish([a]);
  const wanted = new Set(['USA', 'CHN', 'RUS']);
  const rows = SAMPLE_TEXT.trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const kept = rows.filter((c) => wanted.has(c[7] ?? '') && wanted.has(c[17] ?? '')).length;
  assert.ok(kept > 0 && kept < rows.length);
  const home = newHome();
  const r = await fetch(
    home,
    '--from',
    '2019-10-24',
    '--to',
    '2019-10-24',
    '--countries',
    'United States,China,RUS',
  );
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(shape(r.summary).files, [
    ingested(a.name, a.url, 2111, { stored: kept, filtered: { countries: 2111 - kept } }),
  ]);
  assert.deepEqual(readManifest(lakePaths(home).manifest).files[0]?.countries, ['CHN', 'RUS', 'USA']);
  // A wider list later is no repeat: the file is fetched again, the rows already kept are duplicates.
  const wider = await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24');
  assert.equal(wider.code, 0, wider.stderr);
  assert.deepEqual(shape(wider.summary).files, [
    ingested(a.name, a.url, 2111, { stored: 2111 - kept, duplicates: kept }),
  ]);
  // A narrower one is: the lake holds all of it now.
  const narrower = await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24', '--countries', 'USA,CHN');
  assert.equal(narrower.summary.skipped, 1);
});

test('bad options are refused with a message naming them, before anything is fetched', async () => {
  const home = newHome();
  for (const [args, message] of [
    [
      ['--from', '2019-13'],
      '--from must be a day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), got "2019-13"',
    ],
    [['--from', '2020', '--to', '2019'], '--from 2020 is after --to 2019'],
    [['--jobs', '0'], '--jobs must be at least 1, got "0"'],
    [['--countries', 'Atlantis'], 'no country matches "Atlantis"'],
    [['--follow', '--to', '2019'], '--follow keeps fetching new files: drop --to'],
    [['--gdelt-version', '3'], '--gdelt-version must be 1 or 2, got "3"'],
    [['--max-unpacked', 'lots'], '--max-unpacked must be a size such as 2GB or 500MB, got "lots"'],
  ] as const) {
    const before = server.log.length;
    const r = await fetch(home, ...args);
    assert.equal(r.code, 1, args.join(' '));
    assert.equal(r.summary.error.message, message);
    assert.equal(server.log.length, before);
  }
  server.put('/gdeltv2/masterfilelist.txt', '');
  server.files.delete('/gdeltv2/masterfilelist.txt');
  const missing = await fetch(home, '--from', '2019');
  assert.equal(missing.code, 1);
  assert.equal(
    missing.summary.error.message,
    `could not read the file list: ${server.url}gdeltv2/masterfilelist.txt: not found (404)`,
  );
});

test('--keep-downloads keeps the verified files, and a later fetch uses them without downloading', async () => {
  const a = exportZip('20191024143000', SAMPLE_TEXT);
  publish([a]);
  const home = newHome();
  const kept = await fetch(
    home,
    '--from',
    '2019-10-24',
    '--to',
    '2019-10-24',
    '--countries',
    'USA,CHN',
    '--keep-downloads',
  );
  assert.equal(kept.code, 0, kept.stderr);
  assert.deepEqual(readdirSync(join(home, 'downloads')), [a.name]);
  assert.deepEqual(readFileSync(join(home, 'downloads', a.name)), a.data);
  server.log.length = 0;
  const wider = await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24');
  assert.equal(wider.code, 0, wider.stderr);
  const stored = kept.summary.files[0].stored;
  assert.deepEqual(shape(wider.summary), {
    files: [ingested(a.name, a.url, 2111, { stored: 2111 - stored, duplicates: stored })],
    seconds: undefined,
    downloaded: 0,
    bytes: 0,
    verified: 1,
    skipped: 0,
    failed: [],
  });
  assert.equal(server.requests(`/gdeltv2/${a.name}`).length, 0);
  assert.deepEqual(readdirSync(join(home, 'downloads')), []);
});

test('a skipped file left in the download cache (a run killed after its commit) is removed unless kept', async () => {
  const a = exportZip('20191024143000', SAMPLE_TEXT);
  publish([a]);
  const home = newHome();
  assert.equal((await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24', '--keep-downloads')).code, 0);
  const kept = await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24', '--keep-downloads');
  assert.equal(kept.summary.skipped, 1);
  assert.deepEqual(readdirSync(join(home, 'downloads')), [a.name]);
  const again = await fetch(home, '--from', '2019-10-24', '--to', '2019-10-24');
  assert.equal(again.summary.skipped, 1);
  assert.deepEqual(readdirSync(join(home, 'downloads')), []);
});
