import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { lakePaths } from '../store/lake/lake-paths.ts';
import { readManifest } from '../store/lake/manifest.ts';
import { ingestFiles } from './ingest-files.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures');
const SAMPLE = join(FIXTURES, 'gdelt', '20191024143000.export.CSV');
const DAILY = join(FIXTURES, 'gdelt', '20150218.export.CSV');
const DAILY_GZ = join(FIXTURES, 'gdelt', '20150218.export.CSV.gz');
const BACKFILE_ZIP = join(FIXTURES, 'gdelt', '200601.zip');
const NOW = () => new Date('2026-01-15T10:00:00Z');

const newHome = (): string => mkdtempSync(join(tmpdir(), 'bilateral-ingest-'));

/** Rows of a SQL query over the lake's committed Parquet files. */
async function lakeQuery(
  home: string,
  select: (events: string) => string,
): Promise<Record<string, unknown>[]> {
  const paths = lakePaths(home);
  const files = readManifest(paths.manifest).files.flatMap((f) =>
    f.parquet.map((p) => `'${join(paths.root, p)}'`),
  );
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const events = `read_parquet([${files.join(', ')}], hive_partitioning=true)`;
    return (await conn.runAndReadAll(select(events))).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Quarantine file rows as [file, line, reason, raw]. */
function quarantine(home: string, sha256: string): string[][] {
  const text = readFileSync(join(lakePaths(home).quarantine, `${sha256.slice(0, 12)}.tsv`), 'utf8');
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [file = '', line = '', reason = '', ...raw] = l.split('\t');
      return [file, line, reason, raw.join('\t')];
    });
}

const lineOf = (path: string, n: number): string => readFileSync(path, 'utf8').split('\n')[n - 1] ?? '';

test('GDELT 2.0 sample: every row stored, quad classes and months as in the file', async () => {
  const home = newHome();
  const progress: [number, number][] = [];
  const summary = await ingestFiles(home, 'gdelt', [SAMPLE], {
    now: NOW,
    onProgress: (rows, total) => progress.push([rows, total]),
  });
  assert.deepEqual(progress.at(-1), [2111, 2111]);
  assert.deepEqual(summary.files, [
    {
      file: SAMPLE,
      sha256: '7668cd01394a02c03ecb2de6060db17a931396f919351ca8cfbe70f6d61e0cdc',
      read: 2111,
      stored: 2111,
      quarantined: {},
      duplicates: 0,
      filtered: {},
      alreadyIngested: false,
    },
  ]);
  const quads = await lakeQuery(
    home,
    (e) => `SELECT quad_class, count(*)::INTEGER AS n FROM ${e} GROUP BY 1 ORDER BY 1`,
  );
  assert.deepEqual(quads, [
    { quad_class: 1, n: 1222 },
    { quad_class: 2, n: 281 },
    { quad_class: 3, n: 271 },
    { quad_class: 4, n: 337 },
  ]);
  const months = await lakeQuery(
    home,
    (e) => `SELECT month, dataset, count(*)::INTEGER AS n FROM ${e} GROUP BY ALL ORDER BY 1`,
  );
  assert.deepEqual(months, [
    { month: '2018-10', dataset: 'gdelt2', n: 24 },
    { month: '2019-09', dataset: 'gdelt2', n: 20 },
    { month: '2019-10', dataset: 'gdelt2', n: 2067 },
  ]);
  const [row] = await lakeQuery(
    home,
    (e) => `SELECT * EXCLUDE (_reason, _raw) FROM ${e} WHERE event_id = 881990833`,
  );
  // Read by the fast reader (clean file): no line numbers.
  assert.deepEqual(row, {
    source_line: null,
    dataset: 'gdelt2',
    event_id: '881990833',
    event_date: '2018-10-24',
    added_date: '2019-10-24',
    actor1_code: null,
    actor1_name: null,
    actor1_country_code: null,
    actor1_country: null,
    actor1_types: null,
    actor2_code: 'IGOEUREEC',
    actor2_name: 'THE EU',
    actor2_country_code: 'EUR',
    actor2_country: null,
    actor2_types: 'IGO',
    event_code: '040',
    base_code: '040',
    root_code: '04',
    quad_class: 1,
    goldstein: 1,
    mentions: 10,
    sources: 1,
    articles: 10,
    avg_tone: 0.63492063492064,
    is_root_event: false,
    geo_type: 4,
    geo_fullname: 'Minsk, Belarus (general), Belarus',
    geo_country_code: 'BO',
    geo_country: 'BLR',
    geo_lat: 53.9,
    geo_lon: 27.5667,
    event_text: null,
    source_url:
      'https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/',
    story_id: null,
    publisher: null,
    month: '2018-10',
  });
  const manifest = readManifest(lakePaths(home).manifest);
  assert.deepEqual(manifest.files, [
    {
      sha256: '7668cd01394a02c03ecb2de6060db17a931396f919351ca8cfbe70f6d61e0cdc',
      file: '20191024143000.export.CSV',
      bytes: 855412,
      dataset: 'gdelt',
      read: 2111,
      stored: 2111,
      quarantined: {},
      duplicates: 0,
      ingestedAt: '2026-01-15T10:00:00.000Z',
      parquet: [
        'events/month=2018-10/gdelt-7668cd01394a.parquet',
        'events/month=2019-09/gdelt-7668cd01394a.parquet',
        'events/month=2019-10/gdelt-7668cd01394a.parquet',
      ],
      ids: { gdelt2: [881990832, 881992942] },
    },
  ]);
});

