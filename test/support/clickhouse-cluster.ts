/**
 * Two ClickHouse servers on loopback ports, each with its own temporary data folder, configured as
 * one two-shard cluster (`remote_servers`): what the ClickHouse lake's tests and `bench:lake` run
 * against. Never the system service. A missing `clickhouse-server` is an error naming the package,
 * not a skipped test: CI installs it (.ci/run).
 */

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cluster's name in `remote_servers`. */
export const CLUSTER = 'bilateral_test';

export type ClickHouseCluster = {
  /** HTTP address of each shard's server, e.g. `http://127.0.0.1:40123`. */
  shards: string[];
  /** `clickhouse://default@127.0.0.1:PORT/DATABASE` of the first server, for `--lake`. */
  lakeUrl(database: string): string;
  stop(): Promise<void>;
};

const SERVER = process.env.CLICKHOUSE_SERVER ?? 'clickhouse-server';

/** Fails with what to install when the server binary is missing. */
function checkInstalled(): void {
  const found = spawnSync('sh', ['-c', `command -v ${SERVER}`], { encoding: 'utf8' });
  if (found.status !== 0)
    throw new Error(
      `${SERVER} not found: the ClickHouse lake tests need Debian's clickhouse-server (apt-get install clickhouse-server clickhouse-client; .ci/run installs it)`,
    );
}

/** A free loopback TCP port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

type Ports = { http: number; tcp: number; interserver: number };

function configXml(dir: string, ports: Ports, all: Ports[]): string {
  const shards = all
    .map((p) => `<shard><replica><host>127.0.0.1</host><port>${p.tcp}</port></replica></shard>`)
    .join('');
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/server.err.log</errorlog><console>0</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${ports.http}</http_port>
  <tcp_port>${ports.tcp}</tcp_port>
  <interserver_http_port>${ports.interserver}</interserver_http_port>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>268435456</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <remote_servers><${CLUSTER}>${shards}</${CLUSTER}></remote_servers>
</yandex>
`;
}

const USERS_XML = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage><max_threads>2</max_threads></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

async function waitUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`clickhouse-server exited (${child.exitCode}): ${log()}`);
    try {
      const res = await fetch(`${url}/ping`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`clickhouse-server on ${url} did not answer within 60 s: ${log()}`);
}

/** Starts `n` (default 2) servers forming the cluster {@link CLUSTER}; `stop` ends them and deletes their folders. */
export async function startClickHouseCluster(n = 2): Promise<ClickHouseCluster> {
  checkInstalled();
  const root = mkdtempSync(join(tmpdir(), 'bilateral-ch-'));
  const ports: Ports[] = [];
  for (let i = 0; i < n; i++)
    ports.push({ http: await freePort(), tcp: await freePort(), interserver: await freePort() });
  const children: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await Promise.all(
      ports.map(async (p, i) => {
        const dir = join(root, `shard${i + 1}`);
        for (const sub of ['data', 'tmp', 'user_files', 'format_schemas'])
          mkdirSync(join(dir, sub), { recursive: true });
        writeFileSync(join(dir, 'users.xml'), USERS_XML);
        writeFileSync(join(dir, 'config.xml'), configXml(dir, p, ports));
        let err = '';
        const child = spawn(SERVER, [`--config-file=${join(dir, 'config.xml')}`], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        child.stderr?.on('data', (d: Buffer) => {
          err = (err + d.toString()).slice(-4000);
        });
        children.push(child);
        await waitUp(`http://127.0.0.1:${p.http}`, child, () => err);
      }),
    );
  } catch (e) {
    await stop();
    throw e;
  }
  const first = ports[0]!;
  return {
    shards: ports.map((p) => `http://127.0.0.1:${p.http}`),
    lakeUrl: (database) => `clickhouse://default@127.0.0.1:${first.http}/${database}`,
    stop,
  };
}
