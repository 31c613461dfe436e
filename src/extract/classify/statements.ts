import { ALL_RULES, type RuleMatch } from './all-rules.ts';

/** A speaker's verb that opens a quotation: 'said: "', 'noted that "', 'told reporters, "'. */
const SPEECH_QUOTE =
  /\b(said|says|stated|declared|noted|stressed|emphasi[sz]ed|told\s+[\p{L} ]{2,40}?|added|wrote)(?:\s*[:,]|\s+that)\s*["“]/u;
/** Words that judge relations well ("our relationship is at a good level", "one destiny"). */
export const POSITIVE =
  /\b(?:good|excellent|friendly|friendship|brotherly|fraternal|close|closest|strategic|allied|alliance|allies|united|unity|heirs|destiny|trust|partnership|mutually\s+beneficial|high\s+level|historic|brothers)\b/i;
/** Words that judge the other side badly. */
export const NEGATIVE =
  /\b(?:hostile|aggression|aggressor|aggressive|provocations?|provocative|unacceptable|occupation|occupiers?|enemy|enemies|lies|violat\w*|condemn\w*|threaten\w*)\b/i;

/**
 * A leader's or a state's quoted judgement of the relationship ('Nazarbayev said: "Today our
 * relationship is at a good level"'): praise (051) when the words judge it well, criticism (111)
 * when they judge the other side badly, nothing when they do neither. The trigger is the speaking
 * verb; only for sentences whose quotation states no event of its own.
 */
export function statementMatch(text: string): RuleMatch | undefined {
  const m = SPEECH_QUOTE.exec(text);
  if (!m) return undefined;
  const words = text.slice(m.index + m[0].length);
  const code = NEGATIVE.test(words) ? '111' : POSITIVE.test(words) ? '051' : undefined;
  if (!code) return undefined;
  return { start: m.index, end: m.index + (m[1] ?? '').length, code, weak: false, order: ALL_RULES.length };
}
