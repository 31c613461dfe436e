/** The brief as data for the dashboard: its parts, the disagreements and the references they cite. */
import { citationLead, unnumbered } from '../core/citation.ts';
import type { BriefPart, ConflictItem, ReportModel } from './types.ts';

export type BriefView = {
  title: string;
  names: [string, string];
  asOf: string;
  brief: BriefPart[];
  conflicts: Omit<ConflictItem, 'anchor'>[];
  /** Only the references the brief and the disagreements cite. */
  references: { n: number; text: string; url?: string }[];
};

/** The dashboard's view of a report model. */
export function briefView(m: ReportModel): BriefView {
  const cited = new Set<number>();
  for (const p of m.brief) for (const s of p.sentences) for (const n of s.cites) cited.add(n);
  for (const c of m.conflicts) for (const cl of c.claims) for (const n of cl.cites) cited.add(n);
  return {
    title: m.title,
    names: m.names,
    asOf: m.asOf,
    brief: m.brief,
    conflicts: m.conflicts.map(({ anchor: _anchor, ...c }) => c),
    references: m.references
      .filter((r) => cited.has(r.n))
      .map((r) => ({ n: r.n, text: citationLead(unnumbered(r)), ...(r.url ? { url: r.url } : {}) })),
  };
}
