/**
 * The SQL of the lake reader. A dyad is formed only by rows whose two actor countries are real
 * and different; de-duplication follows METHOD.md: root events only, one event per (dyad, CAMEO
 * code, day), whatever the number of rows or sources reporting it.
 */

import { sqlString } from '../../ingest/read-lines-sql.ts';
import { LAKE_COLUMNS, emptyLakeSql } from './lake-schema.ts';
import { rangeSql } from './lake-range.ts';
import type { LakeRange } from './lake-range.ts';
import type { LakeEventRow } from './lake-event.ts';

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

/**
 * What corroborates a de-duplicated event (docs/METHOD.md, Corroboration): the most sources and
 * articles any of its GDELT rows reports (NumSources, NumArticles), or its rows' distinct article
 * addresses when that is more (two rows coded from one letter to the editor are one source, not
 * two), and its distinct ICEWS stories (the Story ID before `#`). Distinct addresses and stories
 * are counted up to two, which is all the rule asks (two sources, two stories): min and max tell
 * one from several without a DISTINCT aggregate, which costs memory in every one of millions of
 * groups.
 */
const upToTwo = (expr: string) => {
  // Hashes, not the strings: a group keeps two integers, not two addresses.
  const h = (agg: string) => `${agg}(hash(${expr})) FILTER (WHERE ${expr} IS NOT NULL)`;
  return `(CASE WHEN count(${expr}) = 0 THEN 0 WHEN ${h('min')} = ${h('max')} THEN 1 ELSE 2 END)`;
};
const STORY = `CASE WHEN dataset = 'icews' AND story_id <> '' THEN split_part(story_id, '#', 1) END`;
const URLS = upToTwo('source_url');
const CORROBORATION = `greatest(coalesce(max(sources), 0), ${URLS})::INTEGER AS c_sources,
        greatest(coalesce(max(articles), 0), ${URLS})::INTEGER AS c_articles,
        ${upToTwo(STORY)}::INTEGER AS c_stories`;

/** Separates the fields of an {@link allDyadEventsSql} row: a control character no field holds. */
export const LEAN_SEPARATOR = '\x1f';

/**
 * De-duplicated events of every dyad in the lake, ordered like {@link dyadEventsSql} by dyad, date
 * and CAMEO code, each one string of fields joined by {@link LEAN_SEPARATOR} (column `line`, read by
 * {@link leanEventRow}): one short string per event costs far less to read out of DuckDB, sort and
 * split than a dozen columns, nested values or JSON. The event keeps one reporting row, the
 * most-mentioned (mentions, then dataset, then id, as in {@link dyadEventsSql}), and of it only what
 * its source and actors need: dataset, id, countries, URL, ICEWS story. A scalar `arg_min` key picks
 * it without carrying a struct of every row through the aggregate. A dyad has two countries, so the
 * smallest and largest initiator tell one initiator from both.
 */
export function allDyadEventsSql(range: LakeRange): string {
  // (mentions descending, dataset, id) as one number: 'gdelt1' < 'gdelt2' < 'icews' as in dyadEventsSql.
  const key = `(-coalesce(mentions, 0))::HUGEINT * ${2n ** 66n} + (CASE dataset WHEN 'gdelt1' THEN 0 WHEN 'gdelt2' THEN 1 ELSE 2 END)::HUGEINT * ${2n ** 64n} + coalesce(event_id, 0)`;
  // Free text could hold the separator: a URL gets it percent-encoded, a story id loses it.
  const text = (col: string, by: string) => `coalesce(replace(${col}, chr(31), '${by}'), '')`;
  // concat_ws skips NULLs, so every field that can be NULL is coalesced to keep the positions.
  return `SELECT concat_ws(chr(31), dyad_a, dyad_b, strftime(event_date, '%Y-%m-%d'), coalesce(event_code, ''), n,
        lo, hi, coalesce(goldstein::VARCHAR, ''), reports, coalesce(r.dataset, ''), coalesce(r.event_id::VARCHAR, ''),
        r.a1, r.a2, r.url, r.story, c_sources, c_articles, c_stories) AS line
    FROM (
      SELECT dyad_a, dyad_b, event_date, event_code, count(*) AS n,
        min(actor1_country) AS lo, max(actor1_country) AS hi,
        avg(goldstein) AS goldstein, sum(coalesce(sources, 1)) AS reports, ${CORROBORATION},
        arg_min({dataset: dataset, event_id: event_id, a1: actor1_country, a2: actor2_country,
          url: ${text('source_url', '%1F')}, story: ${text('story_id', '')}}, ${key}) AS r
      FROM (${dyadRowsSql(rangeSql(range))})
      GROUP BY dyad_a, dyad_b, event_date, event_code
    ) ORDER BY dyad_a, dyad_b, event_date, event_code`;
}

/** A line of {@link allDyadEventsSql} as the row `lakeEvent` maps (no names, place or text). */
export function leanEventRow(line: string): LakeEventRow {
  const [a, b, date, code, n, lo, hi, goldstein, reports, dataset, id, c1, c2, url, story, cs, ca, cst] =
    line.split(LEAN_SEPARATOR);
  const first = String(lo);
  const last = String(hi);
  return {
    dyad_a: String(a),
    dyad_b: String(b),
    date: String(date),
    event_code: String(code),
    n: Number(n),
    initiators: first === last ? [first] : [first, last],
    goldstein: goldstein ? Number(goldstein) : null,
    reports: Number(reports),
    c_sources: Number(cs),
    c_articles: Number(ca),
    c_stories: Number(cst),
    rows: [
      {
        dataset: String(dataset),
        event_id: String(id),
        actor1_name: null,
        actor1_country: String(c1),
        actor2_name: null,
        actor2_country: String(c2),
        geo_fullname: null,
        geo_country: null,
        event_text: null,
        source_url: url || null,
        story_id: story || null,
      },
    ],
  };
}

const REPORT_ROW = `{dataset: dataset, event_id: event_id::VARCHAR, actor1_name: actor1_name, actor1_country: actor1_country,
        actor2_name: actor2_name, actor2_country: actor2_country, geo_fullname: geo_fullname,
        geo_country: geo_country, event_text: event_text, source_url: source_url, story_id: story_id}`;

function dedupedEventsSql(where: string): string {
  return `SELECT dyad_a, dyad_b, strftime(event_date, '%Y-%m-%d') AS date, event_code, count(*)::INTEGER AS n,
      list(DISTINCT actor1_country ORDER BY actor1_country) AS initiators,
      avg(goldstein) AS goldstein, sum(coalesce(sources, 1))::INTEGER AS reports, ${CORROBORATION},
      list(${REPORT_ROW} ORDER BY coalesce(mentions, 0) DESC, dataset, event_id)[1:10] AS rows
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
