/**
 * Registers the reference tables the ingest SQL checks rows against, built from the project's
 * registry (src/core) so that DuckDB and the rest of Bilateral agree on what a code means.
 */

import type { DuckDBConnection } from '@duckdb/node-api';
import { allCameoCodes, quadClass } from '../core/cameo.ts';
import { allCountries } from '../core/countries.ts';
import { CAMEO_REGION_CODES } from './cameo-regions.ts';
import { sqlString } from './read-lines-sql.ts';

const lit = (v: string | number | null): string =>
  v === null ? 'NULL' : typeof v === 'number' ? String(v) : sqlString(v);

async function createTable(
  conn: DuckDBConnection,
  name: string,
  columns: string,
  rows: (string | number | null)[][],
): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns})`);
  if (rows.length === 0) return;
  const values = rows.map((r) => `(${r.map(lit).join(', ')})`).join(',\n');
  await conn.run(`INSERT INTO ${name} VALUES ${values}`);
}

/**
 * Creates on `conn`: `cameo_codes(code, name, goldstein, root, quad)` (every CAMEO code, roots
 * included), `actor_countries(code, iso3)` (ISO3 countries, plus CAMEO regions with a NULL iso3)
 * and `fips_iso(fips, iso3)`.
 */
export async function registerReferenceTables(conn: DuckDBConnection): Promise<void> {
  await createTable(
    conn,
    'cameo_codes',
    'code VARCHAR PRIMARY KEY, name VARCHAR, goldstein DOUBLE, root VARCHAR, quad TINYINT',
    allCameoCodes().map((c) => [c.code, c.name, c.goldstein, c.root, quadClass(c.root)]),
  );
  const countries = allCountries();
  const iso = new Set(countries.map((c) => c.iso3));
  await createTable(conn, 'actor_countries', 'code VARCHAR PRIMARY KEY, iso3 VARCHAR', [
    ...countries.map((c) => [c.iso3, c.iso3]),
    ...CAMEO_REGION_CODES.filter((r) => !iso.has(r)).map((r) => [r, null]),
  ]);
  await createTable(
    conn,
    'fips_iso',
    'fips VARCHAR PRIMARY KEY, iso3 VARCHAR',
    countries.flatMap((c) => (c.fips ? [[c.fips, c.iso3]] : [])),
  );
}

/**
 * Creates `icews_countries(name, iso3)` for the country names a file uses, resolved through the
 * registry; names it cannot resolve get a NULL iso3.
 */
export async function registerIcewsCountries(
  conn: DuckDBConnection,
  names: string[],
  resolve: (name: string) => string | undefined,
): Promise<void> {
  await createTable(
    conn,
    'icews_countries',
    'name VARCHAR PRIMARY KEY, iso3 VARCHAR',
    [...new Set(names)].map((n) => [n, resolve(n) ?? null]),
  );
}
