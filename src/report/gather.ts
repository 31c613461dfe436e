/** The report's only I/O: reads what the knowledge base holds for a dyad. */
import type { DocumentRecord, Dyad, Source } from '../core/types.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';
import type { ReportData } from './types.ts';

export type GatherOptions = {
  /** Last month covered, `YYYY-MM` (default: `now`). */
  asOf?: string;
  /** The month the report is written, `YYYY-MM`. */
  now: string;
};

/** Every `sources` list anywhere inside a fact. */
function collectSources(value: unknown, out: Source[]): void {
  if (Array.isArray(value)) for (const v of value) collectSources(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) out.push(...(v as Source[]));
      else collectSources(v, out);
    }
}

/** Reads a dyad's events, agreements, mechanisms, indicators, conflicts and the documents they cite. */
export function gatherReportData(kb: KnowledgeBase, dyad: Dyad, opts: GatherOptions): ReportData {
  const data: ReportData = {
    dyad,
    asOf: opts.asOf ?? opts.now,
    now: opts.now,
    events: kb.events(dyad),
    agreements: kb.agreements(dyad),
    mechanisms: kb.mechanisms(dyad),
    indicators: kb.indicators(dyad),
    conflicts: kb.conflicts(dyad),
    coverage: kb.coverage(dyad),
    documents: {},
  };
  const sources: Source[] = [];
  collectSources([data.events, data.agreements, data.mechanisms, data.indicators, data.conflicts], sources);
  for (const id of new Set(sources.map((s) => s.document))) {
    const doc = id ? kb.document(id) : undefined;
    if (!doc) continue;
    // The text can be long and the report never prints it.
    const { text: _text, ...rest } = doc;
    data.documents[id] = rest satisfies DocumentRecord;
  }
  return data;
}
