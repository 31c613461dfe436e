import { goldstein } from '../core/cameo.ts';
import type { Event } from '../core/types.ts';
import type { Candidate, ExtractedEvent } from './types.ts';

/** Confidence of a fully stated event; each thing the extractor had to infer lowers it. */
const BASE_CONFIDENCE = 0.8;

/** The `Event` a finished candidate states, with its evidence; `i` numbers it within the document. */
export function toEvent(c: Candidate, i: number, documentId: string): ExtractedEvent {
  if (!c.dyad) throw new Error(`candidate ${i} has no pair`);
  let confidence = BASE_CONFIDENCE;
  if (c.dateInferred || !c.date) confidence -= 0.15;
  if (c.dyadInferred) confidence -= 0.1;
  if (c.approximate) confidence -= 0.1;
  const sources = [c.facts.sentence, ...c.extraSources].map((x) => ({
    document: documentId,
    quote: x.text,
    start: x.start,
    end: x.end,
  }));
  const ev: ExtractedEvent = {
    id: `${documentId}#${i + 1}`,
    date: c.date?.date ?? null,
    precision: c.date?.precision ?? 'unknown',
    dyad: c.dyad,
    initiator: c.initiator,
    class: c.cls,
    cameo: c.cameo,
    goldstein: goldstein(c.cameo) ?? 0,
    actors: c.resolvedActors,
    summary: c.summary,
    sectors: c.sectors,
    sources,
    provenance: 'extracted',
    confidence: Math.round(Math.max(0.1, confidence) * 100) / 100,
  };
  if (c.date?.end) ev.end = c.date.end;
  if (c.datedByPublication) ev.dated_by = 'publication';
  if (c.place) ev.place = c.place;
  if (c.count !== undefined) ev.count = c.count;
  if (c.setting) ev.setting = c.setting;
  if (c.rung) ev.rung = c.rung;
  // Rebels, protesters, companies act for their country but not as its state: the level weighs them low.
  const acting = c.resolvedActors.filter((a) => c.initiator === 'both' || a.country === c.initiator);
  if (acting.length > 0 && acting.every((a) => a.nonState)) ev.actorLevel = 'sub';
  return ev;
}

/** The dated events of a list, as the knowledge base and the level take them. */
export function datedEvents(events: readonly ExtractedEvent[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    if (e.date === null || e.precision === 'unknown') continue;
    const { dated_by: _by, ...rest } = e;
    out.push({ ...rest, date: e.date, precision: e.precision });
  }
  return out;
}
