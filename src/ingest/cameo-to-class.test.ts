import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCameoCodes } from '../core/cameo.ts';
import { eventClass } from '../core/event-classes.ts';
import { cameoToClass } from './cameo-to-class.ts';

test('maps specific codes and falls back to the root', () => {
  assert.equal(cameoToClass('042'), 'visit');
  assert.equal(cameoToClass('0431'), 'visit');
  assert.equal(cameoToClass('041'), 'phone_call');
  assert.equal(cameoToClass('057'), 'agreement');
  assert.equal(cameoToClass('163'), 'sanction');
  assert.equal(cameoToClass('010'), 'message');
  assert.equal(cameoToClass('1125'), 'criticism');
  assert.equal(cameoToClass('193'), 'armed_clash');
  assert.equal(cameoToClass('0874'), 'intent');
  assert.equal(cameoToClass('21'), undefined);
  assert.equal(cameoToClass(''), undefined);
});

test('every CAMEO code maps to a class the project defines', () => {
  const codes = allCameoCodes();
  assert.ok(codes.length > 300);
  for (const { code } of codes) {
    const name = cameoToClass(code);
    assert.ok(name && eventClass(name), `${code} → ${name}`);
  }
});
