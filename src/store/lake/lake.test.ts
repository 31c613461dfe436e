import { embeddedEngine } from './embedded-engine.ts';
import { lakeContract } from './lake-contract.ts';

lakeContract('embedded (DuckDB over Parquet)', async (home) => embeddedEngine(home));
