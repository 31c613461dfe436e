/** The built dashboard (dist/web) at `/`: files read once and kept, hashed assets cached for a year. */
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=UTF-8',
  '.js': 'text/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=UTF-8',
  '.txt': 'text/plain; charset=UTF-8',
  '.woff2': 'font/woff2',
};

/** Registers GET for the dashboard's files; anything outside `webDir` is never read. */
export function staticRoutes(app: Hono, webDir: string | undefined): void {
  const root = webDir ? resolve(webDir) : undefined;
  const files = new Map<string, { body: Uint8Array; type: string } | null>();

  const load = (path: string) => {
    if (!root) return null;
    if (files.has(path)) return files.get(path)!;
    const full = resolve(root, `.${path}`);
    let found: { body: Uint8Array; type: string } | null = null;
    const type = TYPES[extname(full)];
    if (full.startsWith(root + sep) && type) {
      try {
        if (statSync(full).isFile()) found = { body: new Uint8Array(readFileSync(full)), type };
      } catch {
        found = null;
      }
    }
    // Only hits are kept: a build finished after start-up is then picked up.
    if (found) files.set(path, found);
    return found;
  };

  app.get('*', (c, next) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    if (path.startsWith('/api/') || path.includes('\0')) return next();
    const file = load(decodeURIComponent(path));
    if (!file) {
      if (path === '/index.html')
        return c.text('The dashboard is not built: run `npm start` (or `npx vite build web`).', 404);
      return next();
    }
    const headers: Record<string, string> = { 'Content-Type': file.type };
    headers['Cache-Control'] = path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    return c.body(file.body as unknown as string, 200, headers);
  });
}
