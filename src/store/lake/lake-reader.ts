/**
 * What every engine of the event lake answers (the embedded DuckDB-over-Parquet `Lake` and the
 * ClickHouse lake): the same de-duplicated events, coverage and dyad-month aggregates. One
 * contract test (lake-contract.ts) runs against each.
 */

import type { Event } from '../../core/types.ts';
import type { DyadMonthAggregate } from './lake.ts';
import type { LakeRange } from './lake-range.ts';

export type LakeReader = {
  /** The share (0..1) of each month `YYYY-MM` the ingested files cover (for a dyad: the files that kept it). */
  coverageShares(dyad?: readonly [string, string]): Promise<Map<string, number>>;
  /** The de-duplicated events of the dyad `a`–`b` (either order), by date then CAMEO code. */
  dyadEvents(a: string, b: string, range?: LakeRange): Promise<Event[]>;
  /** Every de-duplicated event of one country's dyads, by partner. */
  countryEvents(iso3: string, range?: LakeRange): Promise<Map<string, Event[]>>;
  /** Calls `fn` once per dyad with its lean de-duplicated events (see `Lake.forEachDyad`); resolves to the number of dyads. */
  forEachDyad(
    range: LakeRange,
    fn: (dyad: [string, string], events: Event[]) => void | Promise<void>,
  ): Promise<number>;
  /** Dyad-month aggregates for every pair (or one `dyad`) within the range. */
  aggregates(opts?: LakeRange & { dyad?: [string, string] }): Promise<DyadMonthAggregate[]>;
  /** The countries `iso3` has lake events with, sorted. */
  partners(iso3: string): Promise<string[]>;
  close(): void;
};
