import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { lakePaths } from '../store/lake/lake-paths.ts';
import { readManifest } from '../store/lake/manifest.ts';
import { ingestFiles } from './ingest-files.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'icews');
const TAB = join(FIXTURES, 'events.2015.tab');
const TSV = join(FIXTURES, 'events.2016.tsv');
const NOW = () => new Date('2026-01-15T10:00:00Z');

async function rows(home: string, sql: (events: string) => string): Promise<Record<string, unknown>[]> {
  const paths = lakePaths(home);
  const files = readManifest(paths.manifest).files.flatMap((f) =>
    f.parquet.map((p) => `'${join(paths.root, p)}'`),
  );
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    return (
      await conn.runAndReadAll(sql(`read_parquet([${files.join(', ')}], hive_partitioning=true)`))
    ).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

test('quoted .tab: header skipped, repeated rows and reused ids are duplicates, damaged rows quarantined', async () => {
  const home = mkdtempSync(join(tmpdir(), 'bilateral-icews-'));
  const { files } = await ingestFiles(home, 'icews', [TAB], { now: NOW });
  const sha256 = 'd77b5b253539c200a203c9975a817381a1a1baf252a437cae218d211e73cb948';
  assert.deepEqual(files, [
    {
      file: TAB,
      sha256,
      read: 11,
      stored: 4,
      quarantined: { bad_date: 1, bad_number: 1, column_count: 1, unknown_cameo: 1, unknown_country: 1 },
      duplicates: 2,
      filtered: {},
      alreadyIngested: false,
    },
  ]);
  const lines = readFileSync(TAB, 'utf8').split('\n');
  const q = readFileSync(join(lakePaths(home).quarantine, `${sha256.slice(0, 12)}.tsv`), 'utf8').split('\n');
  assert.deepEqual(q, [
    'file\tline\treason\traw',
    `events.2015.tab\t8\tunknown_country\t${lines[7]}`,
    `events.2015.tab\t9\tbad_date\t${lines[8]}`,
    `events.2015.tab\t10\tunknown_cameo\t${lines[9]}`,
    `events.2015.tab\t11\tbad_number\t${lines[10]}`,
    `events.2015.tab\t12\tcolumn_count\t${lines[11]}`,
    '',
  ]);
  const [lavrov] = await rows(
    home,
    (e) => `SELECT * EXCLUDE (_reason, _raw) FROM ${e} WHERE event_id = 22470003`,
  );
  assert.deepEqual(lavrov, {
    source_line: '6',
    dataset: 'icews',
    event_id: '22470003',
    event_date: '2015-02-19',
    added_date: null,
    actor1_code: null,
    actor1_name: 'Sergey Lavrov',
    actor1_country_code: 'Russian Federation',
    actor1_country: 'RUS',
    actor1_types: 'Executive,Government,Ministry',
    actor2_code: null,
    actor2_name: 'Elmar Mammadyarov',
    actor2_country_code: 'Azerbaijan',
    actor2_country: 'AZE',
    actor2_types: 'Executive,Government,Ministry',
    event_code: '051',
    base_code: '051',
    root_code: '05',
    quad_class: 1,
    goldstein: 3.4,
    mentions: null,
    sources: null,
    articles: null,
    avg_tone: null,
    is_root_event: null,
    geo_type: null,
    geo_fullname: 'Moscow, Moskva, Russian Federation',
    geo_country_code: 'Russian Federation',
    geo_country: 'RUS',
    geo_lat: 55.7522,
    geo_lon: 37.6156,
    event_text: 'Praise or endorse',
    source_url: null,
    story_id: '28236000#2',
    publisher: 'Interfax',
    month: '2015-02',
  });
  const stored = await rows(
    home,
    (
      e,
    ) => `SELECT source_line::INTEGER AS line, event_id::INTEGER AS id, actor1_country AS a1, actor2_country AS a2,
      event_code, actor1_types FROM ${e} ORDER BY line`,
  );
  assert.deepEqual(stored, [
    {
      line: 2,
      id: 22470001,
      a1: 'AZE',
      a2: 'UZB',
      event_code: '042',
      actor1_types: 'Elite,Executive,Executive Office,Government',
    },
    {
      line: 3,
      id: 22470002,
      a1: 'UZB',
      a2: 'AZE',
      event_code: '036',
      actor1_types: 'Elite,Executive,Executive Office,Government',
    },
    {
      line: 6,
      id: 22470003,
      a1: 'RUS',
      a2: 'AZE',
      event_code: '051',
      actor1_types: 'Executive,Government,Ministry',
    },
    {
      line: 7,
      id: 22470004,
      a1: null,
      a2: 'AZE',
      event_code: '013',
      actor1_types: 'International Government Organization',
    },
  ]);
});

test('unquoted .tsv with CRLF line ends: repeated row and reused id are duplicates', async () => {
  const home = mkdtempSync(join(tmpdir(), 'bilateral-icews-'));
  const { files } = await ingestFiles(home, 'icews', [TSV], { now: NOW });
  assert.deepEqual(files, [
    {
      file: TSV,
      sha256: 'a81b302a9cee299e774a84c28d39da8a4282052dd91f9d68fd4dfcee00fa3ad7',
      read: 5,
      stored: 3,
      quarantined: {},
      duplicates: 2,
      filtered: {},
      alreadyIngested: false,
    },
  ]);
  const stored = await rows(
    home,
    (
      e,
    ) => `SELECT month, event_id::INTEGER AS id, actor1_name, actor2_country AS a2, event_code, quad_class, geo_lon, story_id
      FROM ${e} ORDER BY id`,
  );
  assert.deepEqual(stored, [
    {
      month: '2016-03',
      id: 24000001,
      actor1_name: 'Shavkat Mirziyoyev',
      a2: 'AZE',
      event_code: '057',
      quad_class: 1,
      geo_lon: 49.892,
      story_id: '30000001#1',
    },
    {
      month: '2016-03',
      id: 24000002,
      actor1_name: 'Artur Rasizade',
      a2: 'UZB',
      event_code: '057',
      quad_class: 1,
      geo_lon: 49.892,
      story_id: '30000002#1',
    },
    {
      month: '2016-04',
      id: 24000003,
      actor1_name: 'Azerbaijan',
      a2: 'ARM',
      event_code: '112',
      quad_class: 3,
      geo_lon: 49.892,
      story_id: '30000003#2',
    },
  ]);
});
