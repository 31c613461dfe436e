/**
 * One event pattern: words that, as a sentence's verb or verbal noun, mean a CAMEO event. `weak`
 * rules (say, meet, talks) code a sentence only when no strong rule matches it.
 */
export type CameoRule = {
  code: string;
  re: RegExp;
  weak: boolean /** `re`, global: every match. */;
  reAll: RegExp;
};

/**
 * Builds rules from `[code, pattern]` pairs; a `~` prefix on the code marks the rule weak.
 * Unicode mode, so that `\p{L}` classes work; case-insensitive, so `\p{Lu}` means any letter.
 */
export function rules(pairs: readonly (readonly [string, string])[]): CameoRule[] {
  return pairs.map(([code, source]) => ({
    code: code.replace('~', ''),
    re: new RegExp(`\\b(?:${source})\\b`, 'iu'),
    reAll: new RegExp(`\\b(?:${source})\\b`, 'giu'),
    weak: code.startsWith('~'),
  }));
}
