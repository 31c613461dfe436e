/** A word of a sentence with its offsets (within the sentence) and whether it starts upper-case. */
export type Token = { start: number; end: number; text: string; upper: boolean };

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’][\p{L}]+)?/gu;
const UPPER = /^\p{Lu}/u;

/**
 * The words of a text: letters and digits, with a possessive or elided part kept whole
 * ("Azerbaijan's", "O'zbekiston"). Hyphens and punctuation separate words.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], upper: UPPER.test(m[0]) });
  }
  return out;
}

/** True when only spaces lie between two tokens (a name runs on; a comma or hyphen ends it). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}
