/**
 * Reads the home's built reference tables (build-reference.ts) through an in-memory DuckDB, like
 * the lake: one pair's rows, one country's pairs, or every pair in one pass.
 */
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { MidRow, PairRows, RivalryRow, UcdpRow, WarRow } from '../../core/reference/rows.ts';
import { noRows } from '../../core/reference/rows.ts';
import { sqlString } from '../../ingest/read-lines-sql.ts';
import { ensureReference, type ReferenceBuild, referenceDir } from './build-reference.ts';
import { REFERENCE_TABLES } from './reference-sql.ts';

/** The tables whose rows become facts, and the field of {@link PairRows} each fills. */
const FACT_TABLES = [
  ['atop', 'atop'],
  ['diplomatic_exchange', 'diplomatic'],
  ['mids', 'mids'],
  ['wars', 'wars'],
  ['ucdp', 'ucdp'],
  ['rivalries', 'rivalries'],
] as const;

/** One year of a pair's indicators (docs: README, Indicators); null where the data set has no value. */
export type IndicatorYear = {
  year: number;
  un: { joint: number; identical: number; agreement: number } | null;
  trade: { importsA: number | null; importsB: number | null; turnover: number | null } | null;
  igos: number | null;
  icews: { verbCoop: number; matlCoop: number; verbConf: number; matlConf: number } | null;
};

/** A pair's contiguity records: COW type 1 land … 5 water up to 400 miles, with start and end months. */
export type ContiguityRow = { conttype: number; start: string; end: string; line: number };

type Json = Record<string, unknown>;

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

/** A JSON row of DuckDB as a typed row: numbers where the table holds numbers. */
function typed<T>(row: Json): T {
  const out: Json = {};
  for (const [k, v] of Object.entries(row))
    out[k] = typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && k !== 'a' && k !== 'b' ? Number(v) : v;
  return out as T;
}

