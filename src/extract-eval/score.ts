import { type Comparable, matchEvents } from './match.ts';

/** Event-level counts and rates for one text, or for a corpus when summed. */
export type Score = {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched pairs whose classes are equal (not only of one family). */
  sameClass: number;
  /** Matched pairs whose extracted date is more precise than the gold: parts the text does not give. */
  morePrecise: number;
  /** False positives that are right but for a date coarser than the gold. */
  coarser: number;
};

export type Counts = Pick<Score, 'gold' | 'extracted' | 'matched' | 'sameClass' | 'morePrecise' | 'coarser'>;

/**
 * Precision, recall and F1 from counts. With nothing to find and nothing found all three are 1; with
 * nothing found (or nothing to find) the undefined rate is 0.
 */
export function rates(counts: Counts): Score {
  const { gold, extracted, matched } = counts;
  const empty = gold === 0 && extracted === 0;
  const precision = extracted === 0 ? (empty ? 1 : 0) : matched / extracted;
  const recall = gold === 0 ? (empty ? 1 : 0) : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Scores the events extracted from one text against its gold. */
export function scoreEvents(gold: readonly Comparable[], extracted: readonly Comparable[]): Score {
  const m = matchEvents(gold, extracted);
  return rates({
    gold: gold.length,
    extracted: extracted.length,
    matched: m.pairs.length,
    sameClass: m.pairs.filter((p) => p.sameClass).length,
    morePrecise: m.pairs.filter((p) => p.morePrecise).length,
    coarser: m.coarser.length,
  });
}

/** Micro-average: sums the counts of every text, then computes the rates once. */
export function microAverage(scores: readonly Counts[]): Score {
  const sum: Counts = { gold: 0, extracted: 0, matched: 0, sameClass: 0, morePrecise: 0, coarser: 0 };
  for (const s of scores) {
    sum.gold += s.gold;
    sum.extracted += s.extracted;
    sum.matched += s.matched;
    sum.sameClass += s.sameClass;
    sum.morePrecise += s.morePrecise;
    sum.coarser += s.coarser;
  }
  return rates(sum);
}
