import type { CameoRule } from './cameo-rule.ts';
import { CONFLICT } from './rules-conflict.ts';
import { MATERIAL_COOPERATION } from './rules-material-cooperation.ts';
import { VERBAL_COOPERATION } from './rules-verbal-cooperation.ts';

/** Every CAMEO event pattern, cooperation first (order breaks ties between equal matches). */
export const ALL_RULES: readonly CameoRule[] = [...VERBAL_COOPERATION, ...MATERIAL_COOPERATION, ...CONFLICT];

export type RuleMatch = { start: number; end: number; code: string; weak: boolean; order: number };

/** Every rule's first match in a text (one per rule), in text order. */
export function matchRules(text: string): RuleMatch[] {
  const out: RuleMatch[] = [];
  ALL_RULES.forEach((r, order) => {
    const m = r.re.exec(text);
    if (m) out.push({ start: m.index, end: m.index + m[0].length, code: r.code, weak: r.weak, order });
  });
  return out.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
}

/**
 * Non-overlapping matches: at each place the earliest, then longest, then first-listed rule wins;
 * weak rules only where no strong one matched anywhere.
 */
export function selectMatches(matches: RuleMatch[]): RuleMatch[] {
  const strong = matches.filter((m) => !m.weak);
  const pool = strong.length > 0 ? strong : matches;
  const kept: RuleMatch[] = [];
  for (const m of pool) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}
