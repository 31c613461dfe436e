/**
 * Gathers what the level engine reads for a dyad from the knowledge base and the lake. The engine
 * itself stays pure; this is the I/O edge.
 */
import { type CoverageSpan, LEVEL_PARAMS, type LevelInput, lakeCoverageSpans } from '../core/level/index.ts';
import { earliestMonth } from '../core/partial-date.ts';
import { referenceCoverageSpans, referenceForLevel } from '../core/reference/merge.ts';
import { pairSystemEntry } from './reference/system-entry.ts';
import type { Dyad, Event } from '../core/types.ts';
import type { ReferencePort } from '../service/reference-port.ts';
import type { KnowledgeBase } from './kb/knowledge-base.ts';

/** Which events feed the level: the curated and extracted record, the lake, or both. */
export type EventSourceChoice = 'kb' | 'lake' | 'all';

/** Reads a dyad's lake events; absent when there is no lake. */
export type LakeEvents = (dyad: Dyad) => Promise<Event[]>;

/** Reads the share of each month the lake's files cover. */
export type LakeShares = () => Promise<ReadonlyMap<string, number>>;

export type LevelInputOptions = {
  from?: string;
  to?: string;
  events?: EventSourceChoice;
  /** Month (YYYY-MM) that counts as "now": the default end of the series. */
  now: string;
  lake?: LakeEvents;
  lakeShares?: LakeShares;
  /** The reference data sets (alliances, disputes, wars, representation), when available. */
  reference?: ReferencePort;
};

/**
 * The coverage of a pair's sources (docs/METHOD.md, Coverage): the knowledge base's dossiers and
 * documents, and the reference data sets behind `referenceFacts` (the pair's reference facts that
 * count), unless only the lake is asked for; the lake's months unless only the knowledge base is.
 * The one place the CLI, API, report and partners take coverage from.
 */
export function pairCoverage(
  kb: KnowledgeBase,
  dyad: Dyad,
  choice: EventSourceChoice,
  shares: ReadonlyMap<string, number> | undefined,
  referenceFacts: readonly Event[] = [],
): CoverageSpan[] {
  const out: CoverageSpan[] = [];
  if (choice !== 'lake')
    out.push(...kb.coverage(dyad), ...referenceCoverageSpans(referenceFacts, pairSystemEntry(dyad)));
  if (choice !== 'kb' && shares) out.push(...lakeCoverageSpans(shares, LEVEL_PARAMS));
  return out;
}

/**
 * A pair's reference facts that count in its level beside the curated record (docs/METHOD.md,
 * Reference facts): the knowledge base's coverage decides where a dossier outranks them.
 */
export function countedReference(kb: KnowledgeBase, dyad: Dyad, facts: readonly Event[]): Event[] {
  return referenceForLevel(facts, kb.coverage(dyad));
}

/** The first month with any record (events, or agreements' signatures), so a series starts where the data does. */
export function firstMonthOf(events: readonly Event[], extra: readonly string[] = []): string | undefined {
  return earliestMonth([...events.map((e) => e.date), ...extra]);
}

/**
 * Where a series starts when no `from` is given: the record's first month, or `to` itself when the
 * record starts later (a one-month range that the engine reports as not measurable, and why).
 */
export function seriesStart(first: string | undefined, to: string): string {
  return first && first <= to ? first : to;
}

/** `YYYY-MM` for a `YYYY` or `YYYY-MM` option: a bare year means its first or last month. */
export function monthOf(text: string, end: 'first' | 'last'): string {
  if (text.length === 4) return `${text}-${end === 'first' ? '01' : '12'}`;
  return text.slice(0, 7);
}

/** Loads the engine input for a dyad: events, agreements, mechanisms and the month range. */
export async function loadLevelInput(
  kb: KnowledgeBase,
  dyad: Dyad,
  opts: LevelInputOptions,
): Promise<LevelInput> {
  const choice = opts.events ?? 'all';
  const events: Event[] = [];
  if (choice !== 'lake') events.push(...kb.events(dyad));
  if (choice !== 'kb' && opts.lake) events.push(...(await opts.lake(dyad)));
  const shares = choice !== 'kb' && opts.lakeShares ? await opts.lakeShares() : undefined;
  const reference =
    choice !== 'lake' && opts.reference
      ? countedReference(kb, dyad, await opts.reference.pairFacts(dyad))
      : [];
  events.push(...reference);
  const coverage = pairCoverage(kb, dyad, choice, shares, reference);
  const agreements = choice === 'lake' ? [] : kb.agreements(dyad);
  const mechanisms = choice === 'lake' ? [] : kb.mechanisms(dyad);
  const to = opts.to ? monthOf(opts.to, 'last') : opts.now;
  const signed = agreements.flatMap((a) => (a.signed ? [a.signed.date] : []));
  const first = firstMonthOf(events, signed);
  const from = opts.from ? monthOf(opts.from, 'first') : seriesStart(first, to);
  return { dyad, from, to, events, agreements, mechanisms, coverage };
}
