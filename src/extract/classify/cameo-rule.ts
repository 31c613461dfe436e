/**
 * One event pattern: words that, as a sentence's verb or verbal noun, mean a CAMEO event. `weak`
 * rules (say, meet, talks) code a sentence only when no strong rule matches it.
 */
export type CameoRule = { code: string; re: RegExp; weak: boolean };

/** Builds rules from `[code, pattern]` pairs; a `~` prefix on the code marks the rule weak. */
export function rules(pairs: readonly (readonly [string, string])[]): CameoRule[] {
  return pairs.map(([code, source]) => ({
    code: code.replace('~', ''),
    re: new RegExp(`\\b(?:${source})\\b`, 'i'),
    weak: code.startsWith('~'),
  }));
}
