/**
 * The SQL that turns the shipped reference CSVs into the home's Parquet tables: one query per table,
 * every country code resolved through the `cow` and `gw` mapping tables (ISO3 or NULL), every pair
 * stored sorted (`a < b`), every row keeping the line of the shipped file it came from.
 */
import { datasetFile, type ReferenceDatasetId } from '../../core/reference/datasets.ts';
import { sqlString } from '../../ingest/read-lines-sql.ts';

/** The first year read: facts in force from 1946 on (an alliance or rivalry running into it is kept whole). */
export const FIRST_YEAR = 1946;

/** A table of the built reference data: its name, the data set it comes from, and its query. */
export type ReferenceTable = {
  name: string;
  dataset: ReferenceDatasetId;
  /** The shipped file it is built from: the data set's (core/reference/datasets.ts). */
  file: string;
  select: (path: string) => string;
};

const csv = (path: string, extra = ''): string =>
  `(SELECT row_number() OVER () + 1 AS line, * FROM read_csv(${sqlString(path)}, header = true${extra}))`;

/** Joins a raw table's two code columns to ISO3; rows with an unmapped code are counted, not kept. */
const pair = (c1: string, c2: string, map = 'cow') =>
  `JOIN ${map} m1 ON m1.code = r.${c1} JOIN ${map} m2 ON m2.code = r.${c2}
   WHERE m1.iso3 IS NOT NULL AND m2.iso3 IS NOT NULL AND m1.iso3 <> m2.iso3`;

/** The pair a {@link pair} join maps, as the sorted columns `a`, `b`. */
const AB = 'least(m1.iso3, m2.iso3) AS a, greatest(m1.iso3, m2.iso3) AS b';

