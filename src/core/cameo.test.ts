import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCameoCodes, cameoCode, goldstein, quadClass, rootCode } from './cameo.ts';

test('codes are text and keep their leading zeros', () => {
  const c = cameoCode('010');
  assert.equal(c?.code, '010');
  assert.equal(c?.name, 'Make statement, not specified below');
  assert.equal(c?.goldstein, 0);
  assert.equal(c?.root, '01');
  assert.equal(
    c?.description,
    'All public statements expressed verbally or in action not otherwise specified.',
  );
  assert.equal(
    c?.example,
    'U.S. military chief General Colin Powell said on Wednesday NATO would need to remain strong.',
  );
  assert.equal(cameoCode('10')?.name, 'DEMAND');
  assert.equal(cameoCode('10')?.root, '10');
  assert.equal(cameoCode('999'), undefined);
});

test('Goldstein weights come from the GDELT table', () => {
  assert.equal(goldstein('057'), 8);
  assert.equal(goldstein('011'), -0.1);
  assert.equal(goldstein('190'), -10);
  assert.equal(goldstein('nope'), undefined);
});

test('rootCode and quadClass', () => {
  assert.equal(rootCode('0874'), '08');
  assert.equal(rootCode('190'), '19');
  assert.equal(quadClass('01'), 1);
  assert.equal(quadClass('05'), 1);
  assert.equal(quadClass('06'), 2);
  assert.equal(quadClass('09'), 2);
  assert.equal(quadClass('10'), 3);
  assert.equal(quadClass('14'), 3);
  assert.equal(quadClass('15'), 4);
  assert.equal(quadClass('20'), 4);
  assert.equal(quadClass('057'), 1);
  assert.throws(() => quadClass('21'), RangeError);
  assert.throws(() => quadClass('xx'), RangeError);
});

test('the table holds every code once, sorted, with a root and a weight', () => {
  const codes = allCameoCodes();
  assert.ok(codes.length >= 300, `${codes.length} codes`);
  const roots = new Set(codes.filter((c) => c.code.length === 2).map((c) => c.code));
  assert.equal(roots.size, 20);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    assert.ok(c);
    assert.match(c.code, /^\d{2,4}$/);
    assert.equal(c.root, c.code.slice(0, 2));
    assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
    if (i > 0) assert.ok((codes[i - 1]?.code ?? '') < c.code);
  }
});
