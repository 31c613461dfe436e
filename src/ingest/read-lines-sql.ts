/**
 * The SQL that reads a text file as numbered lines, the first step of every ingester. Reading each
 * line as one VARCHAR keeps DuckDB's parallel reader (archives are unpacked before, within limits) while leaving the
 * splitting to SQL, so a malformed row becomes a counted, quarantined row with its line number
 * instead of an error or a silently padded record.
 */

/** A delimiter that never occurs in event files, so the reader yields whole lines. */
const NEVER_DELIM = 'chr(1)||chr(2)||chr(3)||chr(4)';

/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * `SELECT line, raw` over the file: `line` is the 1-based line number (blank lines keep their
 * number and come out with `raw` NULL), `raw` the line without a trailing carriage return.
 */
export function readLinesSql(path: string): string {
  // row_number() OVER () is a streaming window over the reader, which DuckDB keeps in file order.
  return `SELECT row_number() OVER () AS line, rtrim(column0, chr(13)) AS raw
    FROM read_csv(${sqlString(path)}, columns={'column0':'VARCHAR'}, delim=${NEVER_DELIM}, quote='', escape='',
      header=false, auto_detect=false, store_rejects=true)`;
}
