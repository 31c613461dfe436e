/**
 * The lake on its two engines, side by side: the same generated GDELT 2.0 exports ingested into the
 * embedded lake (DuckDB + Parquet) and into ClickHouse as a Distributed table over a two-shard
 * cluster of two servers on this machine (test/support/clickhouse-cluster.ts), then the all-pairs
 * dyad-month aggregates on each, checked to agree. One machine does not show what a cluster gains:
 * the two shards share its cores, so rows per second per shard is printed too.
 *
 *   npm run bench:lake [-- --rows 10000000 --files 10]
 */

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../src/ingest/ingest-files.ts';
import { ClickHouseConnection } from '../src/store/lake/clickhouse/clickhouse-connection.ts';
import { clickHouseEngine } from '../src/store/lake/clickhouse/clickhouse-lake.ts';
import { initLake } from '../src/store/lake/clickhouse/clickhouse-schema.ts';
import { parseLakeUrl } from '../src/store/lake/clickhouse/lake-url.ts';
import { embeddedEngine } from '../src/store/lake/embedded-engine.ts';
import type { LakeEngine } from '../src/store/lake/lake-engine.ts';
import { CLUSTER, startClickHouseCluster } from '../test/support/clickhouse-cluster.ts';
import { generateGdelt2Files } from './_gdelt-generator.ts';
import { flag, measure } from './_measure.ts';

const rows = flag('rows', 10_000_000);
const nFiles = flag('files', 10);
const dir = mkdtempSync(join(tmpdir(), 'bilateral-bench-lake-'));
const files = await generateGdelt2Files(dir, rows, nFiles);
const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
console.log(
  `generated ${rows.toLocaleString('en')} rows in ${nFiles} file(s), ${(bytes / 1e6).toFixed(0)} MB`,
);

const cluster = await startClickHouseCluster();
try {
  const address = parseLakeUrl(cluster.lakeUrl('bench'));
  const conn = new ClickHouseConnection(address);
  const shards = cluster.shards.map((url) => new ClickHouseConnection({ ...address, url }));
  await initLake(conn, { cluster: CLUSTER, shards });

  /** Ingest then aggregate on one engine: seconds of each, and what the aggregates sum to. */
  const onEngine = async (home: string, engine: LakeEngine) => {
    let stored = 0;
    const ingest = await measure(async () => {
      const summary = await ingestFiles(home, 'gdelt', files, { lake: engine });
      stored = summary.files.reduce((s, f) => s + f.stored, 0);
    });
    const reader = await engine.openReader();
    let months = 0;
    let events = 0;
    const aggregate = await measure(async () => {
      const all = await reader.aggregates();
      months = all.length;
      events = all.reduce((s, m) => s + m.events, 0);
    });
    reader.close();
    return { ingest: ingest.wall, aggregate: aggregate.wall, stored, months, events };
  };
  const home = join(dir, 'home');
  const duck = await onEngine(home, embeddedEngine(home));
  const ch = await onEngine(join(dir, 'home-ch'), clickHouseEngine(address));
  if (duck.months !== ch.months || duck.events !== ch.events || duck.stored !== ch.stored)
    throw new Error(`the engines disagree: ${JSON.stringify({ duck, ch })}`);
  const perShard = await Promise.all(
    shards.map(async (s) =>
      Number(
        (
          await s.rows<{ n: string }>(`SELECT toString(count()) AS n FROM ${address.database}.events_local`)
        )[0]?.n,
      ),
    ),
  );
  const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')} rows/s`;
  console.log(
    `stored ${duck.stored.toLocaleString('en')} rows; aggregates agree: ${duck.months.toLocaleString('en')} dyad-months, ${duck.events.toLocaleString('en')} events`,
  );
  console.log('engine                          ingest                      aggregate (all pairs)');
  console.log(
    `embedded (DuckDB + Parquet)     ${duck.ingest.toFixed(1)} s (${rate(rows, duck.ingest)})    ${duck.aggregate.toFixed(2)} s`,
  );
  console.log(
    `ClickHouse, 2 shards (loopback) ${ch.ingest.toFixed(1)} s (${rate(rows, ch.ingest)})    ${ch.aggregate.toFixed(2)} s`,
  );
  console.log(
    `ratio ClickHouse / embedded: ingest time ${(ch.ingest / duck.ingest).toFixed(2)}, aggregate time ${(ch.aggregate / duck.aggregate).toFixed(2)}`,
  );
  console.log(
    `per shard: ${perShard.map((n, i) => `shard ${i + 1} ${n.toLocaleString('en')} rows (${rate(n, ch.ingest)})`).join(', ')}`,
  );
  await Promise.all([conn, ...shards].map((c) => c.close()));
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
