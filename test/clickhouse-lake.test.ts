/**
 * The lake's contract (src/store/lake/lake-contract.ts) on ClickHouse: two servers started here on
 * loopback ports, one two-shard cluster, each lake a `Distributed` table over both shards. The same
 * fixtures and the same expected answers as the embedded lake's run.
 */

import { after } from 'node:test';
import { ClickHouseConnection } from '../src/store/lake/clickhouse/clickhouse-connection.ts';
import { clickHouseEngine } from '../src/store/lake/clickhouse/clickhouse-lake.ts';
import { initLake } from '../src/store/lake/clickhouse/clickhouse-schema.ts';
import { parseLakeUrl } from '../src/store/lake/clickhouse/lake-url.ts';
import { lakeContract } from '../src/store/lake/lake-contract.ts';
import { CLUSTER, startClickHouseCluster } from './support/clickhouse-cluster.ts';

const cluster = startClickHouseCluster();
after(async () => (await cluster).stop());

let lakes = 0;
lakeContract(`ClickHouse, Distributed over the two shards of ${CLUSTER}`, async () => {
  const c = await cluster;
  const address = parseLakeUrl(c.lakeUrl(`contract_${++lakes}`));
  const conn = new ClickHouseConnection(address);
  const shards = c.shards.map((url) => new ClickHouseConnection({ ...address, url }));
  try {
    await initLake(conn, { cluster: CLUSTER, shards });
  } finally {
    await Promise.all([conn, ...shards].map((s) => s.close()));
  }
  return clickHouseEngine(address);
});
