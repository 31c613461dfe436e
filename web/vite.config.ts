/**
 * The dashboard's build: web/ in, dist/web/ out (served by `bilateral serve` at `/`). No inline
 * script anywhere, so the server's Content-Security-Policy can forbid it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The preload polyfill is a script of its own; modern browsers do not need it.
    modulePreload: { polyfill: false },
    // Small assets stay files rather than data: URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
});
