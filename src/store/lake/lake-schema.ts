/**
 * The one schema of the event lake, shared by GDELT and ICEWS rows. Files are partitioned by event
 * month (`events/month=YYYY-MM/`), so `month` comes from the directory, not the file.
 */
export const LAKE_COLUMNS: readonly (readonly [name: string, type: string])[] = [
  // Line in the source file; NULL for files read whole by the fast reader (no damaged or repeated rows).
  ['source_line', 'BIGINT'],
  ['dataset', 'VARCHAR'], // gdelt1 | gdelt2 | icews
  ['event_id', 'BIGINT'], // GLOBALEVENTID or ICEWS Event ID
  ['event_date', 'DATE'],
  ['added_date', 'DATE'],
  ['actor1_code', 'VARCHAR'],
  ['actor1_name', 'VARCHAR'],
  ['actor1_country_code', 'VARCHAR'], // as the source writes it: CAMEO code or ICEWS country name
  ['actor1_country', 'VARCHAR'], // ISO3, only for real countries
  ['actor1_types', 'VARCHAR'], // GDELT type codes or ICEWS sectors, comma-joined
  ['actor2_code', 'VARCHAR'],
  ['actor2_name', 'VARCHAR'],
  ['actor2_country_code', 'VARCHAR'],
  ['actor2_country', 'VARCHAR'],
  ['actor2_types', 'VARCHAR'],
  ['event_code', 'VARCHAR'],
  ['base_code', 'VARCHAR'],
  ['root_code', 'VARCHAR'],
  ['quad_class', 'TINYINT'],
  ['goldstein', 'DOUBLE'],
  ['mentions', 'INTEGER'],
  ['sources', 'INTEGER'],
  ['articles', 'INTEGER'],
  ['avg_tone', 'DOUBLE'],
  ['is_root_event', 'BOOLEAN'], // NULL for ICEWS, which has no such flag
  ['geo_type', 'TINYINT'],
  ['geo_fullname', 'VARCHAR'],
  ['geo_country_code', 'VARCHAR'], // FIPS 10-4 (GDELT) or country name (ICEWS)
  ['geo_country', 'VARCHAR'],
  ['geo_lat', 'DOUBLE'],
  ['geo_lon', 'DOUBLE'],
  ['event_text', 'VARCHAR'],
  ['source_url', 'VARCHAR'],
  ['story_id', 'VARCHAR'], // ICEWS Story ID#Sentence Number
  ['publisher', 'VARCHAR'],
];

/** A SELECT of no rows with the lake's columns and `month`, for a lake with no files yet. */
export function emptyLakeSql(): string {
  const cols = LAKE_COLUMNS.map(([n, t]) => `NULL::${t} AS ${n}`).join(', ');
  return `SELECT ${cols}, NULL::VARCHAR AS month WHERE false`;
}
