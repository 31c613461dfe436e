/**
 * GDELT 1.0 (57 and 58 columns) and 2.0 (61 columns) events as staged lake rows. The formats share
 * their first 35 columns and differ in the geography blocks (2.0 adds an ADM2 code to each),
 * DATEADDED and SOURCEURL (absent before 2013-04-01, hence 57 columns in the 1.0 backfiles).
 *
 * Two readers produce the same rows: the fast one lets DuckDB's CSV reader split a file whose rows
 * all have the expected column count, in parallel and without line numbers; the general one reads
 * whole numbered lines and recognises each row's layout from its own column count, for files that
 * mix layouts or hold damaged or repeated rows.
 */

import { readLinesSql, sqlString } from './read-lines-sql.ts';

/** Column counts of the GDELT layouts. */
export type GdeltWidth = 57 | 58 | 61;

/** How the SELECT reaches field `i` (1-based) and the row's column count. */
type Fields = {
  f: (i: number | string) => string;
  n: string;
  from: string;
  pos: (w61: number, w58: number) => string;
  /** The line as read, for quarantined rows. */
  raw: string;
};

function linesFields(path: string): Fields {
  return {
    // GDELT writes missing values as empty fields.
    f: (i) => `nullif(p[${i}], '')`,
    n: 'len(p)',
    from: `(SELECT line, raw, string_split(raw, chr(9)) AS p FROM (${readLinesSql(path)}) WHERE raw IS NOT NULL)`,
    pos: (w61, w58) => `(CASE WHEN len(p) = 61 THEN ${w61} ELSE ${w58} END)`,
    raw: 'raw',
  };
}

function nativeFields(path: string, width: GdeltWidth): Fields {
  const columns = Array.from({ length: width }, (_, i) => `'c${i + 1}':'VARCHAR'`).join(', ');
  return {
    f: (i) => `c${i}`,
    n: String(width),
    // No line numbers here: row_number() would serialise the scan. Files with damaged or repeated
    // rows are read again by the line reader, so lines are known wherever they are needed.
    from: `(SELECT NULL::BIGINT AS line, * FROM read_csv(${sqlString(path)},
      columns={${columns}}, delim='\\t', quote='', escape='', header=false, auto_detect=false,
      store_rejects=true))`,
    pos: (w61, w58) => String(width === 61 ? w61 : w58),
    // Without quoting, an empty field is the only thing DuckDB turns into NULL: the line rebuilds exactly.
    raw: `concat_ws(chr(9), ${Array.from({ length: width }, (_, i) => `coalesce(c${i + 1}, '')`).join(', ')})`,
  };
}

/**
 * The SELECT that turns a GDELT export into staged lake rows: every lake column plus `month`
 * (`YYYY-MM`, or `quarantine`), `_reason` (why the row is quarantined, NULL when stored) and `_raw`
 * (the line, for quarantined rows). With `width`, DuckDB splits the columns and rejects rows of
 * another width (see `reject_errors`); without, any mix of layouts is read. Needs the tables of
 * `registerReferenceTables`.
 */
