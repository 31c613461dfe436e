/** The home's embedded lake (DuckDB over Parquet) as a {@link LakeEngine}: the default. */

import { Lake } from './lake.ts';
import type { LakeEngine } from './lake-engine.ts';
import { lakePaths } from './lake-paths.ts';
import { parquetSink } from './lake-sink.ts';
import { readManifest } from './manifest.ts';

export function embeddedEngine(home: string): LakeEngine {
  return {
    name: lakePaths(home).root,
    manifest: async () => readManifest(lakePaths(home).manifest),
    openSink: async (paths) => parquetSink(paths),
    openReader: () => Lake.open(home),
  };
}
