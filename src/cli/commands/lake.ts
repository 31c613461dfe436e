import type { Command } from 'commander';
import { LakeBusyError } from '../../store/lake/lake-lock.ts';
import type { Context } from '../context.ts';
import { UserError } from '../io.ts';

/** The `--lake` address the lake commands need. */
function address(ctx: Context) {
  const a = ctx.lakeAddress();
  if (!a)
    throw new UserError(
      'name the ClickHouse lake: bilateral --lake clickhouse://USER@HOST:8123/DATABASE lake …',
    );
  return a;
}

/** `bilateral lake init|migrate`: set up a ClickHouse lake, and copy the home's lake into it. */
export function registerLake(program: Command, ctx: Context): void {
  const lake = program
    .command('lake')
    .description('set up the ClickHouse lake (--lake) and copy the home lake into it');
  lake
    .command('init')
    .option('--cluster <name>', 'shard the lake over this cluster (remote_servers): a Distributed table')
    .option(
      '--shard <url...>',
      'with --cluster and no distributed DDL (no ZooKeeper): each shard server to create its table on (http://HOST:8123)',
    )
    .description('create the lake database and tables (idempotent)')
    .action(async (flags: { cluster?: string; shard?: string[] }) => {
      const a = address(ctx);
      if (flags.shard && flags.cluster === undefined) throw new UserError('--shard goes with --cluster');
      // The client is loaded by the lake commands only: other commands start without it.
      const { ClickHouseConnection } = await import('../../store/lake/clickhouse/clickhouse-connection.ts');
      const { initLake } = await import('../../store/lake/clickhouse/clickhouse-schema.ts');
      const conn = new ClickHouseConnection(a);
      const shards = (flags.shard ?? []).map((url) => {
        if (!/^https?:\/\/[^/]+\/?$/.test(url))
          throw new UserError(`--shard: "${url}" is not http://HOST:PORT`);
        return new ClickHouseConnection({ ...a, url: url.replace(/\/$/, '') });
      });
      try {
        const made = await initLake(conn, {
          ...(flags.cluster !== undefined ? { cluster: flags.cluster } : {}),
          ...(shards.length > 0 ? { shards } : {}),
        });
        ctx.note(`lake ready: ${made}`);
      } catch (err) {
        if (err instanceof RangeError) throw new UserError(err.message);
        throw new UserError(`could not set the lake up: ${(err as Error).message.split('\n')[0]}`);
      } finally {
        await Promise.all([conn, ...shards].map((c) => c.close()));
      }
    });
  lake
    .command('migrate')
    .description("copy the home's embedded lake into the ClickHouse lake, file by file (resumable)")
    .action(async () => {
      const a = address(ctx);
      const { migrateLake } = await import('../../store/lake/clickhouse/migrate-lake.ts');
      const started = performance.now();
      try {
        const result = await migrateLake(ctx.home().dir, a, ({ entry, copied, done, total }) =>
          ctx.note(
            `[${done}/${total}] ${entry.file}: ${copied ? `${entry.stored} rows copied` : 'already in the lake'}`,
          ),
        );
        const s = (performance.now() - started) / 1000;
        ctx.note(
          `${result.copied} files copied (${result.rows} rows), ${result.skipped} already there, in ${s.toFixed(1)} s`,
        );
        if (ctx.json) ctx.outJson(result);
      } catch (err) {
        if (err instanceof LakeBusyError) throw new UserError(err.message);
        throw err;
      }
    });
}
