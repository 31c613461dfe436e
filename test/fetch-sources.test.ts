import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { followEvents } from '../src/fetch/fetch-events.ts';
import type { FetchSummary } from '../src/fetch/fetch-summary.ts';
import { gdelt2Source } from '../src/fetch/gdelt2-source.ts';
import { lakeParquetFiles } from '../src/store/lake/lake-cleanup.ts';
import { lakePaths } from '../src/store/lake/lake-paths.ts';
import { readManifest } from '../src/store/lake/manifest.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';
import { EventDataServer, gdeltListLine, md5 } from './support/event-data-server.ts';
import { fetchCli, ingested, shape } from './support/fetch-cli.ts';
import { spawnCli } from './support/spawn-cli.ts';
import { zip } from './support/zip.ts';

const DIR = mkdtempSync(join(tmpdir(), 'bilateral-fetch-sources-'));
const FIXTURES = join(PACKAGE_ROOT, 'test/fixtures');
const server = new EventDataServer();
let homes = 0;
const newHome = (): string => join(DIR, `home-${++homes}`);

before(() => server.start());
after(async () => {
  await server.close();
  rmSync(DIR, { recursive: true, force: true });
});

/** Rows of a query over the committed lake of `home`. */
async function lakeRows(home: string, sql: (events: string) => string): Promise<Record<string, unknown>[]> {
  const paths = lakePaths(home);
  const files = lakeParquetFiles(paths, readManifest(paths.manifest)).map((f) => `'${f}'`);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const events = `read_parquet([${files.join(', ')}], hive_partitioning=true)`;
    return (await conn.runAndReadAll(sql(events))).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

test('GDELT 1.0: md5sums and filesizes list yearly, monthly and daily files; the range picks among them', async () => {
  const EVENTS = 'http://data.gdeltproject.org/events/';
  const monthly = server.put('/events/200601.zip', readFileSync(join(FIXTURES, 'gdelt/200601.zip')));
  const daily = server.put(
    '/events/20150218.export.CSV.zip',
    zip([{ name: '20150218.export.CSV', data: readFileSync(join(FIXTURES, 'gdelt/20150218.export.CSV')) }]),
  );
  const yearly = Buffer.from('never fetched');
  const listed: [string, Buffer][] = [
    ['1979.zip', yearly],
    ['200601.zip', monthly],
    ['20150218.export.CSV.zip', daily],
    ['GDELT.MASTERREDUCEDV2.1979-2013.zip', yearly],
  ];
  server.put('/events/md5sums', listed.map(([n, d]) => `${md5(d)}  ${n}`).join('\n'));
  server.put('/events/filesizes', listed.map(([n, d]) => `${d.length} ${n}`).join('\n'));
  const home = newHome();
  const r = await fetchCli(
    server,
    home,
    'gdelt',
    '--gdelt-version',
    '1',
    '--from',
    '2006-01-15',
    '--to',
    '2015',
  );
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(shape(r.summary), {
    files: [
      ingested('200601.zip', `${EVENTS}200601.zip`, 5, { stored: 4, quarantined: { unknown_cameo: 1 } }),
      ingested('20150218.export.CSV.zip', `${EVENTS}20150218.export.CSV.zip`, 14, {
        stored: 8,
        quarantined: { bad_date: 1, bad_number: 1, column_count: 1, unknown_cameo: 1, unknown_country: 1 },
        duplicates: 1,
      }),
    ],
    seconds: undefined,
    downloaded: 2,
    bytes: monthly.length + daily.length,
    verified: 2,
    skipped: 0,
    failed: [],
  });
  assert.equal(server.requests('/events/1979.zip').length, 0);
});

test('ICEWS from Dataverse: the dataset JSON lists the yearly files; zipped and plain are fetched by id; NA is no country', async () => {
  const tab = readFileSync(join(FIXTURES, 'icews/events.2015.tab'));
  // An IGO as source, its country written NA as ICEWS releases do: a valid row with no country.
  const igo =
    '24000010\t2016-05-01\tUnited Nations\tInternational Government Organization\tNA\tMake statement\t010\t0.0\tAzerbaijan\t\tAzerbaijan\t30000010\t1\tAPA\tBaku\t\tBaki\tAzerbaijan\t40.3777\t49.892\r\n';
  const tsv = Buffer.concat([readFileSync(join(FIXTURES, 'icews/events.2016.tsv')), Buffer.from(igo)]);
  const zipped = server.put('/storage/3001', zip([{ name: 'events.2015.20150313082510.tab', data: tab }]));
  server.put('/storage/3002', tsv);
  const dataFile = (id: number, filename: string, data: Buffer, contentType: string) => ({
    label: filename,
    restricted: false,
    version: 1,
    datasetVersionId: 77,
    dataFile: {
      id,
      persistentId: `doi:10.7910/DVN/28075/${id}`,
      filename,
      contentType,
      filesize: data.length,
      storageIdentifier: `s3://dvn-cloud:${id}`,
      rootDataFileId: -1,
      md5: md5(data),
      checksum: { type: 'MD5', value: md5(data) },
      creationDate: '2015-03-13',
    },
  });
  const answer = {
    status: 'OK',
    data: {
      id: 2575,
      identifier: 'DVN/28075',
      persistentUrl: 'https://doi.org/10.7910/DVN/28075',
      latestVersion: {
        versionNumber: 30,
        license: { name: 'CC0 1.0' },
        files: [
          dataFile(3000, 'ICEWS Coded Event Data Codebook.pdf', Buffer.from('pdf'), 'application/pdf'),
          dataFile(3001, 'events.2015.20150313082510.tab.zip', zipped, 'application/zip'),
          dataFile(3002, 'events.2016.20170206133646.tsv', tsv, 'text/tab-separated-values'),
        ],
      },
    },
  };
  server.put('/api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/28075', JSON.stringify(answer));
  const DV = 'https://dataverse.harvard.edu/api/access/datafile/';
  const home = newHome();
  const r = await fetchCli(server, home, 'icews', '--from', '2015');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(shape(r.summary), {
    files: [
      ingested('events.2015.20150313082510.tab.zip', `${DV}3001`, 11, {
        stored: 4,
        quarantined: { bad_date: 1, bad_number: 1, column_count: 1, unknown_cameo: 1, unknown_country: 1 },
        duplicates: 2,
      }),
      ingested('events.2016.20170206133646.tsv', `${DV}3002`, 6, { stored: 4, duplicates: 2 }),
    ],
    seconds: undefined,
    downloaded: 2,
    bytes: zipped.length + tsv.length,
    verified: 2,
    skipped: 0,
    failed: [],
  });
  // Downloads went by file id, redirected to storage as Harvard does; the PDF was never asked for.
  assert.deepEqual(
    server.log
      .filter((x) => /datafile|storage/.test(x.path))
      .map((x) => x.path)
      .sort(),
    ['/api/access/datafile/3001', '/api/access/datafile/3002', '/storage/3001', '/storage/3002'],
  );
  assert.deepEqual(
    await lakeRows(
      home,
      (e) =>
        `SELECT actor1_name, actor1_country, actor1_country_code, actor2_country FROM ${e} WHERE event_id = 24000010`,
    ),
    [
      {
        actor1_name: 'United Nations',
        actor1_country: null,
        actor1_country_code: null,
        actor2_country: 'AZE',
      },
    ],
  );
  // A Dataverse that answers without the dataset is no empty list.
  server.put(
    '/api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/28075',
    '{"status":"ERROR","message":"Dataset with Persistent ID doi:10.7910/DVN/28075 not found."}',
  );
  const missing = await fetchCli(server, newHome(), 'icews', '--from', '2015');
  assert.equal(missing.code, 1);
  assert.equal(
    missing.summary.error.message,
    `could not read the file list: ${server.url}api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/28075: not a Dataverse dataset answer (no data.latestVersion.files)`,
  );
});

/** GDELT 2.0 list lines for a zipped copy of the real sample with ids moved by `shift`, served as `stamp`. */
function servedExport(stamp: string, shift: number): string {
  const text = readFileSync(join(FIXTURES, 'gdelt/20191024143000.export.CSV'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => `${Number(l.slice(0, l.indexOf('\t'))) + shift}${l.slice(l.indexOf('\t'))}`)
    .join('\n');
  const name = `${stamp}.export.CSV.zip`;
  const data = server.put(
    `/gdeltv2/${name}`,
    zip([{ name: `${stamp}.export.CSV`, data: Buffer.from(`${text}\n`) }]),
  );
  return gdeltListLine(`http://data.gdeltproject.org/gdeltv2/${name}`, data);
}

/** Waits (without a clock assertion) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await sleep(20);
}

test('--follow (in-process): catches up, picks up a file lastupdate.txt names later, stops on the signal', async () => {
  const first = servedExport('20260101000000', 0);
  server.put('/gdeltv2/masterfilelist.txt', `${first}\n`);
  server.put('/gdeltv2/lastupdate.txt', `${first}\n`);
  const home = newHome();
  const stop = new AbortController();
  const rounds: FetchSummary[] = [];
  const source = gdelt2Source({ mirror: server.url, idleTimeoutMs: 5000, retries: 0, backoffMs: 1 });
  const following = followEvents(
    home,
    source,
    { from: '2026-01-01' },
    {
      dataset: 'gdelt',
      jobs: 2,
      keepDownloads: false,
      download: { mirror: server.url, idleTimeoutMs: 5000, retries: 0, backoffMs: 1 },
      ingest: {},
      pollMs: 10,
      signal: stop.signal,
      onRound: (r) => rounds.push(r),
    },
  );
  await until(() => rounds.length >= 2);
  const second = servedExport('20260101001500', 100_000_000);
  server.put('/gdeltv2/lastupdate.txt', `${second}\n`);
  await until(() =>
    rounds.some((r) => r.files.length > 0 && r.files[0]?.file === '20260101001500.export.CSV.zip'),
  );
  stop.abort();
  const total = await following;
  assert.deepEqual(
    total.files.map((f) => [f.file, f.stored]),
    [
      ['20260101000000.export.CSV.zip', 2111],
      ['20260101001500.export.CSV.zip', 2111],
    ],
  );
  assert.deepEqual([total.downloaded, total.verified, total.skipped, total.failed], [2, 2, 0, []]);
  assert.equal(readManifest(lakePaths(home).manifest).files.length, 2);
});

test('fetch --follow (a process): a new file is ingested while it runs; SIGTERM ends it with its summary, exit 0', async () => {
  const first = servedExport('20260201000000', 200_000_000);
  server.put('/gdeltv2/masterfilelist.txt', `${first}\n`);
  server.put('/gdeltv2/lastupdate.txt', `${first}\n`);
  const home = newHome();
  const child = spawnCli(
    ...['--home', home, '--json', 'fetch', 'gdelt', '--follow', '--from', '2026-02-01'],
    ...['--mirror', server.url, '--poll-interval', '0.05'],
  );
  await until(() => child.stderr().includes('20260201000000.export.CSV.zip: read 2111'));
  server.put('/gdeltv2/lastupdate.txt', `${servedExport('20260201001500', 300_000_000)}\n`);
  await until(() => child.stderr().includes('20260201001500.export.CSV.zip: read 2111'));
  child.kill('SIGTERM');
  assert.equal(await child.exited, 0, child.stderr());
  const summary = JSON.parse(child.stdout());
  assert.deepEqual(
    summary.files.map((f: { file: string; stored: number }) => [f.file, f.stored]),
    [
      ['20260201000000.export.CSV.zip', 2111],
      ['20260201001500.export.CSV.zip', 2111],
    ],
  );
  assert.deepEqual([summary.downloaded, summary.verified, summary.skipped, summary.failed], [2, 2, 0, []]);
});

test('serve --follow: the server ingests a new file while it runs and answers from it at once', async () => {
  server.put('/gdeltv2/masterfilelist.txt', '');
  server.put('/gdeltv2/lastupdate.txt', '');
  const home = newHome();
  const child = spawnCli(
    ...['--home', home, 'serve', '--port', '0', '--follow', '--from', '2026-03-01'],
    ...['--mirror', server.url, '--poll-interval', '0.05'],
  );
  await until(() => /serving on (http:\S+?)\/ /.test(child.stdout()));
  const base = /serving on (http:\S+?)\/ /.exec(child.stdout())?.[1];
  const lakeEvents = async (): Promise<number> => {
    const res = await fetch(`${base}/api/dyads/USA/CHN/events?source=lake`);
    assert.equal(res.status, 200);
    return ((await res.json()) as { events: unknown[] }).events.length;
  };
  assert.equal(await lakeEvents(), 0);
  server.put('/gdeltv2/lastupdate.txt', `${servedExport('20260301000000', 400_000_000)}\n`);
  await until(() => child.stderr().includes('20260301000000.export.CSV.zip: read 2111'));
  // The reader reloads right after the round: ask until it has (no clock in the assertion).
  let events = await lakeEvents();
  while (events === 0) {
    await sleep(20);
    events = await lakeEvents();
  }
  assert.equal(events, 1);
  child.kill('SIGTERM');
  assert.equal(await child.exited, 0, child.stderr());
});

test('stopping a follow in the middle of its catching up drops the download under way, failing nothing', async () => {
  const stuck = servedExport('20260401000000', 500_000_000);
  const later = servedExport('20260401001500', 600_000_000);
  server.put('/gdeltv2/masterfilelist.txt', `${stuck}\n${later}\n`);
  server.fail('/gdeltv2/20260401000000.export.CSV.zip', { stall: true });
  const home = newHome();
  const stop = new AbortController();
  const http = { mirror: server.url, idleTimeoutMs: 60_000, retries: 0, backoffMs: 1 };
  const following = followEvents(
    home,
    gdelt2Source(http),
    { from: '2026-04-01' },
    {
      dataset: 'gdelt',
      jobs: 1,
      keepDownloads: false,
      download: http,
      ingest: {},
      pollMs: 60_000,
      signal: stop.signal,
    },
  );
  await until(() => server.requests('/gdeltv2/20260401000000.export.CSV.zip').length > 0);
  stop.abort();
  const total = await following;
  assert.deepEqual(
    { ...total, seconds: 0 },
    { files: [], seconds: 0, downloaded: 0, bytes: 0, verified: 0, skipped: 0, failed: [] },
  );
  assert.equal(server.requests('/gdeltv2/20260401001500.export.CSV.zip').length, 0);
});

test('--follow without --from starts at the newest files, not at the beginning of the list', async () => {
  const old = servedExport('20250101000000', 700_000_000);
  const newest = servedExport('20260501000000', 800_000_000);
  server.put('/gdeltv2/masterfilelist.txt', `${old}\n${newest}\n`);
  server.put('/gdeltv2/lastupdate.txt', `${newest}\n`);
  server.log.length = 0;
  const home = newHome();
  const stop = new AbortController();
  const http = { mirror: server.url, idleTimeoutMs: 5000, retries: 0, backoffMs: 1 };
  const total = await followEvents(
    home,
    gdelt2Source(http),
    {},
    {
      dataset: 'gdelt',
      jobs: 2,
      keepDownloads: false,
      download: http,
      ingest: {},
      pollMs: 60_000,
      signal: stop.signal,
      onRound: () => stop.abort(),
    },
  );
  assert.deepEqual(
    total.files.map((f) => f.file),
    ['20260501000000.export.CSV.zip'],
  );
  assert.deepEqual(
    server.log.map((r) => r.path),
    ['/gdeltv2/lastupdate.txt', '/gdeltv2/20260501000000.export.CSV.zip'],
  );
});
