/**
 * A lake engine: where the event lake lives and how it is written and read. The home's embedded
 * lake (DuckDB over Parquet, the default) and a ClickHouse lake (`--lake clickhouse://…`) are the
 * two; ingest, fetch and the readers see only this.
 */

import type { LakePaths } from './lake-paths.ts';
import type { LakeReader } from './lake-reader.ts';
import type { LakeSink } from './lake-sink.ts';
import type { Manifest } from './manifest.ts';

export type LakeEngine = {
  /** Where the lake is, for messages (`clickhouse://default@127.0.0.1:8123/bilateral`). */
  readonly name: string;
  /** The files the lake holds. */
  manifest(): Promise<Manifest>;
  /** A sink for an ingest whose staging is under `paths` (the home's lake folder). */
  openSink(paths: LakePaths): Promise<LakeSink>;
  /** A reader of the lake as it is now, and as it grows. */
  openReader(): Promise<LakeReader>;
};
