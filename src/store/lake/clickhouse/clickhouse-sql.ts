/**
 * The lake reader's SQL in ClickHouse's dialect, giving what lake-sql.ts gives in DuckDB's: the
 * same de-duplication (root events of real, distinct country pairs, one event per dyad, CAMEO code
 * and day), corroboration and aggregates. Only SQL that ClickHouse 18.16 and current releases both
 * accept (docs/clickhouse.md): no `least`/`greatest` on strings (the dyad is stored sorted), no
 * `DATE '…'` literals, no query parameters, no window functions.
 */

import { endDateExclusive, type LakeRange, startDate } from '../lake-range.ts';
import { chString } from './clickhouse-connection.ts';

/** Conditions on `event_date` for the range. */
function rangeSql(range: LakeRange): string {
  const parts: string[] = [];
  if (range.from !== undefined) parts.push(`event_date >= toDate('${startDate(range.from)}')`);
  if (range.to !== undefined) parts.push(`event_date < toDate('${endDateExclusive(range.to)}')`);
  return parts.length > 0 ? parts.join(' AND ') : '1';
}

/**
 * Root-event rows of real, distinct country pairs written by a committed ingest. `GLOBAL IN` sends
 * the manifest's ingest ids to every shard once, rather than each shard reading `lake_files`.
 */
function dyadRowsSql(db: string, where: string): string {
  return `SELECT * FROM ${db}.events
    WHERE dyad_a != '' AND (is_root_event IS NULL OR is_root_event = 1)
      AND ingest_id GLOBAL IN (SELECT ingest_id FROM ${db}.lake_files) AND ${where}`;
}

const dyadIs = (a: string, b: string): string =>
  `dyad_a = ${chString(a < b ? a : b)} AND dyad_b = ${chString(a < b ? b : a)}`;

const countryIs = (iso3: string): string => `(dyad_a = ${chString(iso3)} OR dyad_b = ${chString(iso3)})`;

/** Distinct non-NULL values of `expr` counted up to two, by the least and greatest hash (as lake-sql.ts). */
const upToTwo = (expr: string): string =>
  `if(count(${expr}) = 0, 0, if(min(cityHash64(${expr})) = max(cityHash64(${expr})), 1, 2))`;
const STORY = `if(dataset = 'icews' AND story_id != '', splitByChar('#', assumeNotNull(story_id))[1], NULL)`;
const URLS = upToTwo('source_url');
const CORROBORATION = `toInt32(greatest(ifNull(max(sources), 0), ${URLS})) AS c_sources,
      toInt32(greatest(ifNull(max(articles), 0), ${URLS})) AS c_articles,
      toInt32(${upToTwo(STORY)}) AS c_stories`;

/** One reporting row, as a tuple: the fields of `LakeReportRow`, then the sort key (mentions, dataset, id). */
export const REPORT_FIELDS = [
  'dataset',
  'event_id',
  'actor1_name',
  'actor1_country',
  'actor2_name',
  'actor2_country',
  'geo_fullname',
  'geo_country',
  'event_text',
  'source_url',
  'story_id',
] as const;
const REPORT_ROW = `tuple(assumeNotNull(dataset), toString(assumeNotNull(event_id)), actor1_name, assumeNotNull(actor1_country),
      actor2_name, assumeNotNull(actor2_country), geo_fullname, geo_country, event_text, source_url, story_id,
      ifNull(mentions, 0), assumeNotNull(event_id))`;

function dedupedEventsSql(db: string, where: string): string {
  // Up to 10 reporting rows, the most mentioned first (then dataset, then id), as lake-sql.ts orders them.
  return `SELECT dyad_a, dyad_b, toString(event_date) AS date, assumeNotNull(event_code) AS event_code,
      toInt32(count()) AS n, arraySort(groupUniqArray(assumeNotNull(actor1_country))) AS initiators,
      avg(goldstein) AS goldstein, toInt32(sum(ifNull(sources, 1))) AS reports, ${CORROBORATION},
      arraySlice(arraySort(r -> (-tupleElement(r, 12), tupleElement(r, 1), tupleElement(r, 13)),
        groupArray(${REPORT_ROW})), 1, 10) AS rows
    FROM (${dyadRowsSql(db, where)})
    GROUP BY dyad_a, dyad_b, event_date, event_code ORDER BY dyad_a, dyad_b, date, event_code`;
}

