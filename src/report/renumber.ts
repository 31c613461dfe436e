/** Numbers references in reading order: the first reference cited in the report is [1]. */
import type { Reference, ReportModel } from './types.ts';

/** Visits every `cites` array of a value, in key order (the model is built in reading order). */
function visitCites(value: unknown, fn: (cites: number[]) => void): void {
  if (Array.isArray(value)) for (const v of value) visitCites(v, fn);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'cites' && Array.isArray(v)) fn(v as number[]);
      else visitCites(v, fn);
    }
}

/**
 * Renumbers a model's references by first citation in reading order and rewrites every citation;
 * references cited nowhere (none, normally) keep their relative order at the end.
 */
export function renumber(model: Omit<ReportModel, 'references'>, references: Reference[]): Reference[] {
  const order = new Map<number, number>();
  visitCites(model, (cites) => {
    for (const n of cites) if (!order.has(n)) order.set(n, order.size + 1);
  });
  for (const r of references) if (!order.has(r.n)) order.set(r.n, order.size + 1);
  // One array may be shared by two parts of the model (a milestone and the summary): map it once.
  const done = new Set<number[]>();
  visitCites(model, (cites) => {
    if (done.has(cites)) return;
    done.add(cites);
    const mapped = cites.map((n) => order.get(n)!).sort((a, b) => a - b);
    cites.splice(0, cites.length, ...mapped);
  });
  return references.map((r) => ({ ...r, n: order.get(r.n)! })).sort((a, b) => a.n - b.n);
}
