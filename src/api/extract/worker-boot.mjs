// A worker thread runs TypeScript like the CLI does: tsx's loader is registered in this thread
// (a parent's `--import tsx` does not reach worker threads on Node 20), then the worker is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
