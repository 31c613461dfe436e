#!/usr/bin/env node
// npm start: builds the dashboard (dist/web) when it is missing or older than web/, then serves it on
// the built-in data with `bilateral serve`, which prints the address. Extra arguments go to serve.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist/web/index.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'web'))) {
  console.error('building the dashboard (dist/web)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web/vite.config.ts') });
}
const r = spawnSync(process.execPath, [join(root, 'bin/bilateral.js'), 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 2);
