/**
 * The ClickHouse lake's one client (`@clickhouse/client`, HTTP) and the few ways it is used. Every
 * statement is plain SQL with values written as escaped literals: ClickHouse 18.16 has no query
 * parameters (`{name:Type}`), which the client would send as `param_…` settings it refuses.
 */

import type { Readable } from 'node:stream';
import {
  type ClickHouseClient,
  ClickHouseLogLevel,
  type ClickHouseSettings,
  createClient,
} from '@clickhouse/client';
import type { ClickHouseAddress } from './lake-url.ts';

/** A ClickHouse string literal (backslash escapes, which every version reads). */
export function chString(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** Reads one field of ClickHouse's TabSeparated output (`\N` is NULL). */
export function tsvField(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(.)/g, (_, c: string) =>
    c === 't'
      ? '\t'
      : c === 'n'
        ? '\n'
        : c === 'r'
          ? '\r'
          : c === '0'
            ? '\0'
            : c === 'b'
              ? '\b'
              : c === 'f'
                ? '\f'
                : c,
  );
}

export class ClickHouseConnection {
  readonly client: ClickHouseClient;

  constructor(
    readonly address: ClickHouseAddress,
    settings: ClickHouseSettings = {},
  ) {
    this.client = createClient({
      url: address.url,
      username: address.username,
      password: address.password,
      // The database is named in every statement: `lake init` runs before it exists.
      request_timeout: 3_600_000,
      // Errors reach the caller, which names the lake; the client's own log would print stack traces.
      log: { level: ClickHouseLogLevel.OFF },
      // Progress headers keep a long query's connection busy, so no proxy between drops it as idle.
      clickhouse_settings: {
        send_progress_in_http_headers: 1,
        http_headers_progress_interval_ms: '60000',
        ...settings,
      },
    });
  }

  /** `db.name` */
  table(name: string): string {
    return `${this.address.database}.${name}`;
  }

  /** Runs a statement that returns nothing. */
  async command(query: string, settings: ClickHouseSettings = {}): Promise<void> {
    await this.client.command({ query, clickhouse_settings: settings });
  }

  /** The rows of a query, as objects (64-bit integers come as strings). */
  async rows<T = Record<string, unknown>>(query: string): Promise<T[]> {
    const result = await this.client.query({ query, format: 'JSONEachRow' });
    return result.json<T>();
  }

  /** Streams the TabSeparated rows of a query, each split into fields (unescaped, `\N` as null). */
  async *tsv(query: string): AsyncGenerator<(string | null)[]> {
    const result = await this.client.query({ query, format: 'TabSeparated' });
    for await (const rows of result.stream())
      for (const row of rows) yield row.text.split('\t').map(tsvField);
  }

  /** Inserts TabSeparated bytes from `values` into `table`'s `columns`, as one streamed request. */
  async insertTsv(
    table: string,
    columns: string[],
    values: Readable,
    settings: ClickHouseSettings = {},
  ): Promise<void> {
    await this.client.insert({
      table,
      values,
      columns: columns as [string, ...string[]],
      format: 'TabSeparated',
      clickhouse_settings: settings,
    });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
