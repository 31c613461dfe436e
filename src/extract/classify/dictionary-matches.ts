import { ALL_RULES, type RuleMatch } from './all-rules.ts';
import { type VerbMatch, verbMatches } from './verb-dictionary.ts';
import { verbStarts } from './verb-pos.ts';

/** Characters before the first and after the last candidate verb given to the tagger. */
const HEAD = 50;
const TAIL = 30;
/** Statements and comments (010–019): reporting verbs, not events. */
const COMMENT = /^01/;

/**
 * The verbs of PETRARCH's dictionary that state an event in a sentence, as rule matches: the
 * fallback for sentences the project's rules find no event in. Only words wink tags as verbs
 * count ("armed groups", "ethnic riots" are no events); parts of speech are computed only when
 * the dictionary found a candidate that `admit` (the caller's conditions on its place) lets through.
 */
export function dictionaryMatches(text: string, admit: (m: VerbMatch) => boolean = () => true): RuleMatch[] {
  const found = verbMatches(text).filter((m) => !COMMENT.test(m.code) && admit(m));
  if (found.length === 0) return [];
  // A word's part of speech rests on the few words around it: only that window is tagged (the
  // tagger's time grows with the words it reads).
  const first = found[0] as VerbMatch;
  const last = found[found.length - 1] as VerbMatch;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, first.start - HEAD)) + 1);
  const verbs = verbStarts(text.slice(from, Math.min(text.length, last.end + TAIL)));
  return found
    .filter((m) => verbs.has(m.start - from))
    .map((m) => ({ start: m.start, end: m.end, code: m.code, weak: false, order: ALL_RULES.length }));
}
