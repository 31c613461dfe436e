/**
 * Reads the event lake of a home through an in-memory DuckDB: the Parquet files the manifest
 * lists (never orphans of an unfinished ingest), hive-partitioned by month.
 */

import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '../../ingest/read-lines-sql.ts';
import type { Event } from '../../core/types.ts';
import { lakeParquetFiles } from './lake-cleanup.ts';
import { type CoveredMinutes, fileCoverage, keptCoveredShares } from './lake-coverage.ts';
import { DyadGroups, eventsByPartner, lakeEvent } from './lake-event.ts';
import type { LakeEventRow } from './lake-event.ts';
import { lakePaths } from './lake-paths.ts';
import type { LakeRange } from './lake-range.ts';
import type { LakeReader } from './lake-reader.ts';
import {
  aggregatesSql,
  allDyadEventsSql,
  countryEventsSql,
  dyadEventsSql,
  eventsViewSql,
  leanEventRow,
  partnersSql,
} from './lake-sql.ts';
import { type ManifestEntry, readManifest } from './manifest.ts';

/** One dyad and month of lake data, after de-duplication. */
export type DyadMonthAggregate = {
  dyad: [string, string];
  /** `YYYY-MM` */
  month: string;
  /** De-duplicated events: one per CAMEO code and day. */
  events: number;
  /** Events by quad class: verbal / material cooperation, verbal / material conflict. */
  quad: { 1: number; 2: number; 3: number; 4: number };
  goldsteinSum: number;
  goldsteinMean: number;
  /** Mentions of all the rows behind the events (reports, not events: never a weight). */
  mentions: number;
  /** Mean tone of those rows, null when no row has one (ICEWS). */
  tone: number | null;
  /** Lake rows collapsed into the events. */
  rows: number;
};

/** A row of the aggregates query (either engine) as a {@link DyadMonthAggregate}. */
export function aggregateOfRow(r: Record<string, unknown>): DyadMonthAggregate {
  return {
    dyad: [String(r['dyad_a']), String(r['dyad_b'])],
    month: String(r['month']),
    events: Number(r['events']),
    quad: { 1: Number(r['q1']), 2: Number(r['q2']), 3: Number(r['q3']), 4: Number(r['q4']) },
    goldsteinSum: Number(r['goldstein_sum']),
    goldsteinMean: Number(r['goldstein_mean']),
    mentions: Number(r['mentions']),
    tone: r['tone'] === null ? null : Number(r['tone']),
    rows: Number(r['rows']),
  };
}

