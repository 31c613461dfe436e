/**
 * The event lake on ClickHouse, against two servers started here on loopback ports (their own
 * folders, never the system service) forming one two-shard cluster; each lake is a `Distributed`
 * table over both shards. The lake's contract (src/store/lake/lake-contract.ts) runs with the same
 * fixtures and expected answers as on the embedded lake; then the CLI gives the same numbers on
 * both engines, and an ingest killed with SIGKILL half-way through its insert leaves every row
 * exactly once after a re-run. A missing clickhouse-server fails these tests, naming the package.
 */

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { memoryIO } from '../src/cli/memory-io.ts';
import { run } from '../src/cli/run.ts';
import { ClickHouseConnection } from '../src/store/lake/clickhouse/clickhouse-connection.ts';
import { clickHouseEngine } from '../src/store/lake/clickhouse/clickhouse-lake.ts';
import { type ClickHouseAddress, parseLakeUrl } from '../src/store/lake/clickhouse/lake-url.ts';
import { openLiveClickHouseLake } from '../src/store/lake/clickhouse/live-clickhouse-lake.ts';
import { embeddedEngine } from '../src/store/lake/embedded-engine.ts';
import { lakeContract } from '../src/store/lake/lake-contract.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';
import { CLUSTER, startClickHouseCluster } from './support/clickhouse-cluster.ts';
import { EventDataServer, gdeltListLine } from './support/event-data-server.ts';
import { spawnCli } from './support/spawn-cli.ts';
import { zip } from './support/zip.ts';

const DIR = mkdtempSync(join(tmpdir(), 'bilateral-clickhouse-'));
const cluster = startClickHouseCluster();
after(async () => {
  await (await cluster).stop();
  rmSync(DIR, { recursive: true, force: true });
});

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');
const SAMPLE = join(FIXTURES, 'gdelt', '20191024143000.export.CSV');
let lakes = 0;

/** A new lake database, set up by `lake init --cluster … --shard …` as a user would. */
async function newLake(): Promise<{ url: string; address: ClickHouseAddress }> {
  const c = await cluster;
  const url = c.lakeUrl(`lake_${++lakes}`);
  const shards = c.shards.flatMap((s) => ['--shard', s]);
  const init = await cli(
    join(DIR, 'init-home'),
    '--lake',
    url,
    'lake',
    'init',
    '--cluster',
    CLUSTER,
    ...shards,
  );
  assert.equal(init.code, 0, init.stderr);
  return { url, address: parseLakeUrl(url) };
}

