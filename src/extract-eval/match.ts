import { eventClass } from '../core/event-classes.ts';

/** What matching needs of an event, gold or extracted: the pair, the class and the date. */
export type Comparable = { dyad: readonly string[]; class: string; date: string };

/** One gold event paired with one extracted event (indices into the two lists). */
export type MatchPair = {
  gold: number;
  extracted: number;
  /** The classes are equal, not only of one family. */
  sameClass: boolean;
  /** The extracted date states parts the gold does not (e.g. a day where the text gives a month). */
  morePrecise: boolean;
};

export type MatchResult = {
  pairs: MatchPair[];
  /** Gold events no extracted event matched (misses). */
  unmatchedGold: number[];
  /** Extracted events that match no gold event (false positives). */
  unmatchedExtracted: number[];
  /**
   * Unmatched extracted events that would match an unmatched gold event had the gold been as coarse as
   * they are: the right event with a date less precise than the text gives.
   */
  coarser: number[];
};

/** The class family, or undefined for a name that is not a class. */
function familyOf(name: string): string | undefined {
  return eventClass(name)?.family;
}

function sortedKey(dyad: readonly string[]): string {
  return [...dyad].sort().join('-');
}

/**
 * True when the extracted event matches the gold one: the same unordered pair, the same class family and
 * the same date at the gold's precision (the extracted date may be more precise; it may not be coarser).
 */
export function eventsMatch(gold: Comparable, extracted: Comparable): boolean {
  const family = familyOf(gold.class);
  if (family === undefined || family !== familyOf(extracted.class)) return false;
  if (sortedKey(gold.dyad) !== sortedKey(extracted.dyad)) return false;
  return extracted.date.length >= gold.date.length && extracted.date.startsWith(gold.date);
}

/**
 * Pairs gold and extracted events one to one, greedily: among all matching pairs, take first those with
 * the same class, then those whose precision is closest to the gold's, then in document order.
 */
export function matchEvents(gold: readonly Comparable[], extracted: readonly Comparable[]): MatchResult {
  const candidates: MatchPair[] = [];
  gold.forEach((g, gi) => {
    extracted.forEach((e, ei) => {
      if (!eventsMatch(g, e)) return;
      candidates.push({
        gold: gi,
        extracted: ei,
        sameClass: g.class === e.class,
        morePrecise: e.date.length > g.date.length,
      });
    });
  });
  const extraPrecision = (p: MatchPair) => extracted[p.extracted]!.date.length - gold[p.gold]!.date.length;
  candidates.sort(
    (a, b) =>
      Number(b.sameClass) - Number(a.sameClass) ||
      extraPrecision(a) - extraPrecision(b) ||
      a.gold - b.gold ||
      a.extracted - b.extracted,
  );
  const goldTaken = new Set<number>();
  const extractedTaken = new Set<number>();
  const pairs: MatchPair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || extractedTaken.has(c.extracted)) continue;
    goldTaken.add(c.gold);
    extractedTaken.add(c.extracted);
    pairs.push(c);
  }
  pairs.sort((a, b) => a.gold - b.gold);
  const unmatchedGold = gold.map((_, i) => i).filter((i) => !goldTaken.has(i));
  const unmatchedExtracted = extracted.map((_, i) => i).filter((i) => !extractedTaken.has(i));
  const coarser = unmatchedExtracted.filter((ei) =>
    unmatchedGold.some((gi) => {
      const g = gold[gi]!;
      const e = extracted[ei]!;
      return e.date.length < g.date.length && eventsMatch({ ...g, date: g.date.slice(0, e.date.length) }, e);
    }),
  );
  return { pairs, unmatchedGold, unmatchedExtracted, coarser };
}
