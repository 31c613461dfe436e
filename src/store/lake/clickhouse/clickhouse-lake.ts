/**
 * The event lake on ClickHouse: the same answers as the embedded `Lake` (one {@link LakeReader}),
 * read from the `events` table of a database, one server's or a cluster's (clickhouse-schema.ts).
 * Each query reads the lake as committed at that moment, so a reader follows the lake as it grows.
 */

import type { Event } from '../../../core/types.ts';
import { aggregateOfRow, type DyadMonthAggregate } from '../lake.ts';
import { fileCoverage, keptCoveredShares } from '../lake-coverage.ts';
import type { LakeEngine } from '../lake-engine.ts';
import {
  DyadGroups,
  eventsByPartner,
  lakeEvent,
  type LakeEventRow,
  type LakeReportRow,
} from '../lake-event.ts';
import type { LakePaths } from '../lake-paths.ts';
import type { LakeRange } from '../lake-range.ts';
import type { LakeReader } from '../lake-reader.ts';
import { LEAN_SEPARATOR, leanEventRow } from '../lake-sql.ts';
import type { Manifest, ManifestEntry } from '../manifest.ts';
import { ClickHouseConnection, chString } from './clickhouse-connection.ts';
import { ClickHouseLakeError } from './clickhouse-lake-error.ts';
import { clickHouseSink } from './clickhouse-sink.ts';
import {
  aggregatesSql,
  allDyadEventsSql,
  countryEventsSql,
  dyadEventsSql,
  partnersSql,
  REPORT_FIELDS,
} from './clickhouse-sql.ts';
import { type ClickHouseAddress, lakeUrlText } from './lake-url.ts';

/** A manifest entry as `lake_files` keeps it: with the days its stored rows were added and dated. */
export type StoredEntry = ManifestEntry & {
  days: { added: string[]; dated: string[] };
  /** The id its rows carry in `events`. */
  ingestId: string;
};

/** The files a ClickHouse lake holds, in commit order. */
export async function storedEntries(conn: ClickHouseConnection): Promise<StoredEntry[]> {
  const rows = await conn.rows<{ entry: string }>(
    `SELECT entry FROM ${conn.table('lake_files')} ORDER BY committed_at, sha256`,
  );
  return rows.map((r) => JSON.parse(r.entry) as StoredEntry);
}

/** A connection to the lake at `address`, its tables checked (closed again when they are not). */
export async function checkedConnection(address: ClickHouseAddress): Promise<ClickHouseConnection> {
  const conn = new ClickHouseConnection(address);
  try {
    await checkLake(conn);
  } catch (err) {
    void conn.close();
    throw err;
  }
  return conn;
}

/** Checks the lake's tables are there, with a message saying how to set them up when not. */
export async function checkLake(conn: ClickHouseConnection): Promise<void> {
  let tables: { name: string }[];
  try {
    tables = await conn.rows<{ name: string }>(
      `SELECT name FROM system.tables WHERE database = ${chString(conn.address.database)} AND name IN ('events', 'lake_files')`,
    );
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ClickHouseLakeError(`cannot reach the lake ${lakeUrlText(conn.address)}: ${why}`);
  }
  if (tables.length < 2)
    throw new ClickHouseLakeError(
      `the lake ${lakeUrlText(conn.address)} has no tables yet: run bilateral --lake ${lakeUrlText(conn.address)} lake init`,
    );
}

type JsonEventRow = Omit<LakeEventRow, 'rows' | 'goldstein'> & {
  goldstein: number | null;
  rows: (string | number | null)[][];
};

export class ClickHouseLake implements LakeReader {
  private constructor(private readonly conn: ClickHouseConnection) {}

  /** A reader of the lake at `address` (checked to be set up). */
  static async open(address: ClickHouseAddress): Promise<ClickHouseLake> {
    return new ClickHouseLake(await checkedConnection(address));
  }

  private get db(): string {
    return this.conn.address.database;
  }

  /** As `Lake.coverageShares`, from the days each committed file's rows hold (kept in `lake_files`). */
  async coverageShares(dyad?: readonly [string, string]): Promise<Map<string, number>> {
    const files = (await storedEntries(this.conn)).map((e) => ({
      dataset: e.dataset,
      minutes: fileCoverage(e.file, { added: new Set(e.days.added), dated: new Set(e.days.dated) }),
      ...(e.countries ? { countries: e.countries } : {}),
    }));
    return keptCoveredShares(files, dyad);
  }

  private async events(sql: string): Promise<LakeEventRow[]> {
    const rows = await this.conn.rows<JsonEventRow>(sql);
    return rows.map((r) => ({
      ...r,
      rows: r.rows.map(
        (t) => Object.fromEntries(REPORT_FIELDS.map((f, i) => [f, t[i] ?? null])) as unknown as LakeReportRow,
      ),
    }));
  }

  async dyadEvents(a: string, b: string, range: LakeRange = {}): Promise<Event[]> {
    return (await this.events(dyadEventsSql(this.db, a, b, range))).map(lakeEvent);
  }

  async countryEvents(iso3: string, range: LakeRange = {}): Promise<Map<string, Event[]>> {
    return eventsByPartner(iso3, await this.events(countryEventsSql(this.db, iso3, range)));
  }

  /** As `Lake.forEachDyad`: one streamed query, one dyad in memory at a time. */
  async forEachDyad(
    range: LakeRange,
    fn: (dyad: [string, string], events: Event[]) => void | Promise<void>,
  ): Promise<number> {
    const groups = new DyadGroups(fn);
    for await (const fields of this.conn.tsv(allDyadEventsSql(this.db, range))) {
      const handed = groups.add(leanEventRow(fields.map((f) => f ?? '').join(LEAN_SEPARATOR)));
      if (handed) await handed;
    }
    return await groups.end();
  }

  async aggregates(opts: LakeRange & { dyad?: [string, string] } = {}): Promise<DyadMonthAggregate[]> {
    const rows = await this.conn.rows(aggregatesSql(this.db, opts, opts.dyad));
    return rows.map(aggregateOfRow);
  }

  async partners(iso3: string): Promise<string[]> {
    return (await this.conn.rows<{ partner: string }>(partnersSql(this.db, iso3))).map((r) => r.partner);
  }

  /** What changes whenever a file is committed: the number of files and the last commit. */
  async stamp(): Promise<string> {
    const [row] = await this.conn.rows<{ n: string; at: string }>(
      `SELECT toString(count()) AS n, toString(sum(cityHash64(sha256, ingest_id))) AS at FROM ${this.conn.table('lake_files')}`,
    );
    return `${row?.n}:${row?.at}`;
  }

  close(): void {
    void this.conn.close();
  }
}

/** The ClickHouse lake at `address` as a {@link LakeEngine}. */
export function clickHouseEngine(address: ClickHouseAddress): LakeEngine {
  return {
    name: lakeUrlText(address),
    async manifest(): Promise<Manifest> {
      const conn = new ClickHouseConnection(address);
      try {
        await checkLake(conn);
        return { version: 1, files: await storedEntries(conn) };
      } finally {
        void conn.close();
      }
    },
    openSink: (paths: LakePaths) => clickHouseSink(address, paths),
    openReader: () => ClickHouseLake.open(address),
  };
}