const TABLES: readonly Omit<ReferenceTable, 'file'>[] = [
  {
    name: 'atop',
    dataset: 'atop',
    // Directed dyad-years (both orders present). The common partners of a pair in a year: third
    // states with which both have the same kind of obligation (docs/METHOD.md, multilateral pacts).
    select: (p) => `
      WITH d AS (
        SELECT r.line, m1.iso3 AS x, m2.iso3 AS y, r.year,
               r.atop_defense = 1 OR r.atop_offense = 1 AS def,
               r.atop_neutral = 1 OR r.atop_nonagg = 1 OR r.atop_consul = 1 AS pact,
               r.atop_defense AS defense, r.atop_offense AS offense, r.atop_neutral AS neutral,
               r.atop_nonagg AS nonagg, r.atop_consul AS consul
        FROM ${csv(p)} r ${pair('ccode1', 'ccode2')} AND r.year >= ${FIRST_YEAR - 10}
      ), c AS (
        SELECT u.x AS a, v.x AS b, u.year,
               count(*) FILTER (WHERE u.def AND v.def) AS def_common,
               count(*) FILTER (WHERE u.pact AND v.pact) AS pact_common
        FROM d u JOIN d v ON u.y = v.y AND u.year = v.year AND u.x < v.x
        GROUP BY ALL
      )
      SELECT d.x AS a, d.y AS b, d.year::INTEGER AS year, d.defense::INTEGER AS defense,
             d.offense::INTEGER AS offense, d.neutral::INTEGER AS neutral, d.nonagg::INTEGER AS nonagg,
             d.consul::INTEGER AS consul, coalesce(c.def_common, 0)::INTEGER AS def_common,
             coalesce(c.pact_common, 0)::INTEGER AS pact_common, d.line::INTEGER AS line
      FROM d LEFT JOIN c ON c.a = d.x AND c.b = d.y AND c.year = d.year
      WHERE d.x < d.y ORDER BY a, b, year`,
  },
  {
    name: 'diplomatic_exchange',
    dataset: 'diplomatic_exchange',
    // DR_at_1: representation of ccode2 in ccode1 (0 none, 1 chargé, 2 minister, 3 ambassador, 9 other).
    select: (p) => `
      SELECT m1.iso3 AS a, m2.iso3 AS b, r.year::INTEGER AS year,
             r.DR_at_1::INTEGER AS rep_in_a, r.DR_at_2::INTEGER AS rep_in_b, r.DE::INTEGER AS de,
             r.line::INTEGER AS line
      FROM ${csv(p)} r ${pair('ccode1', 'ccode2')} AND m1.iso3 < m2.iso3 AND r.year >= ${FIRST_YEAR - 10}
      ORDER BY a, b, year`,
  },
  {
    name: 'mids',
    dataset: 'cow_mid',
    select: (p) => `
      WITH r AS (SELECT *, min(year) OVER (PARTITION BY dispnum) AS styear FROM ${csv(p)})
      SELECT r.dispnum::INTEGER AS dispnum, m1.iso3 AS a, m2.iso3 AS b, r.year::INTEGER AS year,
             r.styear::INTEGER AS styear, r.stmon::INTEGER AS stmon, r.maxdur::INTEGER AS maxdur,
             greatest(r.hostlev1, r.hostlev2)::INTEGER AS hostlev, r.hostlev::INTEGER AS dispute_hostlev,
             r.fatality::INTEGER AS fatality, r.hiact1::INTEGER AS hiact1, r.hiact2::INTEGER AS hiact2,
             r.line::INTEGER AS line
      FROM r ${pair('ccode1', 'ccode2')} AND m1.iso3 < m2.iso3 AND r.year >= ${FIRST_YEAR}
      ORDER BY a, b, dispnum, year`,
  },
  {
    name: 'wars',
    dataset: 'cow_war',
    select: (p) => `
      SELECT r.warnum::INTEGER AS warnum, m1.iso3 AS a, m2.iso3 AS b, r.year::INTEGER AS year,
             (greatest(r.batdeath1, 0) + greatest(r.batdeath2, 0))::BIGINT AS batdeaths,
             r.line::INTEGER AS line
      FROM ${csv(p)} r ${pair('ccode1', 'ccode2')} AND m1.iso3 < m2.iso3 AND r.year >= ${FIRST_YEAR}
      ORDER BY a, b, warnum, year`,
  },
  {
    name: 'ucdp',
    dataset: 'ucdp_acd',
    // Interstate and internationalized conflicts: every state of side A (primary or secondary)
    // against every state of side B.
    select: (p) => `
      WITH u AS (SELECT * FROM ${csv(p, ', all_varchar = true')} WHERE type_of_conflict IN ('interstate', 'II')),
      sa AS (SELECT line, trim(unnest(string_split(concat_ws(',', gwno_a, gwno_a_2nd), ','))) AS g FROM u),
      sb AS (SELECT line, trim(unnest(string_split(concat_ws(',', gwno_b, gwno_b_2nd), ','))) AS g FROM u),
      d AS (
        SELECT DISTINCT sa.line, ${AB}
        FROM sa JOIN sb ON sa.line = sb.line
        JOIN gw m1 ON m1.code = TRY_CAST(sa.g AS INTEGER) JOIN gw m2 ON m2.code = TRY_CAST(sb.g AS INTEGER)
        WHERE sa.g <> '' AND sb.g <> '' AND m1.iso3 IS NOT NULL AND m2.iso3 IS NOT NULL AND m1.iso3 <> m2.iso3
      )
      SELECT u.conflict_id::INTEGER AS conflict_id, d.a, d.b, u.year::INTEGER AS year,
             u.type_of_conflict AS type, u.intensity_level::INTEGER AS intensity,
             u.start_date2 AS episode_start, u.ep_end_date AS episode_end, u.line::INTEGER AS line
      FROM d JOIN u ON u.line = d.line
      ORDER BY a, b, conflict_id, year`,
  },
  {
    name: 'rivalries',
    dataset: 'rivalries',
    select: (p) => `
      SELECT r.rivalryno::INTEGER AS rivalry, r.rivalryname AS name,
             ${AB},
             r.styear::INTEGER AS styear, r.endyear::INTEGER AS endyear,
             concat_ws(', ', r.type1, r.type2, r.type3) AS types, r.line::INTEGER AS line
      FROM ${csv(p)} r ${pair('ccode1', 'ccode2')} AND r.endyear >= ${FIRST_YEAR}
      ORDER BY a, b, styear`,
  },
  {
    name: 'contiguity',
    dataset: 'contiguity',
    select: (p) => `
      SELECT ${AB}, r.conttype::INTEGER AS conttype,
             strftime(r.stdate::DATE, '%Y-%m') AS start, strftime(r.enddate::DATE, '%Y-%m') AS "end",
             min(r.line)::INTEGER AS line
      FROM ${csv(p)} r ${pair('ccode1', 'ccode2')} AND r.enddate::DATE >= DATE '${FIRST_YEAR}-01-01'
        AND r.conttype BETWEEN 1 AND 5
      GROUP BY ALL ORDER BY a, b, start`,
  },
  {
    name: 'unga',
    dataset: 'unga_votes',
    // Dyad-years of joint votes: the share of identical votes, and Voeten's agreement with an
    // abstention counted as half (yes 1, abstain 2, no 3: 1 − |v1 − v2| / 2).
    select: (p) => `
      WITH v AS (
        SELECT r.rcid, r.year, m.iso3, r.vote_code
        FROM ${csv(p)} r JOIN cow m ON m.code = r.ccode WHERE m.iso3 IS NOT NULL
      )
      SELECT x.iso3 AS a, y.iso3 AS b, x.year::INTEGER AS year, count(*)::INTEGER AS joint,
             avg(CASE WHEN x.vote_code = y.vote_code THEN 1.0 ELSE 0.0 END) AS identical,
             avg(1.0 - abs(x.vote_code - y.vote_code) / 2.0) AS agreement
      FROM v x JOIN v y ON x.rcid = y.rcid AND x.iso3 < y.iso3
      GROUP BY ALL ORDER BY a, b, year`,
  },
  {
    name: 'trade',
    dataset: 'cow_trade',
    // flow1: imports of ccode1 from ccode2; −9 is missing. Stored as imports of a from b and of b from a.
    select: (p) => `
      SELECT ${AB}, r.year::INTEGER AS year,
             CASE WHEN r.flow1 < 0 OR r.flow2 < 0 THEN NULL
                  WHEN m1.iso3 < m2.iso3 THEN r.flow1 ELSE r.flow2 END::DOUBLE AS imports_a,
             CASE WHEN r.flow1 < 0 OR r.flow2 < 0 THEN NULL
                  WHEN m1.iso3 < m2.iso3 THEN r.flow2 ELSE r.flow1 END::DOUBLE AS imports_b,
             r.line::INTEGER AS line
      FROM ${csv(p)} r ${pair('ccode1', 'ccode2')} AND r.year >= ${FIRST_YEAR}
      ORDER BY a, b, year`,
  },
  {
    name: 'igo',
    dataset: 'cow_igo',
    select: (p) => `
      SELECT ${AB}, r.year::INTEGER AS year,
             CASE WHEN r.dyadigos < 0 THEN NULL ELSE r.dyadigos END::INTEGER AS igos, r.line::INTEGER AS line
      FROM ${csv(p)} r ${pair('ccode1', 'ccode2')} AND r.year >= ${FIRST_YEAR}
      ORDER BY a, b, year`,
  },
  {
    name: 'icews',
    dataset: 'icews_counts',
    // Directed counts: summed over both directions.
    select: (p) => `
      SELECT ${AB}, r.year::INTEGER AS year,
             sum(r.verbCoop)::INTEGER AS verb_coop, sum(r.matlCoop)::INTEGER AS matl_coop,
             sum(r.verbConf)::INTEGER AS verb_conf, sum(r.matlConf)::INTEGER AS matl_conf,
             min(r.line)::INTEGER AS line
      FROM ${csv(p)} r ${pair('ccode1', 'ccode2')}
      GROUP BY ALL ORDER BY a, b, year`,
  },
];