export function gdeltSelectSql(path: string, width?: GdeltWidth): string {
  const { f, n, from, pos, raw } = width === undefined ? linesFields(path) : nativeFields(path, width);
  const num = (i: number | string, type: string): string => `TRY_CAST(${f(i)} AS ${type})`;
  const types = (a: number): string => `nullif(concat_ws(',', ${f(a)}, ${f(a + 1)}, ${f(a + 2)}), '')`;
  const ag = (k: number): string => pos(52 + k, 50 + k); // ActionGeo block, k = 0 for its Type
  const lat = pos(57, 54);
  const lon = pos(58, 55);
  const added = pos(60, 57);
  const url =
    width === undefined
      ? f('CASE WHEN len(p) = 61 THEN 61 WHEN len(p) = 58 THEN 58 END')
      : width === 57
        ? 'NULL::VARCHAR'
        : f(pos(61, 58));
  const added14 = `try_strptime(${f(added)}, '%Y%m%d%H%M%S')`;
  const added8 = `try_strptime(${f(added)}, '%Y%m%d')`;
  const addedTs =
    width === undefined
      ? `CASE WHEN len(p) = 61 THEN ${added14} ELSE ${added8} END`
      : width === 61
        ? added14
        : added8;
  // Lines marked by sanitizeEncoding (only the line reader sees them).
  const badEncoding = width === undefined ? 'starts_with(raw, chr(1))' : 'false';
  // Every number is cast once, in `cols`; a value present in the text but NULL after the cast is bad.
  const bad = (i: number | string, typed: string): string => `(${f(i)} IS NOT NULL AND ${typed} IS NULL)`;
  return `
WITH cols AS (
  SELECT *, ${n} AS n,
    ${num(1, 'BIGINT')} AS _event_id,
    TRY_CAST(try_strptime(${f(2)}, '%Y%m%d') AS DATE) AS _event_date,
    TRY_CAST(${addedTs} AS DATE) AS _added_date,
    ${num(26, 'TINYINT')} AS _root, ${num(30, 'TINYINT')} AS _quad, ${num(31, 'DOUBLE')} AS _goldstein,
    ${num(32, 'INTEGER')} AS _mentions, ${num(33, 'INTEGER')} AS _sources, ${num(34, 'INTEGER')} AS _articles,
    ${num(35, 'DOUBLE')} AS _tone, ${num(ag(0), 'TINYINT')} AS _geo_type,
    ${num(lat, 'DOUBLE')} AS _lat, ${num(lon, 'DOUBLE')} AS _lon
  FROM ${from}
), checked AS (
  SELECT cols.*, a1.iso3 AS a1_iso3, a2.iso3 AS a2_iso3, g.iso3 AS geo_iso3,
    CASE
      WHEN ${badEncoding} THEN 'bad_encoding'
      WHEN n NOT IN (57, 58, 61) THEN 'column_count'
      WHEN _event_date IS NULL OR (${f(added)} IS NOT NULL AND _added_date IS NULL) THEN 'bad_date'
      WHEN _event_id IS NULL OR ${bad(26, '_root')} OR coalesce(_quad NOT BETWEEN 1 AND 4, false)
        OR ${bad(30, '_quad')} OR ${bad(31, '_goldstein')} OR ${bad(32, '_mentions')} OR ${bad(33, '_sources')}
        OR ${bad(34, '_articles')} OR ${bad(35, '_tone')} OR ${bad(ag(0), '_geo_type')} OR ${bad(lat, '_lat')}
        OR ${bad(lon, '_lon')} THEN 'bad_number'
      WHEN ec.code IS NULL THEN 'unknown_cameo'
      WHEN (${f(8)} IS NOT NULL AND a1.code IS NULL) OR (${f(18)} IS NOT NULL AND a2.code IS NULL) THEN 'unknown_country'
    END AS _reason
  FROM cols
  LEFT JOIN cameo_codes ec ON ec.code = ${f(27)}
  LEFT JOIN actor_countries a1 ON a1.code = ${f(8)}
  LEFT JOIN actor_countries a2 ON a2.code = ${f(18)}
  LEFT JOIN fips_iso g ON g.fips = ${f(ag(2))}
)
SELECT
  CASE WHEN _reason IS NULL THEN strftime(_event_date, '%Y-%m') ELSE 'quarantine' END AS month,
  line AS source_line,
  CASE WHEN n = 61 THEN 'gdelt2' ELSE 'gdelt1' END AS dataset,
  _event_id AS event_id, _event_date AS event_date, _added_date AS added_date,
  ${f(6)} AS actor1_code, ${f(7)} AS actor1_name, ${f(8)} AS actor1_country_code, a1_iso3 AS actor1_country,
  ${types(13)} AS actor1_types,
  ${f(16)} AS actor2_code, ${f(17)} AS actor2_name, ${f(18)} AS actor2_country_code, a2_iso3 AS actor2_country,
  ${types(23)} AS actor2_types,
  ${f(27)} AS event_code, ${f(28)} AS base_code, ${f(29)} AS root_code,
  _quad AS quad_class, _goldstein AS goldstein, _mentions AS mentions, _sources AS sources, _articles AS articles,
  _tone AS avg_tone, _root = 1 AS is_root_event,
  _geo_type AS geo_type, ${f(ag(1))} AS geo_fullname, ${f(ag(2))} AS geo_country_code, geo_iso3 AS geo_country,
  _lat AS geo_lat, _lon AS geo_lon,
  NULL::VARCHAR AS event_text, ${url} AS source_url, NULL::VARCHAR AS story_id, NULL::VARCHAR AS publisher,
  _reason, CASE WHEN _reason IS NOT NULL THEN ltrim(${raw}, chr(1)) END AS _raw
FROM checked`;
}