/** De-duplicated events of one dyad. */
export function dyadEventsSql(db: string, a: string, b: string, range: LakeRange): string {
  return dedupedEventsSql(db, `${dyadIs(a, b)} AND ${rangeSql(range)}`);
}

/** De-duplicated events of every dyad one country belongs to. */
export function countryEventsSql(db: string, iso3: string, range: LakeRange): string {
  return dedupedEventsSql(db, `${countryIs(iso3)} AND ${rangeSql(range)}`);
}

/**
 * The lean events of every dyad (lake-sql.ts `allDyadEventsSql`), as TabSeparated columns in the
 * order of its `line` fields, by dyad, date and CAMEO code. `argMin` on a tuple key picks the
 * most-mentioned row without carrying every row through the aggregate.
 */
export function allDyadEventsSql(db: string, range: LakeRange): string {
  const text = (col: string, by: string) => `ifNull(replaceAll(${col}, '\\x1F', '${by}'), '')`;
  return `SELECT dyad_a, dyad_b, day, code, n, lo, hi, g, rep, tupleElement(r, 1), tupleElement(r, 2),
      tupleElement(r, 3), tupleElement(r, 4), tupleElement(r, 5), tupleElement(r, 6), c_sources, c_articles, c_stories
    FROM (
      SELECT dyad_a, dyad_b, toString(event_date) AS day, ifNull(event_code, '') AS code, count() AS n,
        min(actor1_country) AS lo, max(actor1_country) AS hi, ifNull(toString(avg(goldstein)), '') AS g,
        sum(ifNull(sources, 1)) AS rep, ${CORROBORATION},
        argMin(tuple(assumeNotNull(dataset), toString(assumeNotNull(event_id)), assumeNotNull(actor1_country),
          assumeNotNull(actor2_country), ${text('source_url', '%1F')}, ${text('story_id', '')}),
          tuple(-ifNull(mentions, 0), assumeNotNull(dataset), assumeNotNull(event_id))) AS r
      FROM (${dyadRowsSql(db, rangeSql(range))})
      GROUP BY dyad_a, dyad_b, event_date, event_code
    ) ORDER BY dyad_a, dyad_b, day, code`;
}

/** Per dyad and month: de-duplicated events, quad classes, Goldstein, mentions and tone (as lake-sql.ts). */
export function aggregatesSql(db: string, range: LakeRange, dyad?: [string, string]): string {
  const where = `${dyad ? `${dyadIs(dyad[0], dyad[1])} AND ` : ''}${rangeSql(range)}`;
  return `SELECT dyad_a, dyad_b, month, count() AS events,
      countIf(quad = 1) AS q1, countIf(quad = 2) AS q2, countIf(quad = 3) AS q3, countIf(quad = 4) AS q4,
      sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
      ifNull(sum(mentions), 0) AS mentions, sum(tone_sum) / nullIf(sum(tone_n), 0) AS tone, sum(rows) AS rows
    FROM (
      SELECT dyad_a, dyad_b, substring(toString(event_date), 1, 7) AS month, event_date, event_code,
        min(quad_class) AS quad, avg(goldstein) AS goldstein, sum(mentions) AS mentions,
        sum(avg_tone) AS tone_sum, count(avg_tone) AS tone_n, count() AS rows
      FROM (${dyadRowsSql(db, where)}) GROUP BY dyad_a, dyad_b, month, event_date, event_code
    )
    GROUP BY dyad_a, dyad_b, month ORDER BY dyad_a, dyad_b, month`;
}

/** Countries that form a dyad with `iso3`. */
export function partnersSql(db: string, iso3: string): string {
  const c = chString(iso3);
  return `SELECT DISTINCT if(dyad_a = ${c}, dyad_b, dyad_a) AS partner
    FROM (${dyadRowsSql(db, countryIs(iso3))}) ORDER BY partner`;
}
