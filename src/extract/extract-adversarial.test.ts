import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeSentence, extractEvents } from './index.ts';

const MB = 1 << 20;

/** A seeded linear congruential generator: the same "random" bytes on every run. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s;
  };
}

function randomText(length: number, seed: number): string {
  const next = prng(seed);
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) codes[i] = next() % 0xffff;
  // Built in chunks: String.fromCharCode takes a limited number of arguments.
  let out = '';
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

const INPUTS: [string, string][] = [
  ['one 1 MB line', 'a'.repeat(MB)],
  ['deep punctuation', '((((([[[[{{{{....,,,,;;;;!!!!????'.repeat(MB / 32)],
  ['mixed scripts', 'Aliyev Алиев 14-15 October 2019 ولد 中国 Oʻzbekiston '.repeat(MB / 50)],
  ['random bytes', randomText(MB, 42)],
  ['lone surrogates and controls', '\ud800\udc00\ud800\u0000\u0007 signed 1 May 2020 \udfff'.repeat(20_000)],
  [
    'an event phrase repeated on one line',
    'Azerbaijan signed an agreement with Uzbekistan on 1 May 2020 '.repeat(16_000),
  ],
];

for (const [name, input] of INPUTS) {
  test(`adversarial input never throws: ${name}`, () => {
    const result = extractEvents(input, { documentId: 'adv' });
    assert.equal(result.document.id, 'adv');
    assert.ok(result.document.sentences > 0);
    for (const e of result.events)
      assert.match(e.date ?? 'unknown', /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|unknown)$/);
  });
}

test('non-string and empty input give an empty result', () => {
  assert.deepEqual(extractEvents('', { documentId: 'empty' }).events, []);
  assert.deepEqual(extractEvents(undefined as unknown as string, { documentId: 'none' }).events, []);
  assert.equal(codeSentence(undefined as unknown as string), undefined);
});
