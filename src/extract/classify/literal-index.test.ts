import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LiteralIndex } from './literal-index.ts';

test('marks every literal that occurs, overlapping ones included, and only those', () => {
  const index = new LiteralIndex(['visit', 'visited', 'sign', 'cease-fire']);
  const seen = new Uint8Array(index.size);
  index.scan('he visited baku and signed a cease-fire', seen);
  assert.deepEqual([...seen], [1, 1, 1, 1]);
  index.scan('nothing here; vis it', seen);
  assert.deepEqual([...seen], [0, 0, 0, 0]);
});

test('a literal at the very end of the text is found; non-ASCII text is skipped safely', () => {
  const index = new LiteralIndex(['war']);
  const seen = new Uint8Array(index.size);
  index.scan('中国 алиев war', seen);
  assert.deepEqual([...seen], [1]);
});

test('literals shorter than three characters or not ASCII are refused', () => {
  assert.throws(() => new LiteralIndex(['at']), /bad literal/);
  assert.throws(() => new LiteralIndex(['éte']), /bad literal/);
});
