import { type CodebookExample, normalizeRoot } from './codebook.ts';

/** What the extractor's `codeSentence` returns: its CAMEO code and root, or undefined when it finds none. */
export type SentenceCode = { cameo?: string; root?: string } | undefined;

export type SentenceCoder = (sentence: string) => SentenceCode;

export type RootTally = { root: string; total: number; correct: number; accuracy: number };

/** Expected root, what the coder gave (`none` when nothing, `error` when it threw), how often. */
export type Confusion = { expected: string; got: string; count: number };

export type RootAccuracy = {
  total: number;
  correct: number;
  accuracy: number;
  /** Per expected root, in root order. */
  perRoot: RootTally[];
  /** Every wrong (expected, got) pair, most frequent first. */
  confusion: Confusion[];
};

/** The root a coder's answer names: its `root`, else the first two digits of its `cameo`. */
function rootOf(code: SentenceCode): string {
  const raw = code?.root ?? code?.cameo;
  return raw === undefined || raw.trim() === '' ? 'none' : normalizeRoot(raw);
}

/**
 * Codes every example sentence and compares the root with the codebook row's root code. A coder that
 * throws on a sentence scores it wrong (`error`) and the measurement goes on.
 */
export function rootAccuracy(examples: readonly CodebookExample[], coder: SentenceCoder): RootAccuracy {
  const tallies = new Map<string, { total: number; correct: number }>();
  const wrong = new Map<string, Confusion>();
  let correct = 0;
  for (const ex of examples) {
    let got: string;
    try {
      got = rootOf(coder(ex.example));
    } catch {
      got = 'error';
    }
    const tally = tallies.get(ex.root) ?? { total: 0, correct: 0 };
    tally.total++;
    if (got === ex.root) {
      tally.correct++;
      correct++;
    } else {
      const key = `${ex.root}>${got}`;
      const c = wrong.get(key) ?? { expected: ex.root, got, count: 0 };
      c.count++;
      wrong.set(key, c);
    }
    tallies.set(ex.root, tally);
  }
  const perRoot = [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([root, t]) => ({ root, total: t.total, correct: t.correct, accuracy: t.correct / t.total }));
  const confusion = [...wrong.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.expected < b.expected ? -1 : a.expected > b.expected ? 1 : a.got < b.got ? -1 : 1),
  );
  const total = examples.length;
  return { total, correct, accuracy: total === 0 ? 0 : correct / total, perRoot, confusion };
}
