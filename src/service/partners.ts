import { countryName, sortedDyad } from '../core/countries.ts';
import { computeLevel, type LevelPoint, lastEvidenceIndex } from '../core/level/index.ts';
import { monthIndex, monthString } from '../core/partial-date.ts';
import type { Dyad, Event } from '../core/types.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';
import { countedReference, firstMonthOf, pairCoverage } from '../store/level-input.ts';
import type { LakePort } from './lake-port.ts';
import type { ReferencePort } from './reference-port.ts';
import type { EventSource } from './timeline.ts';

export type PartnerRow = {
  iso3: string;
  name: string;
  month: string;
  score: number;
  display: number;
  level: LevelPoint['level'];
  sublevel: LevelPoint['sublevel'];
  rung: LevelPoint['rung'];
  /**
   * Change of the score over the 12 months to the last month with evidence (`month` unless it is
   * projected); null when the record is shorter.
   */
  trend12: number | null;
  /** Events recorded up to `month` (curated, extracted and lake). */
  events: number;
  /** How `month` is covered for this pair; a projected value is the model carried past its evidence. */
  coverage: LevelPoint['coverage'];
  projected: boolean;
  /** The last month with evidence for the pair, up to `month`. */
  lastEvidence: string | null;
};

export type Partners = {
  country: string;
  month: string;
  method: { name: 'rls'; version: string } | null;
  partners: PartnerRow[];
};

/**
 * A country's level with every partner it has data for at `month`, ranked from best to worst. A
 * pair that is not measurable at `month` (no fact up to it) is left out, by the engine's one rule.
 */
export async function partnersOf(
  kb: KnowledgeBase,
  lake: LakePort | undefined,
  iso3: string,
  q: { month?: string; now: string; events?: EventSource; reference?: ReferencePort | undefined },
): Promise<Partners> {
  const month = q.month ?? q.now;
  const choice = q.events ?? 'all';
  const lakeEvents = choice !== 'kb' && lake ? await lake.countryEvents(iso3) : new Map<string, Event[]>();
  const refFacts =
    choice !== 'lake' && q.reference ? await q.reference.countryFacts(iso3) : new Map<string, Event[]>();
  const others = new Set<string>([...lakeEvents.keys(), ...refFacts.keys()]);
  if (choice !== 'lake')
    for (const { dyad } of kb.dyads())
      if (dyad.includes(iso3)) others.add(dyad[0] === iso3 ? dyad[1] : dyad[0]);
  const rows: PartnerRow[] = [];
  let method: Partners['method'] = null;
  for (const other of [...others].sort()) {
    const dyad: Dyad = sortedDyad(iso3, other);
    const reference = countedReference(kb, dyad, refFacts.get(other) ?? []);
    const events = [
      ...(choice !== 'lake' ? kb.events(dyad, { to: month }) : []),
      ...(lakeEvents.get(other) ?? []),
      ...reference,
    ].filter((e) => e.date.slice(0, 7) <= month);
    const agreements = choice !== 'lake' ? kb.agreements(dyad) : [];
    const mechanisms = choice !== 'lake' ? kb.mechanisms(dyad) : [];
    const signed = agreements.flatMap((a) =>
      a.signed && a.signed.date.slice(0, 7) <= month ? [a.signed.date] : [],
    );
    const first = firstMonthOf(events, signed) ?? month;
    const from = monthString(Math.min(monthIndex(first), monthIndex(month) - 12));
    const shares = choice !== 'kb' && lake ? await lake.coverageShares(dyad) : undefined;
    const coverage = pairCoverage(kb, dyad, choice, shares, reference);
    const level = computeLevel({ dyad, from, to: month, events, agreements, mechanisms, coverage });
    method = level.method;
    if (!level.measurable) continue;
    const last = level.series.at(-1)!;
    // The trend is measured on evidence: from the last month with evidence back 12 months.
    const lastEvidence = lastEvidenceIndex(level.series);
    const evidence = lastEvidence >= 0 ? level.series[lastEvidence]! : undefined;
    const yearAgo = lastEvidence >= 12 ? level.series[lastEvidence - 12] : undefined;
    rows.push({
      iso3: other,
      name: countryName(other),
      month,
      score: last.score,
      display: last.display,
      level: last.level,
      sublevel: last.sublevel,
      rung: last.rung,
      trend12:
        evidence && yearAgo && monthIndex(yearAgo.month) >= monthIndex(first)
          ? evidence.score - yearAgo.score
          : null,
      events: events.length,
      coverage: last.coverage,
      projected: last.projected,
      lastEvidence: level.coverage.lastEvidence ?? null,
    });
  }
  rows.sort((a, b) => b.score - a.score || a.iso3.localeCompare(b.iso3));
  return { country: iso3, month, method, partners: rows };
}
