import { ALL_RULES, type RuleMatch } from './all-rules.ts';
import { type VerbMatch, verbMatches } from './verb-dictionary.ts';
import { verbStarts } from './verb-pos.ts';

/** Characters after the last candidate verb given to the tagger (a few words of context). */
const TAIL = 30;
/** Statements and comments (010–019): reporting verbs, not events. */
const COMMENT = /^01/;

/**
 * The verbs of PETRARCH's dictionary that state an event in a sentence, as rule matches: the
 * fallback for sentences the project's rules find no event in. Only words wink tags as verbs
 * count ("armed groups", "ethnic riots" are no events); parts of speech are computed only when
 * the dictionary found a candidate.
 */
export function dictionaryMatches(text: string): RuleMatch[] {
  const found = verbMatches(text).filter((m) => !COMMENT.test(m.code));
  if (found.length === 0) return [];
  // A word's part of speech rests on the words before it and a few after: the text past the last
  // candidate is not tagged.
  const last = found[found.length - 1] as VerbMatch;
  const verbs = verbStarts(text.slice(0, Math.min(text.length, last.end + TAIL)));
  return found
    .filter((m) => verbs.has(m.start))
    .map((m) => ({ start: m.start, end: m.end, code: m.code, weak: false, order: ALL_RULES.length }));
}
