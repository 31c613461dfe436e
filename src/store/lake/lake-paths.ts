import { join } from 'node:path';

/** Where the parts of the event lake live under a Bilateral home. */
export type LakePaths = {
  root: string;
  events: string;
  manifest: string;
  quarantine: string;
  /** Per-ingest working directory; anything in it belongs to an unfinished ingest. */
  staging: string;
};

/** The lake paths of a home (`<home>/lake/...`). */
export function lakePaths(home: string): LakePaths {
  const root = join(home, 'lake');
  return {
    root,
    events: join(root, 'events'),
    manifest: join(root, 'manifest.json'),
    quarantine: join(root, 'quarantine'),
    staging: join(root, '.staging'),
  };
}
