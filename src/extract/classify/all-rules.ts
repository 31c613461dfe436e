import type { CameoRule } from './cameo-rule.ts';
import { LiteralIndex } from './literal-index.ts';
import { requiredLiterals } from './required-literals.ts';
import { CONFLICT } from './rules-conflict.ts';
import { MATERIAL_COOPERATION } from './rules-material-cooperation.ts';
import { VERBAL_COOPERATION } from './rules-verbal-cooperation.ts';

/** Every CAMEO event pattern, cooperation first (order breaks ties between equal matches). */
export const ALL_RULES: readonly CameoRule[] = [...VERBAL_COOPERATION, ...MATERIAL_COOPERATION, ...CONFLICT];

export type RuleMatch = { start: number; end: number; code: string; weak: boolean; order: number };

const MAX_PER_RULE = 8;

type Prefilter = { index: LiteralIndex; ruleLiterals: (number[] | undefined)[]; seen: Uint8Array };
let prefilter: Prefilter | undefined;

/** Built once: for each rule, the ids of the literals one of which any match must contain. */
function buildPrefilter(): Prefilter {
  const ids = new Map<string, number>();
  const ruleLiterals = ALL_RULES.map((r) =>
    requiredLiterals(r.re)?.map((l) => {
      let id = ids.get(l);
      if (id === undefined) {
        id = ids.size;
        ids.set(l, id);
      }
      return id;
    }),
  );
  const index = new LiteralIndex([...ids.keys()]);
  return { index, ruleLiterals, seen: new Uint8Array(index.size) };
}

/**
 * Every rule's first match in a text (one per rule), in text order. A rule runs only when the
 * text holds one of the literals it needs (`requiredLiterals`): most sentences need a dozen of
 * the ~400 rules, so this is where the extractor's speed comes from.
 */
export function matchRules(text: string): RuleMatch[] {
  prefilter ??= buildPrefilter();
  const { index, ruleLiterals, seen } = prefilter;
  // Unicode case folding maps the long s to "s"; lower-casing does not.
  const lower = text.toLowerCase();
  index.scan(lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower, seen);
  const out: RuleMatch[] = [];
  for (let order = 0; order < ALL_RULES.length; order++) {
    const lits = ruleLiterals[order];
    if (lits && !lits.some((id) => seen[id] === 1)) continue;
    const r = ALL_RULES[order] as CameoRule;
    const re = r.reAll;
    re.lastIndex = 0;
    // Every place a rule matches: one sentence may open two embassies. Capped against pathological text.
    for (let k = 0, m = re.exec(text); m && k < MAX_PER_RULE; k++, m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push({ start: m.index, end: m.index + m[0].length, code: r.code, weak: r.weak, order });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
}

/** The same as `matchRules` without the literal prefilter: the reference the prefilter is tested against. */
export function matchRulesUnfiltered(text: string): RuleMatch[] {
  const out: RuleMatch[] = [];
  ALL_RULES.forEach((r, order) => {
    const re = r.reAll;
    re.lastIndex = 0;
    for (let k = 0, m = re.exec(text); m && k < MAX_PER_RULE; k++, m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push({ start: m.index, end: m.index + m[0].length, code: r.code, weak: r.weak, order });
    }
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
