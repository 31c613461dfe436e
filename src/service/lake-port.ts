import type { Event } from '../core/types.ts';

/** What the services need of the event lake (implemented over DuckDB in src/store/lake). */
export type LakePort = {
  /** A pair's de-duplicated lake events (root events only, one per pair, CAMEO code and day). */
  dyadEvents(a: string, b: string, range?: { from?: string; to?: string }): Promise<Event[]>;
  /** Every de-duplicated lake event of one country, by partner (ISO3), in one pass. */
  countryEvents(iso3: string, range?: { from?: string; to?: string }): Promise<Map<string, Event[]>>;
  /** The share (0..1) of each month `YYYY-MM` its ingested files cover (for a pair: the files that kept it). */
  coverageShares(dyad?: readonly [string, string]): Promise<ReadonlyMap<string, number>>;
};