test('the same content ingested twice adds nothing and says so', async () => {
  const home = newHome();
  await ingestFiles(home, 'gdelt', [SAMPLE], { now: NOW });
  const before = readFileSync(lakePaths(home).manifest, 'utf8');
  const again = await ingestFiles(home, 'gdelt', [SAMPLE, SAMPLE], {
    now: () => new Date('2026-02-01T00:00:00Z'),
  });
  const skipped = {
    file: SAMPLE,
    sha256: '7668cd01394a02c03ecb2de6060db17a931396f919351ca8cfbe70f6d61e0cdc',
    read: 0,
    stored: 0,
    quarantined: {},
    duplicates: 0,
    filtered: {},
    alreadyIngested: true,
  };
  assert.deepEqual(again.files, [skipped, skipped]);
  assert.equal(readFileSync(lakePaths(home).manifest, 'utf8'), before);
  const [count] = await lakeQuery(home, (e) => `SELECT count(*)::INTEGER AS n FROM ${e}`);
  assert.deepEqual(count, { n: 2111 });
});

test('GDELT 1.0 daily file: 58 and 57 columns row by row, damaged rows quarantined with their line', async () => {
  const home = newHome();
  const { files } = await ingestFiles(home, 'gdelt', [DAILY], { now: NOW });
  const sha256 = 'c7f221830afb2f821a34f677778258a74394f9893612733a6c6957460971eae8';
  assert.deepEqual(files, [
    {
      file: DAILY,
      sha256,
      read: 14,
      stored: 8,
      quarantined: { bad_date: 1, bad_number: 1, column_count: 1, unknown_cameo: 1, unknown_country: 1 },
      duplicates: 1,
      filtered: {},
      alreadyIngested: false,
    },
  ]);
  // Line 9 is blank: it is not a row, but the lines after it keep their numbers.
  assert.deepEqual(quarantine(home, sha256), [
    ['file', 'line', 'reason', 'raw'],
    ['20150218.export.CSV', '11', 'column_count', lineOf(DAILY, 11)],
    ['20150218.export.CSV', '12', 'bad_date', lineOf(DAILY, 12)],
    ['20150218.export.CSV', '13', 'bad_number', lineOf(DAILY, 13)],
    ['20150218.export.CSV', '14', 'unknown_cameo', lineOf(DAILY, 14)],
    ['20150218.export.CSV', '15', 'unknown_country', lineOf(DAILY, 15)],
  ]);
  const rows = await lakeQuery(
    home,
    (
      e,
    ) => `SELECT source_line::INTEGER AS line, dataset, event_id::INTEGER AS id, event_date::VARCHAR AS date,
      actor1_country AS a1, actor2_country AS a2, actor1_country_code AS a1code, event_code, is_root_event AS root,
      geo_country, source_url IS NOT NULL AS has_url FROM ${e} ORDER BY line`,
  );
  assert.deepEqual(rows, [
    {
      line: 1,
      dataset: 'gdelt1',
      id: 410000001,
      date: '2015-02-18',
      a1: 'AZE',
      a2: 'UZB',
      a1code: 'AZE',
      event_code: '042',
      root: true,
      geo_country: 'UZB',
      has_url: true,
    },
    {
      line: 2,
      dataset: 'gdelt1',
      id: 410000002,
      date: '2015-02-18',
      a1: 'UZB',
      a2: 'AZE',
      a1code: 'UZB',
      event_code: '043',
      root: true,
      geo_country: 'UZB',
      has_url: true,
    },
    {
      line: 3,
      dataset: 'gdelt1',
      id: 410000003,
      date: '2015-02-18',
      a1: 'AZE',
      a2: 'UZB',
      a1code: 'AZE',
      event_code: '057',
      root: true,
      geo_country: 'UZB',
      has_url: true,
    },
    {
      line: 4,
      dataset: 'gdelt1',
      id: 410000004,
      date: '2015-02-18',
      a1: 'UZB',
      a2: 'AZE',
      a1code: 'UZB',
      event_code: '057',
      root: true,
      geo_country: 'UZB',
      has_url: true,
    },
    {
      line: 5,
      dataset: 'gdelt1',
      id: 410000005,
      date: '2015-02-18',
      a1: 'AZE',
      a2: 'UZB',
      a1code: 'AZE',
      event_code: '111',
      root: false,
      geo_country: 'AZE',
      has_url: true,
    },
    {
      line: 6,
      dataset: 'gdelt1',
      id: 410000006,
      date: '2015-02-18',
      a1: 'USA',
      a2: 'AZE',
      a1code: 'USA',
      event_code: '036',
      root: true,
      geo_country: 'USA',
      has_url: true,
    },
    {
      line: 7,
      dataset: 'gdelt1',
      id: 410000007,
      date: '2015-02-18',
      a1: null,
      a2: 'AZE',
      a1code: 'AFR',
      event_code: '010',
      root: true,
      geo_country: 'AZE',
      has_url: true,
    },
    {
      line: 8,
      dataset: 'gdelt1',
      id: 410000008,
      date: '2015-02-17',
      a1: 'UZB',
      a2: 'AZE',
      a1code: 'UZB',
      event_code: '040',
      root: true,
      geo_country: 'AZE',
      has_url: false,
    },
  ]);
});

