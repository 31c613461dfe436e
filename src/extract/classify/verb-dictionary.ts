import data from '../../../data/cameo-verbs.json' with { type: 'json' };

/**
 * CAMEO coding by PETRARCH-2's verb dictionary (`data/cameo-verbs.json`, built from
 * `CAMEO.2.0.txt`): each verb form belongs to a block with a default code and phrase patterns
 * (the words before and after the verb that select a finer code: "lift * curfew" is 0813).
 * The project's own rules come first; this is the field's vocabulary for every verb they lack.
 */

type Pattern = [code: string, before: string[], after: string[]];
type Dictionary = { verbs: Record<string, [string, number]>; blocks: Pattern[][] };

export type VerbMatch = { start: number; end: number; code: string; verb: string };

const dictionary = data as unknown as Dictionary;
let verbIndex: Map<string, [string, number]> | undefined;
/** First words of the multi-word verbs ("call" of "call off"): only these look further. */
let multiFirst: Set<string> | undefined;
/** How many words after (before) a verb its patterns look at: about one clause. */
const AFTER = 10;
const BEFORE = 6;
const MAX_VERB_WORDS = 3;
/** Words that make the next word a noun, not a verb ("the attack", "its withdrawal"). */
const DETERMINER = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'of',
]);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
/** A modal before a verb makes it a possibility or a plan, not a fact ("will be held", "could attack"). */
const MODAL = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'could', 'can', 'must']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
/**
 * Light verbs: their object, not the verb, says what happened ("gave examples", "took place",
 * "held a ceremony"). They code only through a pattern of the dictionary, never by default.
 */
const LIGHT =
  /^(?:give|gives|gave|given|giving|take|takes|took|taken|taking|make|makes|made|making|hold|holds|held|holding|have|has|had|get|gets|got|put|puts|set|sets|keep|keeps|kept|bring|brings|brought|go|goes|went|gone|come|comes|came)$/;
const WORD = /[A-Za-z][A-Za-z'-]*|\d+/g;

type Word = { text: string; start: number; end: number; upper: boolean };

/** Lower-case words of a sentence with their offsets. */
function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    out.push({
      text: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      upper: /^[A-Z]/.test(m[0]),
    });
  return out;
}

/** One word of a pattern: its alternatives, each a run of words ("cease fire"). */
type Slot = string[][];
/** `anchors`: each slot's first words; a pattern can match only where every slot has one nearby. */
type Compiled = { code: string; before: Slot[]; after: Slot[]; size: number; anchors: string[][] };

/** A block's patterns by the first words of their first slot, each list longest first. */
type Block = Map<string, Compiled[]>;
const compiled = new Map<number, Block>();

/**
 * A block's patterns, split into slots once (the dictionary writes alternatives as "a|b") and
 * indexed by the first words of their first slot: a verb's window looks up only the patterns
 * whose first word it holds.
 */
function patternsOf(block: number): Block {
  let index = compiled.get(block);
  if (!index) {
    index = new Map();
    const slots = (words: readonly string[]): Slot[] =>
      words.map((w) => w.split('|').map((o) => o.split(' ')));
    const list = (dictionary.blocks[block] ?? [])
      .map(([code, b, a]) => {
        const before = slots(b);
        const after = slots(a);
        const anchors = [...before, ...after].map((slot) => slot.map((o) => o[0] ?? ''));
        return { code, before, after, size: b.length + a.length, anchors };
      })
      .filter((p) => p.size > 0)
      // Longest first: the first pattern that matches is the one that wins.
      .sort((x, y) => y.size - x.size);
    for (const p of list) {
      for (const a of new Set(p.anchors[0])) {
        const at = index.get(a);
        if (at) at.push(p);
        else index.set(a, [p]);
      }
    }
    compiled.set(block, index);
  }
  return index;
}