export class Lake implements LakeReader {
  private perFile: Promise<{ dataset: string; minutes: CoveredMinutes; countries?: string[] }[]> | undefined;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    private readonly root: string,
    private readonly entries: readonly ManifestEntry[],
  ) {}

  /** Opens the lake of `home` (an empty lake when nothing was ingested). */
  static async open(home: string): Promise<Lake> {
    const paths = lakePaths(home);
    const manifest = readManifest(paths.manifest);
    const files = lakeParquetFiles(paths, manifest);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    await conn.run(eventsViewSql(files));
    return new Lake(instance, conn, paths.root, manifest.files);
  }

  /**
   * The share (0..1) of each month `YYYY-MM` that the ingested files cover (lake-coverage.ts): each
   * file's named period on the days it holds rows, else the days its rows were added (or dated).
   * A file ingested with `--countries` covers only pairs of those countries: with a `dyad`, only
   * the files that kept both count; without one, only the files that kept every country. Each
   * file's days are read once per opened lake, in one query.
   */
  async coverageShares(dyad?: readonly [string, string]): Promise<Map<string, number>> {
    this.perFile ??= this.fileCoverage();
    const files = await this.perFile;
    return keptCoveredShares(files, dyad);
  }

  private async fileCoverage(): Promise<
    { dataset: string; minutes: CoveredMinutes; countries?: string[] }[]
  > {
    const files = this.entries.flatMap((e) => e.parquet.map((p) => join(this.root, p)));
    if (files.length === 0) return [];
    // One pass over the lake: the days each Parquet file holds rows added on, and dated.
    const reader = await this.conn.runAndReadAll(
      `SELECT filename, strftime(added_date, '%Y-%m-%d') AS added, strftime(event_date, '%Y-%m-%d') AS dated
       FROM (SELECT DISTINCT filename, added_date, event_date
             FROM read_parquet([${files.map(sqlString).join(', ')}], filename=true, union_by_name=true))`,
    );
    const byFile = new Map<string, { added: Set<string>; dated: Set<string> }>();
    for (const [file, added, dated] of reader.getRows()) {
      const key = String(file);
      const days = byFile.get(key) ?? { added: new Set<string>(), dated: new Set<string>() };
      if (added !== null) days.added.add(String(added));
      if (dated !== null) days.dated.add(String(dated));
      byFile.set(key, days);
    }
    return this.entries.map((entry) => {
      const days = { added: new Set<string>(), dated: new Set<string>() };
      for (const p of entry.parquet) {
        const d = byFile.get(join(this.root, p));
        if (!d) continue;
        for (const x of d.added) days.added.add(x);
        for (const x of d.dated) days.dated.add(x);
      }
      return {
        dataset: entry.dataset,
        minutes: fileCoverage(entry.file, days),
        ...(entry.countries ? { countries: entry.countries } : {}),
      };
    });
  }

  /** The de-duplicated events of the dyad `a`–`b` (either order), by date then CAMEO code. */
  async dyadEvents(a: string, b: string, range: LakeRange = {}): Promise<Event[]> {
    const reader = await this.conn.runAndReadAll(dyadEventsSql(a, b, range));
    return (reader.getRowObjectsJson() as unknown as LakeEventRow[]).map(lakeEvent);
  }

  /** Every de-duplicated event of one country's dyads, by partner (the {@link LakePort} of the services). */
  async countryEvents(iso3: string, range: LakeRange = {}): Promise<Map<string, Event[]>> {
    const reader = await this.conn.runAndReadAll(countryEventsSql(iso3, range));
    return eventsByPartner(iso3, reader.getRowObjectsJson() as unknown as LakeEventRow[]);
  }

  /**
   * Calls `fn` once per dyad of the lake with its de-duplicated events (by date then CAMEO code),
   * from one query streamed chunk by chunk, so memory holds one chunk and one dyad, never the lake.
   * Events are those of {@link dyadEvents} (same id, date, class, CAMEO, Goldstein, initiator,
   * reports, provenance, confidence, `until`), but lean: one source (the most-mentioned row, its
   * document and URL), actors named by country, no place. `fn` may query this lake meanwhile.
   * Resolves to the number of dyads.
   */
  async forEachDyad(
    range: LakeRange,
    fn: (dyad: [string, string], events: Event[]) => void | Promise<void>,
  ): Promise<number> {
    // A connection of its own: a query on `this.conn` (say, from `fn`) would end a stream open on it.
    const conn = await this.instance.connect();
    const result = await conn.stream(allDyadEventsSql(range)).catch((err: unknown) => {
      conn.closeSync();
      throw err;
    });
    // DuckDB fetches the next chunk on a worker thread while this one is parsed and handed to `fn`.
    let next = result.fetchChunk();
    try {
      const groups = new DyadGroups(fn);
      for (;;) {
        const chunk = await next;
        if (!chunk || chunk.rowCount === 0) break;
        next = result.fetchChunk();
        for (const line of chunk.getColumnValues(0)) {
          const handed = groups.add(leanEventRow(String(line)));
          if (handed) await handed;
        }
      }
      return await groups.end();
    } finally {
      await next.catch(() => null);
      conn.closeSync();
    }
  }

  /** Dyad-month aggregates for every pair (or one `dyad`) within the range. */
  async aggregates(opts: LakeRange & { dyad?: [string, string] } = {}): Promise<DyadMonthAggregate[]> {
    const reader = await this.conn.runAndReadAll(aggregatesSql(opts, opts.dyad));
    return reader.getRowObjectsJson().map(aggregateOfRow);
  }

  /** The countries `iso3` has lake events with, sorted. */
  async partners(iso3: string): Promise<string[]> {
    const reader = await this.conn.runAndReadAll(partnersSql(iso3));
    return reader.getRows().map((r) => String(r[0]));
  }

  /** Releases the DuckDB instance. */
  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}