test('a .gz of rows already in the lake: every valid row is a duplicate, damaged rows still quarantined', async () => {
  const home = newHome();
  await ingestFiles(home, 'gdelt', [DAILY], { now: NOW });
  const { files } = await ingestFiles(home, 'gdelt', [DAILY_GZ], { now: NOW });
  assert.deepEqual(files, [
    {
      file: DAILY_GZ,
      sha256: '3f2796dc12a338a01896fcb40bda22e1e2b0823546c14d8f0d5d5419e055fccd',
      read: 14,
      stored: 0,
      quarantined: { bad_date: 1, bad_number: 1, column_count: 1, unknown_cameo: 1, unknown_country: 1 },
      duplicates: 9,
      filtered: {},
      alreadyIngested: false,
    },
  ]);
  const fresh = newHome();
  const alone = await ingestFiles(fresh, 'gdelt', [DAILY_GZ], { now: NOW });
  assert.equal(alone.files[0]?.stored, 8);
  assert.equal(alone.files[0]?.duplicates, 1);
});

test('a zipped 57-column backfile: unzipped, stored as gdelt1 without URL, bad code quarantined', async () => {
  const home = newHome();
  const { files } = await ingestFiles(home, 'gdelt', [BACKFILE_ZIP], { now: NOW });
  const sha256 = '3f36fd723b36a80cb77d1a4d12415f7f65a079f151e858b71f13e56cc63708b2';
  assert.deepEqual(files, [
    {
      file: BACKFILE_ZIP,
      sha256,
      read: 5,
      stored: 4,
      quarantined: { unknown_cameo: 1 },
      duplicates: 0,
      filtered: {},
      alreadyIngested: false,
    },
  ]);
  const q = quarantine(home, sha256);
  assert.equal(q.length, 2);
  assert.deepEqual(q[1]?.slice(0, 3), ['200601.zip', '4', 'unknown_cameo']);
  assert.equal(q[1]?.[3]?.split('\t').length, 57);
  assert.match(q[1]?.[3] ?? '', /^200601004\t20060120\t200601\t2006\t/);
  const rows = await lakeQuery(
    home,
    (e) =>
      `SELECT month, dataset, event_id::INTEGER AS id, event_code, source_url, added_date::VARCHAR AS added FROM ${e} ORDER BY id`,
  );
  assert.deepEqual(rows, [
    {
      month: '2006-01',
      dataset: 'gdelt1',
      id: 200601001,
      event_code: '042',
      source_url: null,
      added: '2006-01-15',
    },
    {
      month: '2006-01',
      dataset: 'gdelt1',
      id: 200601002,
      event_code: '051',
      source_url: null,
      added: '2006-01-15',
    },
    {
      month: '2006-01',
      dataset: 'gdelt1',
      id: 200601003,
      event_code: '0311',
      source_url: null,
      added: '2006-01-20',
    },
    {
      month: '2006-01',
      dataset: 'gdelt1',
      id: 200601005,
      event_code: '130',
      source_url: null,
      added: '2006-01-31',
    },
  ]);
});

