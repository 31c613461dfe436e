/**
 * ICEWS event files as staged lake rows. ICEWS files are tab-separated with a 20-column header
 * (`Event ID`, `Event Date`, `Source Name`, `Source Sectors`, `Source Country`, `Event Text`,
 * `CAMEO Code`, `Intensity`, `Target Name`, `Target Sectors`, `Target Country`, `Story ID`,
 * `Sentence Number`, `Publisher`, `City`, `District`, `Province`, `Country`, `Latitude`,
 * `Longitude`); some releases quote every string (`.tab`), others do not (`.tsv`). Rows are read as
 * lines and split in SQL, so quoting is undone per field and every damaged row keeps its line.
 */

import { readLinesSql } from './read-lines-sql.ts';

/** ICEWS's column count. */
export const ICEWS_WIDTH = 20;

/** Fields of each line, unquoted, empty as NULL; header lines (first field `Event ID`) dropped. */
function fieldsSql(path: string): string {
  const unquote = `lambda x: nullif(CASE WHEN len(x) >= 2 AND starts_with(x, '"') AND ends_with(x, '"')
    THEN replace(x[2:-2], '""', '"') ELSE x END, '')`;
  return `SELECT line, raw, list_transform(string_split(raw, chr(9)), ${unquote}) AS p
    FROM (${readLinesSql(path)}) WHERE raw IS NOT NULL`;
}

/**
 * Country field `i`: ICEWS writes `NA` (or nothing) where the actor is not a state (an IGO, an
 * unspecified actor); such a row is valid and stored with no country.
 */
const country = (i: number): string => `nullif(p[${i}], 'NA')`;

/** `SELECT DISTINCT name` of the country names a file uses (for `registerIcewsCountries`). */
export function icewsCountryNamesSql(path: string): string {
  return `SELECT DISTINCT name FROM (SELECT unnest([${country(5)}, ${country(11)}, ${country(18)}]) AS name
    FROM (${fieldsSql(path)})) WHERE name IS NOT NULL`;
}

/**
 * The SELECT that turns an ICEWS file into staged lake rows, with the same columns as
 * `gdeltSelectSql`. Needs `cameo_codes` and `icews_countries`.
 */
export function icewsSelectSql(path: string): string {
  const num = (i: number, type: string): string => `TRY_CAST(p[${i}] AS ${type})`;
  const bad = (i: number, type: string): string => `(p[${i}] IS NOT NULL AND ${num(i, type)} IS NULL)`;
  return `
WITH src AS (
  SELECT *, len(p) AS n, ${num(1, 'BIGINT')} AS _event_id, ${num(2, 'DATE')} AS _event_date
  FROM (${fieldsSql(path)})
  WHERE coalesce(p[1], '') <> 'Event ID'
), checked AS (
  SELECT src.*, ec.root AS _root, ec.quad AS _quad, s.iso3 AS a1_iso3, t.iso3 AS a2_iso3, g.iso3 AS geo_iso3,
    CASE
      WHEN starts_with(raw, chr(1)) THEN 'bad_encoding'
      WHEN n <> ${ICEWS_WIDTH} THEN 'column_count'
      WHEN _event_date IS NULL THEN 'bad_date'
      WHEN _event_id IS NULL OR ${bad(8, 'DOUBLE')} OR ${bad(13, 'INTEGER')} OR ${bad(19, 'DOUBLE')}
        OR ${bad(20, 'DOUBLE')} THEN 'bad_number'
      WHEN ec.code IS NULL THEN 'unknown_cameo'
      WHEN (${country(5)} IS NOT NULL AND s.iso3 IS NULL) OR (${country(11)} IS NOT NULL AND t.iso3 IS NULL)
        THEN 'unknown_country'
    END AS _reason
  FROM src
  LEFT JOIN cameo_codes ec ON ec.code = p[7]
  LEFT JOIN icews_countries s ON s.name = ${country(5)}
  LEFT JOIN icews_countries t ON t.name = ${country(11)}
  LEFT JOIN icews_countries g ON g.name = ${country(18)}
)
SELECT
  CASE WHEN _reason IS NULL THEN strftime(_event_date, '%Y-%m') ELSE 'quarantine' END AS month,
  line AS source_line, 'icews' AS dataset,
  _event_id AS event_id, _event_date AS event_date, NULL::DATE AS added_date,
  NULL::VARCHAR AS actor1_code, p[3] AS actor1_name, ${country(5)} AS actor1_country_code, a1_iso3 AS actor1_country,
  p[4] AS actor1_types,
  NULL::VARCHAR AS actor2_code, p[9] AS actor2_name, ${country(11)} AS actor2_country_code, a2_iso3 AS actor2_country,
  p[10] AS actor2_types,
  p[7] AS event_code, left(p[7], 3) AS base_code, _root AS root_code,
  _quad AS quad_class, ${num(8, 'DOUBLE')} AS goldstein,
  NULL::INTEGER AS mentions, NULL::INTEGER AS sources, NULL::INTEGER AS articles, NULL::DOUBLE AS avg_tone,
  NULL::BOOLEAN AS is_root_event,
  NULL::TINYINT AS geo_type, nullif(concat_ws(', ', p[15], p[16], p[17], ${country(18)}), '') AS geo_fullname,
  ${country(18)} AS geo_country_code, geo_iso3 AS geo_country, ${num(19, 'DOUBLE')} AS geo_lat, ${num(20, 'DOUBLE')} AS geo_lon,
  p[6] AS event_text, NULL::VARCHAR AS source_url,
  CASE WHEN p[12] IS NOT NULL THEN concat_ws('#', p[12], p[13]) END AS story_id, p[14] AS publisher,
  _reason, CASE WHEN _reason IS NOT NULL THEN ltrim(raw, chr(1)) END AS _raw
FROM checked`;
}
