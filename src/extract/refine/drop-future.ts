import type { Candidate, DocumentContext, Refiner } from '../types.ts';

/** Words that make what follows a plan (exported: a date they govern dates no past event): "will meet", "is expected to visit", "to be held". */
export const FUTURE =
  /\b(?:will|shall|would|to\s+be\s+held|is\s+to|are\s+to|expected|scheduled|planned|upcoming|forthcoming)\b/i;
/** How far before a trigger or date a future marker governs it. */
export const FUTURE_REACH = 40;

/**
 * Drops what a text announces as a plan: an event dated after the document's reference date that
 * the text words as future, or dated in a later year than the document. A report may run a day
 * past its dateline ("the next day … arrived"), so a later date alone is not enough. Intents stay:
 * they are dated when stated. Without a reference date nothing is dropped.
 */
export const dropFuture: Refiner = {
  name: 'drop-future',
  refine(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    const ref = ctx.referenceDate;
    if (!ref) return candidates;
    return candidates.filter((c) => {
      const d = c.date?.date;
      if (c.cls === 'intent' || d === undefined || d <= ref.slice(0, d.length)) return true;
      if (d.slice(0, 4) > ref.slice(0, 4)) return false;
      const text = c.facts.sentence.text;
      return !FUTURE.test(text.slice(Math.max(0, c.trigger.start - FUTURE_REACH), c.trigger.end));
    });
  },
};
