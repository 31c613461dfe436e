/** The thin socket layer: listens with @hono/node-server and hands every request to the app. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export type RunningServer = {
  /** `http://host:port`, the address to print. */
  url: string;
  port: number;
  close(): Promise<void>;
};

export type ListenOptions = {
  /** 127.0.0.1 unless told otherwise: the API is for this machine. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
};

/** Starts listening; resolves once the socket is bound. */
export function listen(app: Pick<Hono, 'fetch'>, options: ListenOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 });
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive sockets would hold close() open; the process is stopping anyway.
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
  });
}
