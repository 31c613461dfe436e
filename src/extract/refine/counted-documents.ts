import { AMONG } from '../classify/find-triggers.ts';
import type { Candidate, DocumentContext, Refiner } from '../types.ts';
import { findSectors } from './sectors.ts';

const SUMMARY_MAX = 600;

/** A signing sentence that counts its documents ("15 MOU's were adopted"): one event, count 15. */
export const countDocuments: Refiner = {
  name: 'count-documents',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      if (c.cameo !== '057') continue;
      const d = c.facts.documents.find((x) => x.count !== undefined);
      if (d?.count === undefined) continue;
      c.count = d.count;
      c.cls = d.kind;
    }
    return candidates;
  },
};

/**
 * "15 MOU's were adopted … Among them is the Action Plan …": the listed titles join the counted
 * event's summary and sectors; a listed document that names the relationship's level (a ladder
 * milestone) becomes an event of its own, dated like the counted one.
 */
export const listedDocuments: Refiner = {
  name: 'listed-documents',
  refine(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    const extra: Candidate[] = [];
    let counted: Candidate | undefined;
    let next = 0;
    const ordered = [...candidates].sort((a, b) => a.facts.sentence.index - b.facts.sentence.index);
    for (const f of ctx.facts) {
      while (next < ordered.length && (ordered[next] as Candidate).facts.sentence.index < f.sentence.index) {
        const c = ordered[next++] as Candidate;
        if (c.count !== undefined) counted = c;
      }
      if (!counted || !AMONG.test(f.sentence.text)) continue;
      const titles = f.documents.map((d) => d.title);
      counted.summary = `${counted.summary} Among them: ${titles.join('; ')}.`.slice(0, SUMMARY_MAX);
      for (const s of findSectors(f.sentence.text)) if (!counted.sectors.includes(s)) counted.sectors.push(s);
      for (const d of f.documents) {
        if (!d.milestone) continue;
        const { count: _count, ...base } = counted;
        extra.push({
          ...base,
          facts: f,
          trigger: { start: d.start, end: d.end, cameo: '057', class: d.kind, rule: 'document' },
          cls: d.kind,
          cameo: '057',
          summary: d.title.replace(/^the\s+/i, ''),
          sectors: findSectors(d.title),
          resolvedActors: [...counted.resolvedActors],
          extraSources: [],
          dateInferred: true,
        });
      }
    }
    if (extra.length === 0) return candidates;
    return [...candidates, ...extra].sort(
      (a, b) => a.facts.sentence.start + a.trigger.start - (b.facts.sentence.start + b.trigger.start),
    );
  },
};
