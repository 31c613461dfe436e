import type { Candidate, DocumentContext, Refiner } from '../types.ts';

/** Longest summary: a sentence a reader takes in at a glance; longer ones are cut at a word. */
export const SUMMARY_MAX = 220;

/** A dateline opening the sentence: "TASHKENT, December 22, 2022. ", "BAKU, Aug 8 (Reuters) - ". */
const DATELINE =
  /^\p{Lu}[\p{L} .'’-]{1,40},\s+[^\n–—-]{3,40}?\s*(?:\([\p{L} .]{2,20}\)\s*)?(?:[–—-]+|\.)\s+(?=\p{Lu})/u;
/** Connectives that tie the sentence to the one before and say nothing on their own. */
const CONNECTIVE =
  /^(?:in\s+total|in\s+addition|additionally|also|besides|furthermore|moreover|meanwhile|in\s+turn|at\s+the\s+same\s+time|overall|altogether|as\s+a\s+result)\s*,\s*/i;
/** The press attribution closing a news sentence: ", the Akorda press service reports.", ", Trend reports." */
const PRESS_ATTRIBUTION =
  /,\s*(?:the\s+|according\s+to\s+the\s+)?[\p{L}.'’ -]{0,60}?(?:press\s+(?:service|office)|news\s+agency|agency|\.uz|\.az|\.kz|Trend|Kazinform|Reuters|TASS)(?:\s+of\s+[^,.]{1,60})?(?:\s+(?:reports?|reported|informs?|informed|said|says))?\s*\.$/u;

const ATTRIBUTION_END =
  /(?:reports?|reported|informs?|informed|said|says|service|office|agency|\.uz|\.az|\.kz|Trend|Kazinform|Reuters|TASS)\s*\.$/;

/**
 * A sentence made into a summary: no dateline, no leading connective ("In total,"), no closing
 * press attribution, a capital first letter, and no longer than {@link SUMMARY_MAX} characters.
 */
export function cleanSummary(sentence: string): string {
  let s = sentence.trim().replace(/\s+/g, ' ');
  s = s.replace(DATELINE, '');
  s = s.replace(CONNECTIVE, '');
  // The attribution pattern only where a sentence can end in one (it is the costly one).
  const cut = ATTRIBUTION_END.test(s.slice(-40)) ? s.replace(PRESS_ATTRIBUTION, '.') : s;
  // Keep the attribution when it is all the sentence has left.
  if (cut.length > 20) s = cut;
  if (s.length > 0) s = s[0]!.toUpperCase() + s.slice(1);
  if (s.length > SUMMARY_MAX) {
    const at = s.lastIndexOf(' ', SUMMARY_MAX - 1);
    s = `${s.slice(0, at > SUMMARY_MAX / 2 ? at : SUMMARY_MAX - 1).replace(/[,;:\s]+$/, '')}…`;
  }
  return s;
}

/** Every summary cleaned (the last refiner: earlier ones may extend a summary). */
export const cleanSummaries: Refiner = {
  name: 'clean-summaries',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) c.summary = cleanSummary(c.summary);
    return candidates;
  },
};