async function cli(home: string, ...argv: string[]) {
  const m = memoryIO({ cwd: PACKAGE_ROOT, now: new Date('2026-11-27T12:00:00Z') });
  const code = await run(['--home', home, ...argv], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

/** One number: the first column of the first row of `sql` on the lake's entry server. */
async function count(address: ClickHouseAddress, sql: string): Promise<number> {
  const conn = new ClickHouseConnection(address);
  try {
    const [row] = await conn.rows<{ n: string }>(`SELECT toString((${sql})) AS n`);
    return Number(row?.n);
  } finally {
    await conn.close();
  }
}

const OUTPUTS = ['level RUS UKR', 'level AZE UZB', 'partners RUS', 'timeline USA CHN', 'report AZE UZB'];

/** What the commands of {@link OUTPUTS} print for the lake of `home` (with `lake`: `--lake URL`). */
async function outputs(home: string, lake: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const argv of [
    ['--json', 'level', 'RUS', 'UKR', '--from', '2019-09', '--to', '2019-11'],
    ['--json', 'level', 'AZE', 'UZB', '--from', '2015-01', '--to', '2016-12', '--events', 'lake'],
    ['--json', 'partners', 'RUS', '--month', '2019-10'],
    ['--json', 'timeline', 'USA', 'CHN', '--source', 'lake'],
    ['report', 'AZE', 'UZB', '--as-of', '2016-12'],
  ]) {
    const r = await cli(home, ...lake, ...argv);
    assert.equal(r.code, 0, `${argv.join(' ')}: ${r.stderr}`);
    out.push(r.stdout);
  }
  return out;
}

lakeContract(`ClickHouse, Distributed over the two shards of ${CLUSTER}`, async () =>
  clickHouseEngine((await newLake()).address),
);

test('lake init: a Distributed table over both shards, each pair on one shard; bad addresses exit 1', async () => {
  const { url, address } = await newLake();
  const home = join(DIR, 'home-shards');
  assert.equal((await cli(home, '--lake', url, 'ingest', 'gdelt', SAMPLE)).code, 0);
  const c = await cluster;
  const perShard = await Promise.all(
    c.shards.map(async (shard) => {
      const conn = new ClickHouseConnection({ ...address, url: shard });
      try {
        return await conn.rows<{ rows: string; pairs: string[] }>(
          `SELECT toString(count()) AS rows,              groupUniqArray(concat(dyad_a, '-', dyad_b)) AS pairs FROM ${address.database}.events_local`,
        );
      } finally {
        await conn.close();
      }
    }),
  );
  const [a, b] = perShard.map((rows) => rows[0]!);
  assert.ok(Number(a!.rows) > 0 && Number(b!.rows) > 0, 'both shards hold rows');
  assert.equal(Number(a!.rows) + Number(b!.rows), 2111);
  // Sharded on the dyad: no pair has rows on both shards.
  assert.deepEqual(
    a!.pairs.filter((p) => b!.pairs.includes(p)),
    [],
  );

  const noTables = await cli(home, '--lake', `${c.lakeUrl('never_made')}`, 'level', 'RUS', 'UKR');
  assert.equal(noTables.code, 1);
  assert.match(
    noTables.stderr,
    /has no tables yet: run bilateral --lake clickhouse:\/\/default@127\.0\.0\.1:\d+\/never_made lake init/,
  );
  const badUrl = await cli(home, '--lake', 'postgres://x@h/db', 'level', 'RUS', 'UKR');
  assert.deepEqual(
    [badUrl.code, badUrl.stderr],
    [
      1,
      'error: --lake: "postgres:" is not clickhouse: (addresses look like clickhouse://default@127.0.0.1:8123/bilateral)\n',
    ],
  );
  // Nothing listens on port 1: one line naming the lake, no stack trace (the client's own log is off).
  const unreachable = await cli(home, '--lake', 'clickhouse://default@127.0.0.1:1/x', 'level', 'RUS', 'UKR');
  assert.deepEqual(
    [unreachable.code, unreachable.stderr],
    [
      1,
      'error: cannot reach the lake clickhouse://default@127.0.0.1:1/x: connect ECONNREFUSED 127.0.0.1:1\n',
    ],
  );
  const badCluster = await cli(home, '--lake', url, 'lake', 'init', '--cluster', 'no_such_cluster');
  assert.deepEqual(
    [badCluster.code, badCluster.stderr],
    [1, 'error: --cluster: the server knows no cluster "no_such_cluster" (see remote_servers)\n'],
  );
});

test('fetch, ingest, then level, partners and report give the same output on ClickHouse as on the embedded lake', async () => {
  const server = new EventDataServer();
  await server.start();
  try {
    const name = '20191024143000.export.CSV.zip';
    const data = server.put(
      `/gdeltv2/${name}`,
      zip([{ name: name.replace('.zip', ''), data: readFileSync(SAMPLE) }]),
    );
    const line = gdeltListLine(`http://data.gdeltproject.org/gdeltv2/${name}`, data);
    server.put('/gdeltv2/masterfilelist.txt', `${line}\n`);
    server.put('/gdeltv2/lastupdate.txt', `${line}\n`);
    const { url } = await newLake();
    const engines = { embedded: [] as string[], clickhouse: ['--lake', url] };
    const out: Record<string, string[]> = {};
    for (const [engine, lake] of Object.entries(engines)) {
      const home = join(DIR, `home-cli-${engine}`);
      const run = async (...argv: string[]) => {
        const r = await cli(home, ...lake, ...argv);
        assert.equal(r.code, 0, `${engine}: ${argv.join(' ')}: ${r.stderr}`);
        return r.stdout;
      };
      const fetched = JSON.parse(
        await run(
          '--json',
          'fetch',
          'gdelt',
          '--mirror',
          server.url,
          '--from',
          '2019-10-24',
          '--to',
          '2019-10-24',
        ),
      );
      assert.deepEqual(
        fetched.files.map((f: { read: number; stored: number }) => [f.read, f.stored]),
        [[2111, 2111]],
      );
      await run('ingest', 'gdelt', join(FIXTURES, 'gdelt', '20150218.export.CSV'));
      await run(
        'ingest',
        'icews',
        join(FIXTURES, 'icews', 'events.2015.tab'),
        join(FIXTURES, 'icews', 'events.2016.tsv'),
      );
      out[engine] = await outputs(home, lake);
    }
    const [embedded, clickhouse] = [out.embedded!, out.clickhouse!];
    for (const [i, what] of OUTPUTS.entries()) assert.equal(clickhouse[i], embedded[i], what);

    // The embedded lake copied by `lake migrate` answers as it did; a second migrate copies nothing.
    const migrated = await newLake();
    const home = join(DIR, 'home-cli-embedded');
    const first = await cli(home, '--lake', migrated.url, '--json', 'lake', 'migrate');
    assert.equal(first.code, 0, first.stderr);
    // Rows stored: the sample 2111, 20150218.export.CSV 8, the ICEWS samples 4 and 3.
    assert.deepEqual(JSON.parse(first.stdout), { copied: 4, skipped: 0, rows: 2111 + 8 + 4 + 3 });
    assert.deepEqual(await outputs(home, ['--lake', migrated.url]), embedded);
    const second = await cli(home, '--lake', migrated.url, '--json', 'lake', 'migrate');
    assert.deepEqual(JSON.parse(second.stdout), { copied: 0, skipped: 4, rows: 0 });
    // The lake's evidence is in what both printed: covered from the first AZE–UZB events (2015-02) to
    // the last day the ICEWS samples cover (2016-04-02; lake-contract.ts).
    const aze = JSON.parse(embedded[1]!);
    assert.deepEqual([aze.coverage.first, aze.coverage.lastEvidence], ['2015-02', '2016-04']);
    assert.equal(JSON.parse(embedded[3]!).events.length, 1);
  } finally {
    await server.close();
  }
});

test('an ingest killed with SIGKILL during its insert into ClickHouse, then run again, stores every row exactly once', async () => {
  const { url, address } = await newLake();
  const home = join(DIR, 'home-kill');
  assert.equal((await cli(home, '--lake', url, 'ingest', 'gdelt', SAMPLE)).code, 0);
  // The real sample 60 times over with fresh GLOBALEVENTIDs: two insert blocks, so the kill can fall between.
  const lines = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
  const big: string[] = [];
  let id = 900_000_000;
  for (let c = 0; c < 60; c++) for (const l of lines) big.push(`${id++}${l.slice(l.indexOf('\t'))}`);
  const bigPath = join(DIR, 'big.export.CSV');
  writeFileSync(bigPath, `${big.join('\n')}\n`);
  const db = address.database;
  const committed = `SELECT count() FROM ${db}.events WHERE ingest_id GLOBAL IN (SELECT ingest_id FROM ${db}.lake_files)`;

  const child = spawnCli('--home', home, '--lake', url, 'ingest', 'gdelt', bigPath);
  // Kill it once some of its rows are on the shards but before its file is committed.
  let raw = 0;
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    raw = await count(address, `SELECT count() FROM ${db}.events`);
    if (raw > 2111) break;
    await sleep(2);
  }
  child.kill('SIGKILL');
  assert.equal(await child.exited, null, 'the ingest was killed before it finished');
  assert.ok(
    raw > 2111 && raw < 2111 + big.length,
    `killed half-way through the insert (${raw} rows in the table)`,
  );
  assert.equal(
    await count(address, `SELECT count() FROM ${db}.lake_files`),
    1,
    'the killed file was not committed',
  );
  assert.equal(await count(address, committed), 2111, 'its rows are not read');
  const timeline = await cli(home, '--lake', url, '--json', 'timeline', 'USA', 'CHN', '--source', 'lake');
  assert.equal(JSON.parse(timeline.stdout).events.length, 1);

  const again = await cli(home, '--lake', url, '--json', 'ingest', 'gdelt', bigPath);
  assert.equal(again.code, 0, again.stderr);
  const f = JSON.parse(again.stdout).files[0];
  assert.deepEqual([f.read, f.stored, f.duplicates, f.alreadyIngested], [big.length, big.length, 0, false]);
  assert.equal(await count(address, committed), 2111 + big.length, 'every row exactly once');
  const third = await cli(home, '--lake', url, '--json', 'ingest', 'gdelt', bigPath);
  assert.equal(JSON.parse(third.stdout).files[0].alreadyIngested, true);
  assert.equal(await count(address, committed), 2111 + big.length);
});

