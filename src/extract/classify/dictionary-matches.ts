import { ALL_RULES, type RuleMatch } from './all-rules.ts';
import { verbMatches } from './verb-dictionary.ts';
import { verbStarts } from './verb-pos.ts';

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
  const verbs = verbStarts(text);
  return found
    .filter((m) => verbs.has(m.start))
    .map((m) => ({ start: m.start, end: m.end, code: m.code, weak: false, order: ALL_RULES.length }));
}
