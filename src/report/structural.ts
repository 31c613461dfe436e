/**
 * The "Structural record" of a report: the reference data's periods (alliances, representation,
 * disputes and wars) and indicators (UN alignment, trade, shared IGOs, contiguity) beside the level,
 * never inside it.
 */
import type { Event } from '../core/types.ts';
import type { Indicators } from '../service/indicators.ts';
import { spanLabel } from './format.ts';
import { readable } from './sections.ts';

/** A period of one kind of reference fact, for the chart and the list. */
export type StructuralPeriod = {
  kind: 'alliance' | 'representation' | 'dispute' | 'war' | 'rivalry';
  from: string;
  /** Inclusive; the data set's last year when the fact holds on. */
  to: string;
  label: string;
  /** The data set and version that records it. */
  source: string;
};

export type StructuralSection = {
  periods: StructuralPeriod[];
  un: { year: number; agreement: number; identical: number; joint: number }[];
  trade: { period: string; turnover: number; source: 'cow_trade' | 'dossier' }[];
  igos: { year: number; shared: number }[];
  contiguity: string[];
  /** The data sets behind the indicators, cited. */
  sources: string[];
};

const KIND: Record<string, StructuralPeriod['kind']> = {
  alliance: 'alliance',
  diplomatic_representation: 'representation',
  mid_threat: 'dispute',
  mid_display: 'dispute',
  mid_force: 'dispute',
  mid_war: 'dispute',
  war: 'war',
  armed_conflict: 'war',
  rivalry: 'rivalry',
};

/** The section, from a pair's reference facts (all of them, counted or not) and its indicators, up to `asOf`. */
export function structuralSection(
  facts: readonly Event[],
  ind: Indicators,
  asOf: string,
): StructuralSection | undefined {
  const year = Number(asOf.slice(0, 4));
  const periods = facts
    // Representation is drawn where there is some: an observation of none is not a period of it.
    .filter(
      (e) =>
        e.provenance === 'reference' &&
        e.date.slice(0, 7) <= asOf &&
        KIND[e.class] &&
        (e.class !== 'diplomatic_representation' || e.rung?.startsWith('EMBASS')),
    )
    .map((e) => ({
      kind: KIND[e.class]!,
      from: e.date,
      to: e.end ?? e.date,
      label: readable(e.summary, e.dyad),
      source: e.sources[0]?.document ?? '',
    }));
  const un = ind.un.filter((u) => u.year <= year);
  const trade = ind.trade.flatMap((t) =>
    t.turnover !== null && Number(t.period.slice(0, 4)) <= year
      ? [
          {
            period: t.period.includes('/')
              ? spanLabel(...(t.period.split('/') as [string, string]))
              : t.period,
            turnover: t.turnover,
            source: t.source,
          },
        ]
      : [],
  );
  const igos = ind.igos.filter((i) => i.year <= year);
  if (periods.length === 0 && un.length === 0 && trade.length === 0 && igos.length === 0) return undefined;
  return {
    periods,
    un,
    trade,
    igos,
    contiguity: ind.contiguity.map((c) => `${c.label} (${spanLabel(c.from, c.to)})`),
    sources: ind.sources.map((s) => `${s.title} ${s.version} (${s.years}): ${s.citation}`),
  };
}