test('text with backslashes, quotes and a literal \\N reaches ClickHouse and comes back as it was', async () => {
  // Line 30 of the real sample (CHN → BRA, CAMEO 036) with hostile actor name, place and address.
  const line = readFileSync(SAMPLE, 'utf8').split('\n')[29]!.split('\t');
  const name = `CHINESE \\N "O'BRIEN" \\\\ 'X'`;
  const url = `https://example.org/a\\b?q='x'&r="y"%1F`;
  line[6] = name;
  line[52] = `Bei\\jing 'x'`;
  line[60] = url;
  const path = join(DIR, 'hostile.export.CSV');
  writeFileSync(path, `${line.join('\t')}\n`);
  const { url: lakeUrl, address } = await newLake();
  const homes = { embedded: join(DIR, 'home-hostile'), clickhouse: join(DIR, 'home-hostile-ch') };
  assert.equal((await cli(homes.embedded, 'ingest', 'gdelt', path)).code, 0);
  assert.equal((await cli(homes.clickhouse, '--lake', lakeUrl, 'ingest', 'gdelt', path)).code, 0);
  const reader = await clickHouseEngine(address).openReader();
  const embedded = await embeddedEngine(homes.embedded).openReader();
  try {
    const [ch, duck] = [await reader.dyadEvents('BRA', 'CHN'), await embedded.dyadEvents('BRA', 'CHN')];
    assert.deepEqual(ch, duck);
    assert.deepEqual(
      [ch[0]?.actors[0]?.name, ch[0]?.place?.name, ch[0]?.sources[0]?.url],
      [name, `Bei\\jing 'x'`, url],
    );
    const lean = async (r: typeof reader) => {
      const out: unknown[] = [];
      await r.forEachDyad({}, (_d, evs) => void out.push(...evs));
      return out;
    };
    assert.deepEqual(await lean(reader), await lean(embedded));
  } finally {
    reader.close();
    embedded.close();
  }
});

test('serve on a ClickHouse lake: a file committed by another process is seen, and the cache told, at the next look', async () => {
  const { url, address } = await newLake();
  const live = await openLiveClickHouseLake(address);
  let reloads = 0;
  live.onReload(() => reloads++);
  try {
    await live.reloadIfChanged();
    assert.deepEqual([reloads, await live.reader.partners('AZE')], [0, []]);
    const home = join(DIR, 'home-live');
    assert.equal(
      (await cli(home, '--lake', url, 'ingest', 'gdelt', join(FIXTURES, 'gdelt', '20150218.export.CSV')))
        .code,
      0,
    );
    await live.reloadIfChanged();
    await live.reloadIfChanged();
    assert.deepEqual([reloads, await live.reader.partners('AZE')], [1, ['USA', 'UZB']]);
  } finally {
    live.close();
  }
});
