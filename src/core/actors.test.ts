import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allActors, findActor, findOrganization, officeHolder, organizations } from './actors.ts';
import { partialDateProblem } from './partial-date.ts';

test('officeHolder answers only when the holder is certain at that precision', () => {
  assert.equal(officeHolder('UZB', 'head_of_state', '2023-08-22')?.id, 'shavkat-mirziyoyev');
  assert.equal(officeHolder('UZB', 'head_of_state', '2010')?.id, 'islam-karimov');
  assert.equal(officeHolder('AZE', 'head_of_state', '2003-10'), undefined); // Heydar → Ilham on 2003-10-31
  assert.equal(officeHolder('AZE', 'head_of_state', '2003-10-30')?.id, 'heydar-aliyev');
  assert.equal(officeHolder('AZE', 'head_of_state', '2003-10-31')?.id, 'ilham-aliyev');
  assert.equal(officeHolder('AZE', 'head_of_state', '2004')?.id, 'ilham-aliyev');
  assert.equal(officeHolder('UZB', 'head_of_state', '2016'), undefined);
  assert.equal(officeHolder('UZB', 'head_of_government', '2020-05')?.id, 'abdulla-aripov');
  assert.equal(officeHolder('AZE', 'foreign_minister', '2021')?.id, 'jeyhun-bayramov');
  assert.equal(officeHolder('TUR', 'foreign_minister', '2023-06'), undefined);
  assert.equal(officeHolder('TUR', 'foreign_minister', '2024')?.id, 'hakan-fidan');
  assert.equal(officeHolder('AZE', 'head_of_state', '2023-02-30'), undefined);
  assert.equal(officeHolder('XXX', 'head_of_state', '2020'), undefined);
});

test('findActor matches spelling variants and scripts', () => {
  for (const name of ['Mirziyoyev', 'Mirziyaev', 'Mirziyoev', 'Мирзиёев', 'Mirziyoyev Shavkat']) {
    assert.equal(findActor(name)?.id, 'shavkat-mirziyoyev', name);
  }
  for (const name of ['Aliyev', 'Əliyev', 'Алиев', 'Aliev', 'İlham Əliyev']) {
    assert.equal(findActor(name)?.id, 'ilham-aliyev', name);
  }
  assert.equal(findActor('Heydar Aliyev')?.id, 'heydar-aliyev');
  assert.equal(findActor('Каримов')?.id, 'islam-karimov');
  for (const name of ['Tokayev', 'Тоқаев', 'Токаев'])
    assert.equal(findActor(name)?.id, 'kassym-jomart-tokayev');
  assert.equal(findActor('Erdogan')?.id, 'recep-tayyip-erdogan');
  assert.equal(findActor('Erdoğan')?.id, 'recep-tayyip-erdogan');
  assert.equal(findActor('Путин')?.id, 'vladimir-putin');
  assert.equal(findActor('Nobody Atall'), undefined);
  const aliyeva = findActor('Mehriban Aliyeva');
  assert.deepEqual(aliyeva?.roles, [
    { role: 'vice_president', title: 'First Vice-President', from: '2017-02-21' },
  ]);
});

test('every actor and role is well formed', () => {
  const ids = new Set<string>();
  for (const a of allActors()) {
    assert.match(a.id, /^[a-z0-9-]+$/);
    assert.ok(!ids.has(a.id), a.id);
    ids.add(a.id);
    assert.match(a.country, /^[A-Z]{3}$/);
    for (const r of a.roles) {
      if (r.from !== undefined) assert.equal(partialDateProblem(r.from), null, `${a.id} ${r.from}`);
      if (r.to !== undefined) assert.equal(partialDateProblem(r.to), null, `${a.id} ${r.to}`);
    }
  }
  for (const iso3 of ['AZE', 'UZB', 'KAZ', 'KGZ', 'TJK', 'TKM', 'TUR', 'RUS', 'GEO', 'ARM', 'IRN', 'CHN']) {
    assert.ok(officeHolder(iso3, 'head_of_state', '2020-06-15'), `${iso3} head of state in 2020`);
  }
});

test('organizations by name, acronym and variant in several languages', () => {
  for (const name of [
    'Organization of Turkic States',
    'Turkic Council',
    'OTS',
    'ТГС',
    'Türk Devletleri Teşkilatı',
  ]) {
    assert.equal(findOrganization(name)?.id, 'ots', name);
  }
  assert.equal(findOrganization('Cooperation Council of Turkic Speaking States')?.id, 'ots');
  assert.equal(findOrganization('СНГ')?.id, 'cis');
  assert.equal(findOrganization('ШОС')?.id, 'sco');
  assert.equal(findOrganization('Non-Aligned Movement')?.id, 'nam');
  assert.equal(findOrganization('unknown club'), undefined);
  const ots = organizations().find((o) => o.id === 'ots');
  assert.deepEqual(ots?.members, ['AZE', 'KAZ', 'KGZ', 'TUR', 'UZB']);
  assert.equal(ots?.founded, '2009-10-03');
  assert.equal(organizations().length, 15);
});