/** True when the slots occur in `have` in this order (other words may lie between). */
function inOrder(want: readonly Slot[], have: readonly Word[]): boolean {
  let j = 0;
  for (const options of want) {
    let width = 0;
    for (; j < have.length; j++) {
      width = widthAt(options, have, j);
      if (width > 0) break;
    }
    if (j >= have.length) return false;
    j += width;
  }
  return true;
}

/** The number of words of the first alternative that starts at `j`, else 0. */
function widthAt(options: Slot, have: readonly Word[], j: number): number {
  for (const o of options) {
    let k = 0;
    while (k < o.length && have[j + k]?.text === o[k]) k++;
    if (k === o.length) return k;
  }
  return 0;
}

/**
 * The code a verb takes at a place: its longest matching pattern's, else its own (may be "", and
 * is "" for a light verb).
 */
function codeAt(
  entry: [string, number],
  ws: readonly Word[],
  i: number,
  last: number,
  light: boolean,
): string {
  const [own, block] = entry;
  const after = ws.slice(last + 1, last + 1 + AFTER);
  const before = ws.slice(Math.max(0, i - BEFORE), i);
  const near = new Set<string>();
  for (const w of before) near.add(w.text);
  for (const w of after) near.add(w.text);
  const index = patternsOf(block);
  let best = light ? '' : own;
  let bestSize = 0;
  for (const w of near) {
    for (const p of index.get(w) ?? []) {
      if (p.size <= bestSize) break;
      if (!p.anchors.every((slot) => slot.some((a) => near.has(a)))) continue;
      if (inOrder(p.after, after) && inOrder(p.before, before)) {
        best = p.code;
        bestSize = p.size;
        break;
      }
    }
  }
  return best;
}

/**
 * Every verb of the dictionary in a sentence, coded, in text order. A form after a determiner is
 * a noun; a negated verb ("did not attack") or one under a modal ("will be held") states no event.
 * Multi-word verbs ("call off") win over their first word.
 */
export function verbMatches(text: string): VerbMatch[] {
  verbIndex ??= new Map(Object.entries(dictionary.verbs));
  multiFirst ??= new Set(
    [...verbIndex.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''),
  );
  const ws = words(text);
  const out: VerbMatch[] = [];
  for (let i = 0; i < ws.length; i++) {
    let entry: [string, number] | undefined;
    let last = i;
    let key = '';
    let verb = '';
    const words = multiFirst.has((ws[i] as Word).text) ? MAX_VERB_WORDS : 1;
    for (let k = 0; k < words && i + k < ws.length; k++) {
      key = k === 0 ? (ws[i] as Word).text : `${key} ${(ws[i + k] as Word).text}`;
      const hit = verbIndex.get(key);
      if (hit) {
        entry = hit;
        last = i + k;
        verb = key;
      }
    }
    if (!entry) continue;
    const prev = ws[i - 1]?.text ?? '';
    const prev2 = ws[i - 2]?.text ?? '';
    const next = ws[last + 1]?.text ?? '';
    if (DETERMINER.has(prev) || NEGATION.has(prev) || NEGATION.has(prev2)) continue;
    // "may" is a modal, "May" a month ("In May 2015, Ukraine banned …").
    const modal = (k: number) => MODAL.has(ws[i - k]?.text ?? '') && ws[i - k]?.upper === false;
    if (modal(1) || modal(2) || modal(3)) continue;
    // "-ing" without "is/was" is a gerund or an adjective ("a welcoming ceremony"); "-ed by" without
    // an auxiliary describes a noun ("relations distinguished by …").
    if (/ing$/.test(verb) && !BE.has(prev)) continue;
    if (/ed$/.test(verb) && next === 'by' && !BE.has(prev) && prev !== 'has' && prev !== 'have') continue;
    const code = codeAt(entry, ws, i, last, LIGHT.test(verb));
    const first = ws[i] as Word;
    if (code) out.push({ start: first.start, end: (ws[last] as Word).end, code, verb });
    i = last;
  }
  return out;
}
