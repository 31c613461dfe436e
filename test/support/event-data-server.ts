/**
 * A local stand-in for data.gdeltproject.org and Harvard Dataverse, on 127.0.0.1 and a free port:
 * it serves files at the paths the real hosts use, answers `Range` requests as they do (206 with
 * `Content-Range`, 416 past the end), redirects Dataverse downloads as Harvard does (to storage),
 * and plays faults queued per path (a status, a reset mid-body, a slow or stalled body). Every
 * request is logged with its `Range`.
 */

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export type Fault =
  | { status: number }
  /** Sends the headers and this many bytes of the body, then resets the connection. */
  | { resetAfter: number }
  /** Sends the body in chunks of `chunk` bytes, `delayMs` apart. */
  | { chunk: number; delayMs: number }
  /** Sends the headers and nothing more. */
  | { stall: true };

export type LoggedRequest = { path: string; range?: string };

export const md5 = (data: Buffer | string): string => createHash('md5').update(data).digest('hex');

/** A list line of GDELT's `masterfilelist.txt` / `lastupdate.txt`: `SIZE MD5 URL`. */
export const gdeltListLine = (url: string, data: Buffer): string => `${data.length} ${md5(data)} ${url}`;

export class EventDataServer {
  readonly files = new Map<string, Buffer>();
  readonly faults = new Map<string, Fault[]>();
  readonly log: LoggedRequest[] = [];
  /** Directories served from disk under a path prefix (big files: the benchmark). */
  private readonly mounts = new Map<string, string>();
  private server: http.Server | undefined;
  private readonly sockets = new Set<import('node:net').Socket>();
  url = '';

  /** Serves `data` (or text) at `path` (which starts with `/`). */
  put(path: string, data: Buffer | string): Buffer {
    const body = typeof data === 'string' ? Buffer.from(data) : data;
    this.files.set(path, body);
    return body;
  }

  /** Serves the files of `dir` under `prefix` (`/gdeltv2/`), read from disk. */
  mount(prefix: string, dir: string): void {
    this.mounts.set(prefix, dir);
  }

  /** Queues faults the next requests of `path` meet, one per request. */
  fail(path: string, ...faults: Fault[]): void {
    this.faults.set(path, [...(this.faults.get(path) ?? []), ...faults]);
  }

  /** Requests of `path` so far. */
  requests(path: string): LoggedRequest[] {
    return this.log.filter((r) => r.path === path);
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.answer(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private fromDisk(path: string): string | undefined {
    for (const [prefix, dir] of this.mounts) {
      const file = path.startsWith(prefix) ? join(dir, path.slice(prefix.length)) : undefined;
      if (file && !file.slice(dir.length).includes('..') && existsSync(file)) return file;
    }
    return undefined;
  }

  private sendFile(file: string, range: string | undefined, res: http.ServerResponse): void {
    const size = statSync(file).size;
    const start = Number(/^bytes=(\d+)-$/.exec(range ?? '')?.[1] ?? 0);
    if (start >= size && start > 0) {
      res.writeHead(416, { 'content-range': `bytes */${size}` });
      res.end();
      return;
    }
    res.writeHead(start > 0 ? 206 : 200, {
      'content-length': size - start,
      ...(start > 0 ? { 'content-range': `bytes ${start}-${size - 1}/${size}` } : {}),
    });
    createReadStream(file, { start }).pipe(res);
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const range = req.headers.range;
    this.log.push({ path: url.pathname, ...(range ? { range } : {}) });
    // Harvard Dataverse sends a file from storage, by redirect.
    const datafile = /^\/api\/access\/datafile\/(\d+)$/.exec(url.pathname);
    if (datafile) {
      res.writeHead(303, { location: `/storage/${datafile[1]}${url.search}` });
      res.end();
      return;
    }
    const key =
      url.pathname === '/api/datasets/:persistentId/' ? `${url.pathname}${url.search}` : url.pathname;
    const fault = this.faults.get(url.pathname)?.shift();
    if (fault && 'status' in fault) {
      res.writeHead(fault.status);
      res.end(`fault ${fault.status}`);
      return;
    }
    const body = this.files.get(key);
    const onDisk = body ? undefined : this.fromDisk(url.pathname);
    if (onDisk) {
      this.sendFile(onDisk, range, res);
      return;
    }
    if (!body) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    let start = 0;
    const m = range ? /^bytes=(\d+)-$/.exec(range) : null;
    if (m) {
      start = Number(m[1]);
      if (start >= body.length) {
        res.writeHead(416, { 'content-range': `bytes */${body.length}` });
        res.end();
        return;
      }
      res.writeHead(206, {
        'content-length': body.length - start,
        'content-range': `bytes ${start}-${body.length - 1}/${body.length}`,
      });
    } else res.writeHead(200, { 'content-length': body.length, 'accept-ranges': 'bytes' });
    const rest = body.subarray(start);
    if (!fault) {
      res.end(rest);
      return;
    }
    if ('stall' in fault) {
      res.flushHeaders();
      return;
    }
    if ('resetAfter' in fault) {
      res.write(rest.subarray(0, fault.resetAfter), () => setTimeout(() => req.socket.destroy(), 20));
      return;
    }
    let at = 0;
    const drip = (): void => {
      if (res.destroyed) return;
      const piece = rest.subarray(at, at + fault.chunk);
      at += piece.length;
      if (at >= rest.length) res.end(piece);
      else res.write(piece, () => setTimeout(drip, fault.delayMs));
    };
    drip();
  }
}
