import type { Command } from 'commander';
import { createApp } from '../../api/app.ts';
import { listen } from '../../api/server.ts';
import { ensureToken } from '../../api/token.ts';
import { WEB_DIR } from '../../api/web-dir.ts';
import type { Context } from '../context.ts';
import { type FetchFlags, fetchFlags } from '../fetch-options.ts';
import { UserError } from '../io.ts';
import { startFollowing } from '../serve-follow.ts';
import { stopSignal } from '../stop-signal.ts';

type ServeFlags = FetchFlags & { host: string; port: string; printToken?: boolean; follow?: string | true };

/** `bilateral serve [--host 127.0.0.1] [--port 8080] [--print-token]`: the API and the dashboard. */
export function registerServe(program: Command, ctx: Context, stop: () => Promise<void> = stopSignal): void {
  fetchFlags(program.command('serve'))
    .option(
      '--follow [dataset]',
      'keep the lake current while serving, as fetch --follow does (gdelt or icews)',
    )
    .option(
      '--host <host>',
      'address to listen on (other machines can reach it only if you say so)',
      '127.0.0.1',
    )
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--print-token', 'print the write token (created on first start) and exit')
    .description('serve the HTTP API (/api, /openapi.json) and the dashboard (/)')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!/^\d+$/.test(flags.port) || port > 65535)
        throw new UserError(`--port must be 0…65535, got "${flags.port}"`);
      const home = ctx.home();
      const token = ensureToken(home.dir);
      if (flags.printToken) {
        ctx.out(token);
        return;
      }
      const follower = flags.follow ? await startFollowing(ctx, flags.follow, flags) : undefined;
      // A live reader, even of an empty lake: an ingest by another process is seen on the next request.
      const live = follower?.lake ?? (await ctx.liveLake());
      const reference = await ctx.reference();
      const indicators = await ctx.referenceData();
      const app = createApp({
        kb: home.kb,
        lake: live.reader,
        reference,
        indicators,
        token,
        now: ctx.io.now,
        webDir: WEB_DIR,
        onLakeReload: live.onReload,
        refreshLake: () => live.reloadIfChanged(),
      });
      let server: Awaited<ReturnType<typeof listen>>;
      try {
        server = await listen(app, { host: flags.host, port });
      } catch (err) {
        await follower?.stop();
        if (!follower) live.close();
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE')
          throw new UserError(`port ${port} on ${flags.host} is in use; try --port 0`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
          throw new UserError(`--host ${flags.host}: no such address here`);
        throw err;
      }
      ctx.out(
        `Bilateral is serving on ${server.url}/ (API: ${server.url}/api, description: ${server.url}/openapi.json)`,
      );
      ctx.note(`home: ${home.dir}; writes need the token: bilateral serve --print-token`);
      await stop();
      await follower?.stop();
      await server.close();
      if (!follower) live.close();
    });
}
