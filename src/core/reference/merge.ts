/**
 * How reference facts join a pair's record (docs/METHOD.md, Reference facts): the coverage each
 * data set declares, and the rule that a curated dossier outranks the reference ladder it overlaps.
 */
import type { CoverageSpan } from '../level/coverage.ts';
import { monthIndex, monthString } from '../partial-date.ts';
import type { Event } from '../types.ts';
import { REFERENCE_DATASETS } from './datasets.ts';
import { REFERENCE_FIRST_YEAR } from './facts.ts';

/** Classes of reference facts that set the ladder (alliances, representation), not conflict. */
const LADDER_CLASSES = new Set(['alliance', 'diplomatic_representation']);

/**
 * The coverage of the data sets behind a pair's counted reference facts (`facts`): from the data
 * set's first year (1946 at the earliest), or from `since`, the year both states are in the state
 * system when that is later, to the December of its last year. A data set in which the pair has no
 * fact that counts declares nothing for it, nor one whose years end before the pair exists. Not
 * routine: these data sets record alliances, representation, disputes and wars, not visits or
 * calls, so a quiet stretch in them says nothing about contact.
 */
export function referenceCoverageSpans(facts: readonly Event[], since?: number): CoverageSpan[] {
  const used = new Set(facts.flatMap((e) => (e.reference ? [e.reference.dataset] : [])));
  return REFERENCE_DATASETS.filter((d) => d.level && used.has(d.id)).flatMap((d) => {
    const from = Math.max(d.firstYear, REFERENCE_FIRST_YEAR, since ?? -Infinity);
    if (from > d.lastYear) return [];
    return [
      {
        source: `reference:${d.id}`,
        kind: 'reference',
        from: `${from}-01`,
        to: `${d.lastYear}-12`,
        routine: false,
        label: `${d.title} ${d.version}, ${from}–${d.lastYear} (yearly)`,
      },
    ];
  });
}

/**
 * The reference facts that count beside a pair's curated record. Where a dossier covers the pair,
 * its ladder is the pair's ladder: a reference ladder fact (an ATOP alliance, a COW representation)
 * counts only where its data set records it after the last month any dossier covers, from the
 * month after it. Conflict facts
 * (disputes, wars, armed conflicts, rivalries) always count; ladder facts that set no rung are left
 * out (they move nothing). Every fact stays in the timeline.
 */
export function referenceForLevel(facts: readonly Event[], coverage: readonly CoverageSpan[]): Event[] {
  let dossierEnd = -Infinity;
  for (const s of coverage) if (s.kind === 'dossier') dossierEnd = Math.max(dossierEnd, monthIndex(s.to));
  const out: Event[] = [];
  for (const e of facts) {
    if (!LADDER_CLASSES.has(e.class)) {
      out.push(e);
      continue;
    }
    // A ladder fact that sets no rung (no representation, a pact between strangers) moves nothing.
    if (e.rung === undefined) continue;
    if (dossierEnd === -Infinity) {
      out.push(e);
      continue;
    }
    // A fact held past its data set's last year is the data set's assumption; a dossier covering
    // those years outranks it too.
    const lastYear = REFERENCE_DATASETS.find((d) => d.id === e.reference?.dataset)?.lastYear;
    const recorded = e.until ?? (lastYear !== undefined ? `${lastYear}-12` : undefined);
    const until = recorded !== undefined ? monthIndex(recorded) : Infinity;
    if (until <= dossierEnd) continue;
    if (monthIndex(e.date) > dossierEnd) out.push(e);
    else {
      const { end: _end, ...rest } = e;
      out.push({ ...rest, date: monthString(dossierEnd + 1), precision: 'month' });
    }
  }
  return out;
}
