import { matchRules, selectMatches } from './all-rules.ts';
import { classForCode } from './class-for-code.ts';
import { dictionaryMatches } from './dictionary-matches.ts';

const MAX = 1000;

/**
 * CAMEO coding of one sentence: the code of its first event pattern (the lead's main verb comes
 * first in news English), else of its first verb in PETRARCH's dictionary, else of a plain
 * statement; its root, and the project's event class. Undefined when nothing matches.
 */
export function codeSentence(sentence: string): { cameo: string; root: string; class?: string } | undefined {
  const text = typeof sentence === 'string' ? sentence.slice(0, MAX) : '';
  const ruled = selectMatches(matchRules(text))[0];
  const first = ruled && !ruled.weak ? ruled : (dictionaryMatches(text)[0] ?? ruled);
  if (!first) return undefined;
  const cls = classForCode(first.code, text);
  const out: { cameo: string; root: string; class?: string } = {
    cameo: first.code,
    root: first.code.slice(0, 2),
  };
  if (cls) out.class = cls;
  return out;
}