export const REFERENCE_TABLES: readonly ReferenceTable[] = TABLES.map((t) => ({
  ...t,
  file: datasetFile(t.dataset),
}));

/**
 * Rows of a data set whose country codes the mapping cannot resolve, by code: the counts a build
 * reports. `codes` names the code columns and the mapping table they go through.
 */
export const UNMAPPED_QUERIES: readonly {
  dataset: ReferenceDatasetId;
  file: string;
  sql: (path: string) => string;
}[] = [
  ...(
    [
      ['atop', ['ccode1', 'ccode2']],
      ['diplomatic_exchange', ['ccode1', 'ccode2']],
      ['cow_mid', ['ccode1', 'ccode2']],
      ['cow_war', ['ccode1', 'ccode2']],
      ['rivalries', ['ccode1', 'ccode2']],
      ['contiguity', ['ccode1', 'ccode2']],
      ['unga_votes', ['ccode']],
      ['cow_trade', ['ccode1', 'ccode2']],
      ['cow_igo', ['ccode1', 'ccode2']],
      ['icews_counts', ['ccode1', 'ccode2']],
    ] as const
  ).map(([dataset, cols]) => ({
    dataset,
    file: datasetFile(dataset),
    sql: (path: string) =>
      cols
        .map(
          (
            c,
          ) => `SELECT r.${c} AS code, count(*)::INTEGER AS n FROM read_csv(${sqlString(path)}, header = true) r
                  LEFT JOIN cow m ON m.code = r.${c} WHERE m.iso3 IS NULL GROUP BY ALL`,
        )
        .join(' UNION ALL '),
  })),
  {
    dataset: 'ucdp_acd',
    file: datasetFile('ucdp_acd'),
    sql: (path: string) => `
      WITH u AS (SELECT * FROM read_csv(${sqlString(path)}, header = true, all_varchar = true)
                 WHERE type_of_conflict IN ('interstate', 'II')),
      g AS (SELECT trim(unnest(string_split(concat_ws(',', gwno_a, gwno_a_2nd, gwno_b, gwno_b_2nd), ','))) AS g FROM u)
      SELECT TRY_CAST(g AS INTEGER) AS code, count(*)::INTEGER AS n FROM g
      LEFT JOIN gw m ON m.code = TRY_CAST(g.g AS INTEGER) WHERE g <> '' AND m.iso3 IS NULL GROUP BY ALL`,
  },
];
