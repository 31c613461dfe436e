import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dictionaryMatches } from './dictionary-matches.ts';
import { verbMatches } from './verb-dictionary.ts';

const codes = (text: string) => verbMatches(text).map((m) => [m.verb, m.code]);

test("a verb's pattern selects the finer code: lift * curfew is 0813, lift * state of emergency 0814", () => {
  assert.deepEqual(codes('Serbia lifted a night curfew in Montenegro.'), [['lifted', '0813']]);
  // "state" is a verb form too (010, to state): the raw list holds it; the coder keeps only events.
  assert.deepEqual(
    codes("Sudan's government on Sunday lifted a state of emergency in West Darfur State.")[0],
    ['lifted', '0814'],
  );
});

test("a verb's own code when no pattern matches; irregular forms are the dictionary's", () => {
  assert.deepEqual(codes('Five hundred Ugandan rebels surrendered last week.'), [['surrendered', '080']]);
  assert.deepEqual(codes('Palestinian police confiscated weapons.'), [['confiscated', '1711']]);
});

test('negated, modal, light and attributive uses state no event', () => {
  assert.deepEqual(codes('The army did not attack the village.'), []);
  assert.deepEqual(codes('The next meeting will be held in August.'), []);
  assert.deepEqual(codes('Mirziyoyev gave examples of successful partnerships.'), []);
  assert.deepEqual(codes('An official welcoming ceremony took place.'), []);
  assert.deepEqual(codes('Relations distinguished by their special closeness.'), []);
});

test('only words wink tags as verbs are events; reporting verbs are left out', () => {
  assert.deepEqual(
    dictionaryMatches(
      'Palestinian police in Jericho confiscated weapons and explosives from Palestinian armed groups, the Israeli army said Friday.',
    ).map((m) => m.code),
    ['1711'],
  );
  assert.deepEqual(dictionaryMatches('Relations are at a high level, the minister said.'), []);
});
