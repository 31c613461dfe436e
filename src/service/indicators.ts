import { REFERENCE_DATASETS, type ReferenceDatasetId } from '../core/reference/datasets.ts';
import type { Dyad } from '../core/types.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';

/** One year of UN General Assembly voting: joint votes, share identical, Voeten's agreement (abstain as half). */
export type UnYear = { year: number; joint: number; identical: number; agreement: number };

/** Trade turnover of a year (or part of one), million US$, from COW or a dossier. */
export type TradeYear = {
  period: string;
  /** Imports of the first country of the pair from the second, and of the second from the first (COW). */
  importsA: number | null;
  importsB: number | null;
  turnover: number | null;
  source: 'cow_trade' | 'dossier';
  /** A dossier figure's id and note. */
  ref?: string;
  note?: string;
};

export type ContiguityRecord = { type: number; label: string; from: string; to: string };

/** Structural indicators beside the level (README, Indicators): never inputs of the level. */
export type Indicators = {
  dyad: Dyad;
  un: UnYear[];
  trade: TradeYear[];
  igos: { year: number; shared: number }[];
  icews: { year: number; verbCoop: number; matlCoop: number; verbConf: number; matlConf: number }[];
  contiguity: ContiguityRecord[];
  /** The data sets behind the figures, cited. */
  sources: { dataset: ReferenceDatasetId; title: string; version: string; years: string; citation: string }[];
};

/** What the indicators read of the reference data (src/store/reference's `Reference`). */
export type IndicatorSource = {
  indicators(
    a: string,
    b: string,
  ): Promise<
    {
      year: number;
      un: { joint: number; identical: number; agreement: number } | null;
      trade: { importsA: number | null; importsB: number | null; turnover: number | null } | null;
      igos: number | null;
      icews: { verbCoop: number; matlCoop: number; verbConf: number; matlConf: number } | null;
    }[]
  >;
  contiguity(a: string, b: string): Promise<{ conttype: number; start: string; end: string }[]>;
};

const CONTIGUITY = [
  '',
  'land or river border',
  'separated by 12 miles of water or less',
  'separated by 24 miles of water or less',
  'separated by 150 miles of water or less',
  'separated by 400 miles of water or less',
];

const USED: readonly ReferenceDatasetId[] = [
  'unga_votes',
  'cow_trade',
  'cow_igo',
  'icews_counts',
  'contiguity',
];

/**
 * A pair's structural record per year: UN voting agreement, trade turnover (COW to 2014, then the
 * dossiers' figures), shared IGO memberships, ICEWS quad counts, contiguity.
 */
export async function indicatorsOf(kb: KnowledgeBase, ref: IndicatorSource, dyad: Dyad): Promise<Indicators> {
  const years = await ref.indicators(dyad[0], dyad[1]);
  const un: UnYear[] = [];
  const trade: TradeYear[] = [];
  const igos: Indicators['igos'] = [];
  const icews: Indicators['icews'] = [];
  for (const y of years) {
    if (y.un) un.push({ year: y.year, ...y.un });
    if (y.trade) trade.push({ period: String(y.year), ...y.trade, source: 'cow_trade' });
    if (y.igos !== null) igos.push({ year: y.year, shared: y.igos });
    if (y.icews) icews.push({ year: y.year, ...y.icews });
  }
  const lastCow = trade.at(-1)?.period ?? '';
  for (const i of kb.indicators(dyad)) {
    if (i.kind !== 'trade_turnover' || i.value === undefined || i.period.slice(0, 4) <= lastCow) continue;
    trade.push({
      period: i.period,
      importsA: null,
      importsB: null,
      turnover: i.value,
      source: 'dossier',
      ref: i.id,
      ...(i.note ? { note: i.note } : {}),
    });
  }
  const contiguity = (await ref.contiguity(dyad[0], dyad[1])).map((c) => ({
    type: c.conttype,
    label: CONTIGUITY[c.conttype] ?? `type ${c.conttype}`,
    from: c.start,
    to: c.end,
  }));
  const sources = REFERENCE_DATASETS.filter((d) => USED.includes(d.id)).map((d) => ({
    dataset: d.id,
    title: d.title,
    version: d.version,
    years: `${d.firstYear}–${d.lastYear}`,
    citation: d.citation,
  }));
  return { dyad, un, trade, igos, icews, contiguity, sources };
}
