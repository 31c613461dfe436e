/** The pure heart of the report: data in, a format-neutral model out. */
import { countryName } from '../core/countries.ts';
import { eventClass } from '../core/event-classes.ts';
import type { StructuralSection } from './structural.ts';
import type { Conflict } from '../core/types.ts';
import { dateLabel } from './format.ts';
import { buildLevelSection } from './level-section.ts';
import { ReferenceList } from './references.ts';
import { renumber } from './renumber.ts';
import {
  agreementRow,
  conflictItem,
  type DisputeIndex,
  isKeyEvent,
  mechanismItem,
  statementItem,
  timelineItem,
  tradeRows,
} from './sections.ts';
import { sectorTable } from './sectors.ts';
import { structuralSection } from './structural.ts';
import { summarySentences } from './sentences.ts';
import type { ReportData, ReportModel, ReportOptions } from './types.ts';

/** Only what was known by the report month: facts dated later are left out. */
export function asOfData(data: ReportData): ReportData {
  const by = (date: string | undefined) => date === undefined || date.slice(0, 7) <= data.asOf;
  const events = data.events.filter((e) => by(e.date));
  const agreements = data.agreements.filter((a) => by(a.signed?.date));
  const mechanisms = data.mechanisms.filter((m) => by(m.established?.date));
  // A target (trade to reach by 2030) is stated before its period: it is kept whatever its period.
  const indicators = data.indicators.filter((x) => /target/.test(x.kind) || by(x.period.slice(0, 7)));
  const kept = new Set([
    ...events.map((e) => `event:${e.id}`),
    ...agreements.map((a) => `agreement:${a.id}`),
    ...mechanisms.map((m) => `mechanism:${m.id}`),
    ...indicators.map((x) => `indicator:${x.id}`),
  ]);
  const conflicts = data.conflicts.filter((c) => kept.has(c.subject));
  return { ...data, events, agreements, mechanisms, indicators, conflicts };
}

/** A words-only name of what a conflict is about. */
function subjectLookup(data: ReportData): (subject: string) => string | undefined {
  const names = new Map<string, string>();
  for (const e of data.events) names.set(`event:${e.id}`, `${e.summary} (${dateLabel(e.date)})`);
  for (const a of data.agreements) names.set(`agreement:${a.id}`, a.title);
  for (const m of data.mechanisms) names.set(`mechanism:${m.id}`, m.title);
  for (const x of data.indicators)
    names.set(`indicator:${x.id}`, `${x.label ?? x.kind.replace(/_/g, ' ')}, ${x.period}`);
  return (s) => names.get(s);
}

function disputeIndex(conflicts: readonly Conflict[]): DisputeIndex {
  const index: DisputeIndex = new Map();
  conflicts.forEach((c, i) => {
    index.set(c.subject, [...(index.get(c.subject) ?? []), `conflict-${i + 1}`]);
  });
  return index;
}

/** The structural record, when the report has the reference data and it holds anything of the pair. */
function structuralOf(data: ReportData): { structural?: StructuralSection } {
  if (!data.structural) return {};
  const s = structuralSection(data.structural.facts, data.structural.indicators, data.asOf);
  return s ? { structural: s } : {};
}

/** Builds the report model of a pair from its data (see {@link ReportData}); pure and deterministic. */
export function buildReportModel(input: ReportData, opts: ReportOptions = {}): ReportModel {
  const data = asOfData(input);
  const refs = new ReferenceList(data.documents);
  const names: [string, string] = [countryName(data.dyad[0]), countryName(data.dyad[1])];
  const asOfLabel = dateLabel(data.asOf);
  const disputes = disputeIndex(data.conflicts);
  const level = buildLevelSection(data, refs, opts.drivers ?? 5);
  const trade = tradeRows(data.indicators, refs);
  const summary = summarySentences(
    {
      names,
      asOfLabel,
      level,
      events: data.events,
      agreements: data.agreements.length,
      mechanisms: data.mechanisms.length,
      conflicts: data.conflicts.length,
      trade,
    },
    refs,
  );
  const lookup = subjectLookup(data);
  // Keys in reading order: `renumber` numbers references by first appearance in this order.
  const model: Omit<ReportModel, 'references'> = {
    title: `Level of bilateral relations between ${names[0]} and ${names[1]}`,
    dyad: data.dyad,
    names,
    asOf: data.asOf,
    asOfLabel,
    now: data.now,
    summary,
    level,
    keyEvents: data.events.filter(isKeyEvent).map((e) => timelineItem(e, refs, disputes)),
    framework: data.mechanisms.map((m) => mechanismItem(m, data.asOf, refs, disputes)),
    agreements: data.agreements.map((a) => agreementRow(a, data.asOf, refs, disputes)),
    sectors: sectorTable(data.events),
    ...structuralOf(data),
    trade,
    statements: data.events
      .filter((e) => eventClass(e.class)?.family === 'statement')
      .map((e) => statementItem(e, refs)),
    conflicts: data.conflicts.map((c, i) => conflictItem(c, `conflict-${i + 1}`, refs, lookup)),
    chronology: data.events.map((e) => timelineItem(e, refs, disputes)),
    counts: {
      events: data.events.length,
      machineEvents: data.machineEvents?.length ?? 0,
      agreements: data.agreements.length,
      mechanisms: data.mechanisms.length,
      conflicts: data.conflicts.length,
    },
  };
  const references = renumber(model, refs.list());
  return { ...model, references };
}
