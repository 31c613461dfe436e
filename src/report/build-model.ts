/** The pure heart of the report: data in, a format-neutral model out. */
import { countryName } from '../core/countries.ts';
import { eventClass } from '../core/event-classes.ts';
import type { StructuralSection } from './structural.ts';
import type { Agreement, Conflict, Mechanism } from '../core/types.ts';
import { codeLabel, dateLabel, inProse, spanLabel } from './format.ts';
import { buildLevelSection } from './level-section.ts';
import { ReferenceList } from './references.ts';
import { renumber } from './renumber.ts';
import {
  agreementRow,
  conflictItem,
  type DisputeIndex,
  mechanismItem,
  statementItem,
  timelineItem,
  tradeRows,
} from './sections.ts';
import { briefParts } from './brief.ts';
import { withoutContradicted } from './contradictions.ts';
import { phraseOf, type StoryContext } from './story.ts';
import { sectorTable } from './sectors.ts';
import { structuralSection } from './structural.ts';
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

/** A words-only name of what a conflict is about: "the opening of Azerbaijan's embassy in Uzbekistan". */
function subjectLookup(data: ReportData, ctx: StoryContext): (subject: string) => string | undefined {
  const names = new Map<string, string>();
  for (const e of data.events) {
    const phrase = phraseOf(e, ctx, true)?.text(1) ?? `the ${codeLabel(e.class)}`;
    names.set(`event:${e.id}`, `${phrase} of ${dateLabel(e.date)}`);
  }
  for (const a of data.agreements) names.set(`agreement:${a.id}`, `the ${a.title}`);
  for (const m of data.mechanisms) names.set(`mechanism:${m.id}`, `the ${m.title}`);
  for (const x of data.indicators)
    names.set(
      `indicator:${x.id}`,
      `${x.label ?? (x.kind === 'trade_turnover' ? 'trade turnover' : codeLabel(x.kind))} in ${x.period.includes('/') ? spanLabel(...(x.period.split('/') as [string, string])) : dateLabel(x.period)}`,
    );
  return (s) => names.get(s);
}

/** The links the brief's phrases need: agreements and mechanism meetings by event. */
function storyContext(data: ReportData, otherDates: Map<string, string[]>): StoryContext {
  const agreementsByEvent = new Map<string, Agreement[]>();
  for (const a of data.agreements)
    if (a.event) agreementsByEvent.set(a.event, [...(agreementsByEvent.get(a.event) ?? []), a]);
  const mechanismByEvent = new Map<string, Mechanism>();
  for (const m of data.mechanisms) for (const x of m.meetings) if (x.event) mechanismByEvent.set(x.event, m);
  return { agreementsByEvent, mechanismByEvent, otherDates };
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
  const { data, otherDates } = withoutContradicted(asOfData(input));
  const refs = new ReferenceList(data.documents);
  const names: [string, string] = [inProse(countryName(data.dyad[0])), inProse(countryName(data.dyad[1]))];
  const asOfLabel = dateLabel(data.asOf);
  const disputes = disputeIndex(data.conflicts);
  const ctx = storyContext(data, otherDates);
  const sectors = sectorTable(data.events);
  // The level first: its drivers and milestones are cited before the brief's story, as they are read.
  const level = buildLevelSection(data, refs, opts.drivers ?? 5);
  const brief = briefParts(
    {
      dyad: data.dyad,
      names,
      asOfLabel,
      level,
      events: data.events,
      agreements: data.agreements,
      mechanisms: data.mechanisms,
      indicators: data.indicators,
      sectors,
      conflicts: data.conflicts.length,
      story: ctx,
    },
    refs,
  );
  const lookup = subjectLookup(data, ctx);
  // Keys in reading order: `renumber` numbers references by first appearance in this order.
  const model: Omit<ReportModel, 'references'> = {
    title: `Level of bilateral relations between ${names[0]} and ${names[1]}`,
    dyad: data.dyad,
    names,
    asOf: data.asOf,
    asOfLabel,
    now: data.now,
    brief: brief.parts,
    level,
    ...structuralOf(data),
    framework: data.mechanisms.map((m) => mechanismItem(m, data.asOf, refs, disputes)),
    agreements: data.agreements.map((a) => agreementRow(a, data.asOf, refs, disputes)),
    sectors,
    trade: tradeRows(data.indicators, refs),
    statements: data.events
      .filter((e) => eventClass(e.class)?.family === 'statement')
      .map((e) => statementItem(e, refs)),
    conflicts: data.conflicts.map((c, i) => conflictItem(c, `conflict-${i + 1}`, refs, lookup)),
    chronology: data.events.filter((e) => !brief.told.has(e.id)).map((e) => timelineItem(e, refs, disputes)),
    counts: {
      events: data.events.filter((e) => e.provenance !== 'reference').length,
      referenceFacts: data.events.filter((e) => e.provenance === 'reference').length,
      machineEvents: data.machineEvents?.length ?? 0,
      agreements: data.agreements.length,
      mechanisms: data.mechanisms.length,
      conflicts: data.conflicts.length,
    },
  };
  const references = renumber(model, refs.list());
  return { ...model, references };
}
