import type { DossierRecords } from '../core/dossier-records.ts';
import type { DocumentRecord, Dyad, Event } from '../core/types.ts';
import type { ExtractResult } from './extract.ts';
import { datedEvents } from './to-event.ts';

/** What an extraction stores: the document, and per pair the records in the knowledge base's shapes. */
export type ExtractionRecords = { document: DocumentRecord; pairs: DossierRecords[] };

/**
 * The knowledge-base records of an extraction: its dated events (an undated one never enters the
 * level), agreements, mechanisms and indicators, grouped by pair. Statements are their events
 * (with the quotation among the sources); milestones are the rungs of events and agreements and the
 * supreme council's mechanism, so they need no table of their own. A record that points at an
 * event left out (undated) no longer points at it.
 */
export function extractionRecords(result: ExtractResult, text: string): ExtractionRecords {
  const d = result.document;
  const document: DocumentRecord = { id: d.id, language: d.language, text };
  if (d.title) document.title = d.title;
  if (d.url) document.url = d.url;
  if (d.published) document.published = d.published;
  if (d.publisher) document.publisher = d.publisher;
  const events = datedEvents(result.events);
  const saved = new Set(events.map((e) => e.id));
  const pairs = new Map<string, DossierRecords>();
  const pair = (dyad: Dyad): DossierRecords => {
    const key = dyad.join('-');
    let p = pairs.get(key);
    if (!p) {
      p = {
        id: `${d.id}:${key}`,
        dyad,
        documents: [],
        events: [],
        agreements: [],
        mechanisms: [],
        indicators: [],
        conflicts: [],
        coverage: [],
      };
      pairs.set(key, p);
    }
    return p;
  };
  const ref = <T extends { event?: string }>(x: T): T => {
    if (x.event === undefined || saved.has(x.event)) return x;
    const { event: _gone, ...rest } = x;
    return rest as T;
  };
  for (const e of events) pair(e.dyad).events.push(e as Event);
  const r = result.records;
  for (const a of r.agreements) pair(a.dyad).agreements.push(ref(a));
  for (const m of r.mechanisms)
    pair(m.dyad).mechanisms.push({
      ...m,
      meetings: m.meetings.filter((x) => x.event === undefined || saved.has(x.event)).map(ref),
    });
  for (const x of r.indicators) pair(x.dyad).indicators.push(x);
  return { document, pairs: [...pairs.values()] };
}