test('an ingest killed between the Parquet files and the manifest leaves the lake as before', async () => {
  const home = newHome();
  await ingestFiles(home, 'gdelt', [DAILY], { now: NOW });
  const paths = lakePaths(home);
  const manifestBefore = readFileSync(paths.manifest, 'utf8');
  await assert.rejects(
    ingestFiles(home, 'gdelt', [SAMPLE], {
      now: NOW,
      beforeCommit: () => {
        throw new Error('killed');
      },
    }),
    /killed/,
  );
  assert.equal(readFileSync(paths.manifest, 'utf8'), manifestBefore);
  const [visible] = await lakeQuery(home, (e) => `SELECT count(*)::INTEGER AS n FROM ${e}`);
  assert.deepEqual(visible, { n: 8 });
  // The next ingest removes the orphans and ingests the file for real.
  const { files } = await ingestFiles(home, 'gdelt', [SAMPLE], { now: NOW });
  assert.equal(files[0]?.stored, 2111);
  assert.equal(files[0]?.alreadyIngested, false);
  assert.deepEqual(readdirSync(paths.events).sort(), [
    'month=2015-02',
    'month=2018-10',
    'month=2019-09',
    'month=2019-10',
  ]);
  assert.deepEqual(readdirSync(join(paths.events, 'month=2019-10')), ['gdelt-7668cd01394a.parquet']);
  assert.equal(existsSync(paths.staging), false);
});

test('a line that is not UTF-8 is quarantined as bad_encoding under its own line number', async () => {
  const home = newHome();
  const lines = readFileSync(SAMPLE, 'utf8').split('\n');
  const latin1 = Buffer.from(`${lines[2]?.replace('THE EU', 'CAF\u00c9 EU')}\n`, 'latin1');
  const path = join(home, 'mixed-encoding.export.CSV');
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from(`${lines.slice(0, 2).join('\n')}\n`),
      latin1,
      Buffer.from(lines.slice(3).join('\n')),
    ]),
  );
  const { files } = await ingestFiles(home, 'gdelt', [path], { now: NOW });
  assert.equal(files[0]?.read, 2111);
  assert.equal(files[0]?.stored, 2110);
  assert.deepEqual(files[0]?.quarantined, { bad_encoding: 1 });
  const q = quarantine(home, files[0]?.sha256 ?? '');
  assert.deepEqual(q[1]?.slice(0, 3), ['mixed-encoding.export.CSV', '3', 'bad_encoding']);
  assert.match(q[1]?.[3] ?? '', /^881990834\t20181024\t/);
  const [last] = await lakeQuery(
    home,
    (e) => `SELECT max(source_line)::INTEGER AS line FROM ${e} WHERE event_id = 881992942`,
  );
  assert.deepEqual(last, { line: 2111 });
});

test('a clean file whose rows are already in the lake (fast reader, no line numbers): all duplicates', async () => {
  const home = newHome();
  await ingestFiles(home, 'gdelt', [SAMPLE], { now: NOW });
  const gz = join(home, '20191024143000.export.CSV.gz');
  writeFileSync(gz, gzipSync(readFileSync(SAMPLE)));
  const { files } = await ingestFiles(home, 'gdelt', [gz], { now: NOW });
  assert.deepEqual(
    files.map((f) => [f.read, f.stored, f.quarantined, f.duplicates, f.alreadyIngested]),
    [[2111, 0, {}, 2111, false]],
  );
  const [count] = await lakeQuery(home, (e) => `SELECT count(*)::INTEGER AS n FROM ${e}`);
  assert.deepEqual(count, { n: 2111 });
});

test('a missing file or a file that is not a zip is refused with its name', async () => {
  const home = newHome();
  const missing = join(home, 'nope.export.CSV');
  await assert.rejects(ingestFiles(home, 'gdelt', [missing]), {
    name: 'IngestInputError',
    message: `${missing}: no such file`,
  });
  const fake = join(home, 'fake.zip');
  writeFileSync(fake, 'not a zip');
  await assert.rejects(ingestFiles(home, 'gdelt', [fake]), {
    name: 'ZipError',
    message: `${fake}: not a zip archive (no end of central directory)`,
  });
  assert.deepEqual(readManifest(lakePaths(home).manifest).files, []);
});
