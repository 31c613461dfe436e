import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ALL_RULES, matchRules, matchRulesUnfiltered, selectMatches } from './all-rules.ts';
import { requiredLiterals } from './required-literals.ts';

const GOLD = new URL('../../../test/extract-gold/', import.meta.url);
const CODEBOOK = new URL('../../../data/sources/cameo-codebook.csv', import.meta.url);

/** Real sentences of the genre and the codebook's examples, split roughly: enough to exercise every rule. */
function sentences(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(GOLD)) {
    if (f.endsWith('.txt')) out.push(...readFileSync(new URL(f, GOLD), 'utf8').split(/(?<=[.!?])\s+|\n/));
  }
  out.push(...readFileSync(CODEBOOK, 'utf8').split(/[\n"]/));
  return out.filter((s) => s.trim().length > 0);
}

test('the literal prefilter never changes what the rules match', () => {
  const all = sentences();
  assert.ok(all.length > 2000);
  let matched = 0;
  for (const s of all) {
    const filtered = matchRules(s);
    assert.deepEqual(filtered, matchRulesUnfiltered(s), s);
    if (filtered.length > 0) matched++;
  }
  assert.ok(matched > 500, `only ${matched} sentences matched a rule`);
});

test('every rule has a literal prefilter', () => {
  const unfiltered = ALL_RULES.filter((r) => requiredLiterals(r.re) === undefined).map((r) => r.code);
  assert.deepEqual(unfiltered, []);
});

test('overlapping matches: the earliest, then the longest wins; weak rules only when nothing strong matched', () => {
  const strong = selectMatches(matchRules('The two presidents signed an agreement and said it mattered.'));
  assert.deepEqual(
    strong.map((m) => m.code),
    ['057'],
  );
  const weak = selectMatches(matchRules('The minister said the border was calm.'));
  assert.deepEqual(
    weak.map((m) => [m.code, m.weak]),
    [['010', true]],
  );
});

test('a rule reports every place it matches in a sentence', () => {
  const ms = matchRules(
    'The Embassy of Azerbaijan was opened in 1997, and the Embassy of Uzbekistan was opened in 1998.',
  );
  assert.deepEqual(
    ms.filter((m) => m.code === '054').map((m) => m.start),
    [4, 54],
  );
});
