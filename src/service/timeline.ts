import { lastDay } from '../core/partial-date.ts';
import type { Conflict, Dyad, Event, Provenance } from '../core/types.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';
import type { LakePort } from './lake-port.ts';
import type { ReferencePort } from './reference-port.ts';

/** Where timeline events come from: the knowledge base, the lake, or both. */
export type EventSource = 'kb' | 'lake' | 'all';

export type TimelineQuery = {
  from?: string;
  to?: string;
  classes?: readonly string[];
  sectors?: readonly string[];
  provenance?: readonly Provenance[];
  source?: EventSource;
  /** The reference data sets: their facts join the record's unless only the lake is asked for. */
  reference?: ReferencePort | undefined;
};

/** DESIGN's `timeline --json`: the events, plus the conflicts that concern them. */
export type Timeline = { dyad: Dyad; events: Event[]; conflicts: Conflict[] };

/** A pair's events in date order, filtered, with the source disagreements that touch them. */
export async function timelineOf(
  kb: KnowledgeBase,
  lake: LakePort | undefined,
  dyad: Dyad,
  q: TimelineQuery = {},
): Promise<Timeline> {
  const source = q.source ?? 'kb';
  let events: Event[] = [];
  if (source !== 'lake') {
    events = kb.events(dyad, {
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
      ...(q.classes ? { classes: q.classes } : {}),
      ...(q.provenance ? { provenance: q.provenance } : {}),
    });
  }
  if (source !== 'lake' && q.reference) {
    const from = q.from;
    const to = q.to;
    const facts = (await q.reference.pairFacts(dyad)).filter(
      (e) =>
        (!from || (e.end ?? e.date) >= from.slice(0, e.end?.length ?? e.date.length)) &&
        (!to || e.date.slice(0, to.length) <= to) &&
        (!q.classes || q.classes.includes(e.class)) &&
        (!q.provenance || q.provenance.includes(e.provenance)),
    );
    events = [...events, ...facts].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  }
  if (source !== 'kb' && lake) {
    const range = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: lastDay(q.to) } : {}) };
    const lakeEvents = (await lake.dyadEvents(dyad[0], dyad[1], range)).filter(
      (e) =>
        (!q.classes || q.classes.includes(e.class)) && (!q.provenance || q.provenance.includes(e.provenance)),
    );
    events = [...events, ...lakeEvents].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  }
  if (q.sectors?.length) events = events.filter((e) => e.sectors.some((s) => q.sectors!.includes(s)));
  const ids = new Set(events.map((e) => `event:${e.id}`));
  return { dyad, events, conflicts: kb.conflicts(dyad).filter((c) => ids.has(c.subject)) };
}
