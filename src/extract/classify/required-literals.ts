/**
 * The literal words a regular expression cannot match without: for `visit(?:ed|s)?\s+to` any match
 * contains "visit". Computed once from a rule's source, so that a sentence that contains none of a
 * rule's words skips the rule (RE2's prefilter idea, on the subset of syntax the rules use).
 *
 * The answer is an OR-set: every match contains at least one of its strings. `undefined` means
 * no usable set (the rule always runs). Anything not understood counts as "any character", which
 * only loses information: the set stays necessary, never wrongly excludes a match.
 */

/** Shortest string worth indexing: shorter ones would pass almost every sentence. */
const MIN_LITERAL = 3;
/** Largest exact set kept while expanding alternations; beyond it the node is "anything". */
const MAX_SET = 24;

type Info = { exact: Set<string> | undefined; any: Set<string> | undefined };

const ANYTHING: Info = { exact: undefined, any: undefined };
const EMPTY = (): Info => ({ exact: new Set(['']), any: undefined });

/** Strings that contain another string of the set add nothing: keep the shortest cores. */
function minimal(set: Set<string>): Set<string> {
  const list = [...set].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of list) if (!out.some((o) => s.includes(o))) out.push(s);
  return new Set(out);
}

/** How selective an OR-set is: its shortest string's length (0 when unusable). */
function score(set: Set<string> | undefined): number {
  if (!set || set.size === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const s of set) min = Math.min(min, s.length);
  return min >= MIN_LITERAL ? min * 100 - set.size : 0;
}

function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  const m = b ? minimal(b) : undefined;
  return score(m) > score(a) ? m : a;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_SET) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function concat(items: Info[]): Info {
  let cur: Set<string> | undefined = new Set(['']);
  let any: Set<string> | undefined;
  let allExact = true;
  for (const it of items) {
    any = better(any, it.any);
    if (cur && it.exact) {
      const joined = cross(cur, it.exact);
      if (joined) {
        cur = joined;
        continue;
      }
      allExact = false;
    }
    any = better(any, cur);
    if (!it.exact) allExact = false;
    cur = it.exact;
  }
  any = better(any, cur);
  return { exact: allExact ? cur : undefined, any };
}

function alternate(branches: Info[]): Info {
  let exact: Set<string> | undefined = new Set();
  let any: Set<string> | undefined = new Set();
  for (const b of branches) {
    if (exact && b.exact && exact.size + b.exact.size <= MAX_SET) for (const s of b.exact) exact.add(s);
    else exact = undefined;
    const best = better(b.exact ? minimal(b.exact) : undefined, b.any);
    if (any && best && score(best) > 0) for (const s of best) any.add(s);
    else any = undefined;
  }
  return { exact, any: any ? minimal(any) : undefined };
}

/** Parser state over a regex source. */
class Reader {
  i = 0;
  constructor(readonly src: string) {}
  peek(): string | undefined {
    return this.src[this.i];
  }
}

function parseAlternation(r: Reader): Info {
  const branches: Info[] = [parseSequence(r)];
  while (r.peek() === '|') {
    r.i++;
    branches.push(parseSequence(r));
  }
  return branches.length === 1 ? (branches[0] as Info) : alternate(branches);
}

function parseSequence(r: Reader): Info {
  const items: Info[] = [];
  for (let c = r.peek(); c !== undefined && c !== '|' && c !== ')'; c = r.peek()) {
    items.push(quantified(r, parseAtom(r)));
  }
  return concat(items);
}

/** Applies a quantifier after an atom, if one follows. */
function quantified(r: Reader, atom: Info): Info {
  const c = r.peek();
  let min = 1;
  if (c === '?' || c === '*') {
    min = 0;
    r.i++;
  } else if (c === '+') r.i++;
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(r.src.slice(r.i));
    if (!m) return atom;
    min = Number(m[1]);
    r.i += m[0].length;
  } else return atom;
  if (r.peek() === '?') r.i++;
  if (min === 0) {
    // Optional: an exact atom may be present or absent; anything else breaks the literal run.
    if (c === '?' && atom.exact && atom.exact.size < MAX_SET)
      return { exact: new Set([...atom.exact, '']), any: undefined };
    return ANYTHING;
  }
  // Repeated at least once: what one copy requires is still required.
  return { exact: undefined, any: better(atom.exact ? minimal(atom.exact) : undefined, atom.any) };
}

function parseAtom(r: Reader): Info {
  const c = r.src[r.i++] as string;
  if (c === '(') {
    let lookaround = false;
    if (r.src.startsWith('?:', r.i)) r.i += 2;
    else if (/^\?<?[=!]/.test(r.src.slice(r.i, r.i + 3))) {
      lookaround = true;
      r.i += r.src[r.i + 1] === '<' ? 3 : 2;
    } else if (r.src.startsWith('?<', r.i)) r.i = r.src.indexOf('>', r.i) + 1;
    const inner = parseAlternation(r);
    r.i++; // ')'
    return lookaround ? EMPTY() : inner;
  }
  if (c === '[') {
    if (r.peek() === ']') r.i++;
    while (r.i < r.src.length && r.src[r.i] !== ']') r.i += r.src[r.i] === '\\' ? 2 : 1;
    r.i++;
    return ANYTHING;
  }
  if (c === '\\') {
    const e = r.src[r.i++] ?? '';
    if (e === 'b' || e === 'B') return EMPTY();
    if ((e === 'p' || e === 'P') && r.peek() === '{') {
      r.i = r.src.indexOf('}', r.i) + 1;
      return ANYTHING;
    }
    if (/[\w]/.test(e)) return ANYTHING;
    return literal(e);
  }
  if (c === '^' || c === '$') return EMPTY();
  if (c === '.') return ANYTHING;
  return literal(c);
}

function literal(c: string): Info {
  // Case-insensitive rules: compare lower-cased ASCII; anything else could fold in surprising ways.
  const code = c.charCodeAt(0);
  if (code > 127) return ANYTHING;
  return { exact: new Set([c.toLowerCase()]), any: undefined };
}

/**
 * The OR-set of lower-case literals every match of `re` contains, or undefined when the pattern
 * gives no usable one. Assumes a case-insensitive pattern (literals are lower-cased).
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  try {
    const r = new Reader(re.source);
    const info = parseAlternation(r);
    if (r.i < r.src.length) return undefined;
    const best = better(info.exact ? minimal(info.exact) : undefined, info.any);
    return best && score(best) > 0 ? [...best] : undefined;
  } catch {
    return undefined;
  }
}