export class Reference {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
    readonly build: ReferenceBuild,
  ) {}

  /**
   * Opens the reference data of `home`, building it first when it is missing or stale (a progress
   * line per table goes to `progress`).
   */
  static async open(home: string, progress?: (line: string) => void): Promise<Reference> {
    const build = await ensureReference(home, progress);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const dir = referenceDir(home);
    for (const t of REFERENCE_TABLES)
      await conn.run(
        `CREATE VIEW ${t.name} AS SELECT * FROM read_parquet(${sqlString(join(dir, `${t.name}.parquet`))})`,
      );
    return new Reference(instance, conn, build);
  }

  private async rows(sql: string): Promise<Json[]> {
    const reader = await this.conn.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Json[];
  }

  /** Every fact row of the pair `a`–`b` (either order). */
  async pairRows(a: string, b: string): Promise<PairRows> {
    const [x, y] = a <= b ? [a, b] : [b, a];
    const out = noRows();
    for (const [table, field] of FACT_TABLES) {
      const rows = await this.rows(
        `SELECT * FROM ${table} WHERE a = ${sqlString(x)} AND b = ${sqlString(y)} ORDER BY ALL`,
      );
      (out[field] as unknown[]) = rows.map((r) => typed(r));
    }
    sortRows(out);
    return out;
  }

  /** The fact rows of every pair `iso3` is in, by partner. */
  async countryRows(iso3: string): Promise<Map<string, PairRows>> {
    return this.groupedRows(`a = ${sqlString(iso3)} OR b = ${sqlString(iso3)}`);
  }

  /** The fact rows of every pair in the data, by `A-B` key (sorted pair). */
  async allRows(): Promise<Map<string, PairRows>> {
    return this.groupedRows('true');
  }

  private async groupedRows(where: string): Promise<Map<string, PairRows>> {
    const out = new Map<string, PairRows>();
    for (const [table, field] of FACT_TABLES) {
      const rows = await this.rows(`SELECT * FROM ${table} WHERE ${where}`);
      for (const r of rows) {
        const k = `${String(r.a)}-${String(r.b)}`;
        let pr = out.get(k);
        if (!pr) {
          pr = noRows();
          out.set(k, pr);
        }
        (pr[field] as unknown[]).push(typed(r));
      }
    }
    for (const pr of out.values()) sortRows(pr);
    return out;
  }

  /** The pair's indicators per year, where any data set has a value. */
  async indicators(a: string, b: string): Promise<IndicatorYear[]> {
    const [x, y] = a <= b ? [a, b] : [b, a];
    const where = `a = ${sqlString(x)} AND b = ${sqlString(y)}`;
    const years = new Map<number, IndicatorYear>();
    const at = (year: number): IndicatorYear => {
      let v = years.get(year);
      if (!v) {
        v = { year, un: null, trade: null, igos: null, icews: null };
        years.set(year, v);
      }
      return v;
    };
    for (const r of await this.rows(`SELECT year, joint, identical, agreement FROM unga WHERE ${where}`))
      at(num(r.year)).un = { joint: num(r.joint), identical: num(r.identical), agreement: num(r.agreement) };
    for (const r of await this.rows(`SELECT year, imports_a, imports_b FROM trade WHERE ${where}`)) {
      const ia = numOrNull(r.imports_a);
      const ib = numOrNull(r.imports_b);
      at(num(r.year)).trade = {
        importsA: ia,
        importsB: ib,
        turnover: ia === null || ib === null ? null : ia + ib,
      };
    }
    for (const r of await this.rows(`SELECT year, igos FROM igo WHERE ${where}`))
      at(num(r.year)).igos = numOrNull(r.igos);
    for (const r of await this.rows(`SELECT * FROM icews WHERE ${where}`))
      at(num(r.year)).icews = {
        verbCoop: num(r.verb_coop),
        matlCoop: num(r.matl_coop),
        verbConf: num(r.verb_conf),
        matlConf: num(r.matl_conf),
      };
    return [...years.values()].sort((p, q) => p.year - q.year);
  }

  /** The pair's contiguity records. */
  async contiguity(a: string, b: string): Promise<ContiguityRow[]> {
    const [x, y] = a <= b ? [a, b] : [b, a];
    const rows = await this.rows(
      `SELECT conttype, start, "end", line FROM contiguity WHERE a = ${sqlString(x)} AND b = ${sqlString(y)} ORDER BY start`,
    );
    return rows.map((r) => ({
      conttype: num(r.conttype),
      start: String(r.start),
      end: String(r.end),
      line: num(r.line),
    }));
  }

  /** UN agreement of every pair in `year` with at least `minJoint` joint votes. */
  async unAgreement(
    year: number,
    minJoint: number,
  ): Promise<{ a: string; b: string; joint: number; agreement: number; identical: number }[]> {
    const rows = await this.rows(
      `SELECT a, b, joint, agreement, identical FROM unga WHERE year = ${Math.trunc(year)} AND joint >= ${Math.trunc(minJoint)} ORDER BY a, b`,
    );
    return rows.map((r) => ({
      a: String(r.a),
      b: String(r.b),
      joint: num(r.joint),
      agreement: num(r.agreement),
      identical: num(r.identical),
    }));
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

function byYear(x: { year: number }, y: { year: number }): number {
  return x.year - y.year;
}

/** Rows in the order the fact builders read them: by year (then their own key). */
function sortRows(r: PairRows): void {
  r.atop.sort(byYear);
  r.diplomatic.sort(byYear);
  r.mids.sort((x: MidRow, y: MidRow) => x.dispnum - y.dispnum || x.year - y.year);
  r.wars.sort((x: WarRow, y: WarRow) => x.warnum - y.warnum || x.year - y.year);
  r.ucdp.sort((x: UcdpRow, y: UcdpRow) => x.conflict_id - y.conflict_id || x.year - y.year);
  r.rivalries.sort((x: RivalryRow, y: RivalryRow) => x.styear - y.styear);
}
