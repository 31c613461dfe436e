import { fileURLToPath } from 'node:url';

/** Where `vite build` puts the dashboard (dist/web at the package root), served at `/`. */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));
