/**
 * The SQL of the lake reader. A dyad is formed only by rows whose two actor countries are real
 * and different; de-duplication follows METHOD.md: root events only, one event per (dyad, CAMEO
 * code, day), whatever the number of rows or sources reporting it.
 */

import { sqlString } from '../../ingest/read-lines-sql.ts';
import { LAKE_COLUMNS, emptyLakeSql } from './lake-schema.ts';
import { rangeSql } from './lake-range.ts';
import type { LakeRange } from './lake-range.ts';

/** `CREATE VIEW events` over the given Parquet files (hive-partitioned by month). */
export function eventsViewSql(files: string[]): string {
  if (files.length === 0) return `CREATE OR REPLACE VIEW events AS ${emptyLakeSql()}`;
  const cols = LAKE_COLUMNS.map(([n]) => n).join(', ');
  return `CREATE OR REPLACE VIEW events AS SELECT ${cols}, month
    FROM read_parquet([${files.map(sqlString).join(', ')}], hive_partitioning=true, union_by_name=true)`;
}

/** Root-event rows of real, distinct country pairs, with the sorted dyad as `dyad_a`, `dyad_b`. */
function dyadRowsSql(where: string): string {
  return `SELECT *, least(actor1_country, actor2_country) AS dyad_a, greatest(actor1_country, actor2_country) AS dyad_b
    FROM events
    WHERE actor1_country IS NOT NULL AND actor2_country IS NOT NULL AND actor1_country <> actor2_country
      AND is_root_event IS NOT FALSE AND ${where}`;
}

const dyadIs = (a: string, b: string): string =>
  `least(actor1_country, actor2_country) = ${sqlString(a < b ? a : b)} AND greatest(actor1_country, actor2_country) = ${sqlString(a < b ? b : a)}`;

/** De-duplicated events of one dyad, one row per (CAMEO code, day), with up to 10 reporting rows. */
export function dyadEventsSql(a: string, b: string, range: LakeRange): string {
  return dedupedEventsSql(`${dyadIs(a, b)} AND ${rangeSql(range)}`);
}

/** De-duplicated events of every dyad one country belongs to, ordered by partner pair then date. */
export function countryEventsSql(iso3: string, range: LakeRange): string {
  const c = sqlString(iso3);
  return dedupedEventsSql(`(actor1_country = ${c} OR actor2_country = ${c}) AND ${rangeSql(range)}`);
}

function dedupedEventsSql(where: string): string {
  return `SELECT dyad_a, dyad_b, strftime(event_date, '%Y-%m-%d') AS date, event_code, count(*)::INTEGER AS n,
      list(DISTINCT actor1_country ORDER BY actor1_country) AS initiators,
      avg(goldstein) AS goldstein, sum(coalesce(sources, 1))::INTEGER AS reports,
      list({dataset: dataset, event_id: event_id::VARCHAR, actor1_name: actor1_name, actor1_country: actor1_country,
        actor2_name: actor2_name, actor2_country: actor2_country, geo_fullname: geo_fullname,
        geo_country: geo_country, event_text: event_text, source_url: source_url, story_id: story_id}
        ORDER BY coalesce(mentions, 0) DESC, dataset, event_id)[1:10] AS rows
    FROM (${dyadRowsSql(where)})
    GROUP BY ALL ORDER BY dyad_a, dyad_b, date, event_code`;
}

/** Per dyad and month: de-duplicated events, their quad classes and Goldstein, mentions and tone. */
export function aggregatesSql(range: LakeRange, dyad?: [string, string]): string {
  const where = `${dyad ? `${dyadIs(dyad[0], dyad[1])} AND ` : ''}${rangeSql(range)}`;
  return `WITH g AS (
      SELECT dyad_a, dyad_b, month, event_date, event_code, min(quad_class) AS quad, avg(goldstein) AS goldstein,
        sum(mentions) AS mentions, sum(avg_tone) AS tone_sum, count(avg_tone) AS tone_n, count(*) AS rows
      FROM (${dyadRowsSql(where)}) GROUP BY dyad_a, dyad_b, month, event_date, event_code
    )
    SELECT dyad_a, dyad_b, month, count(*)::INTEGER AS events,
      count(*) FILTER (WHERE quad = 1)::INTEGER AS q1, count(*) FILTER (WHERE quad = 2)::INTEGER AS q2,
      count(*) FILTER (WHERE quad = 3)::INTEGER AS q3, count(*) FILTER (WHERE quad = 4)::INTEGER AS q4,
      sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
      coalesce(sum(mentions), 0)::BIGINT AS mentions, sum(tone_sum) / nullif(sum(tone_n), 0) AS tone,
      sum(rows)::BIGINT AS rows
    FROM g GROUP BY dyad_a, dyad_b, month ORDER BY dyad_a, dyad_b, month`;
}

/** Countries that form a dyad with `iso3` in the lake. */
export function partnersSql(iso3: string): string {
  const c = sqlString(iso3);
  return `SELECT DISTINCT CASE WHEN dyad_a = ${c} THEN dyad_b ELSE dyad_a END AS partner
    FROM (${dyadRowsSql(`(actor1_country = ${c} OR actor2_country = ${c})`)}) ORDER BY partner`;
}
