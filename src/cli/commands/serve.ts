import type { Command } from 'commander';
import { createApp } from '../../api/app.ts';
import { listen } from '../../api/server.ts';
import { ensureToken } from '../../api/token.ts';
import { WEB_DIR } from '../../api/web-dir.ts';
import type { Context } from '../context.ts';
import { UserError } from '../io.ts';

type ServeFlags = { host: string; port: string; printToken?: boolean };

/** Resolves when the process is asked to stop (Ctrl-C or a service manager). */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** `bilateral serve [--host 127.0.0.1] [--port 8080] [--print-token]`: the API and the dashboard. */
export function registerServe(program: Command, ctx: Context, stop: () => Promise<void> = stopSignal): void {
  program
    .command('serve')
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
      // The lake is optional: a home without one serves the knowledge base alone.
      const lake = await ctx.lake();
      const reference = await ctx.reference();
      const indicators = await ctx.referenceData();
      const app = createApp({
        kb: home.kb,
        lake,
        reference,
        indicators,
        token,
        now: ctx.io.now,
        webDir: WEB_DIR,
      });
      let server: Awaited<ReturnType<typeof listen>>;
      try {
        server = await listen(app, { host: flags.host, port });
      } catch (err) {
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
      await server.close();
    });
}
