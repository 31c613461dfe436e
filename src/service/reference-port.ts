import type { Dyad, Event } from '../core/types.ts';

/** What the services need of the reference data (implemented over DuckDB in src/store/reference). */
export type ReferencePort = {
  /** A pair's reference facts (provenance `reference`), by date. */
  pairFacts(dyad: Dyad): Promise<Event[]>;
  /** The reference facts of every pair of one country, by partner (ISO3). */
  countryFacts(iso3: string): Promise<Map<string, Event[]>>;
  /** The reference facts of every pair, by sorted pair `A-B`. */
  allFacts(): Promise<Map<string, Event[]>>;
};
