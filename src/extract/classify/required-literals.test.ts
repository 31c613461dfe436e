import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requiredLiterals } from './required-literals.ts';

const lits = (source: string) => requiredLiterals(new RegExp(source, 'i'))?.sort();

test('a plain word is its own literal; optional suffixes are dropped', () => {
  assert.deepEqual(lits('\\b(?:recall(?:ed|s)?)\\b'), ['recall']);
});

test('an alternation needs one literal from each branch; one inside another adds nothing', () => {
  assert.deepEqual(lits('telephon(?:ed|e)|phone\\s+call|video\\s+link'), ['phone', 'video']);
});

test('the best literal of a sequence is kept; separators break literals', () => {
  assert.deepEqual(lits('diplomatic\\s+(?:relations|ties)'), ['diplomatic']);
});

test('an optional character gives both spellings', () => {
  assert.deepEqual(lits('cease-?fire'), ['cease-fire', 'ceasefire']);
});

test('a branch with nothing literal leaves the rule unfiltered', () => {
  assert.equal(lits('visit|\\w+ed\\s+to'), undefined);
  assert.equal(lits('(?:a|b)'), undefined);
});

test('character classes, lookarounds and \\p escapes count as any character', () => {
  assert.deepEqual(lits("charg[ée]\\s+d'affaires"), ["d'affaires"]);
  assert.deepEqual(lits('(?<!upcoming\\s)state\\s+visit'), ['state']);
  assert.deepEqual(lits('met\\s+\\p{L}+'), ['met']);
});
