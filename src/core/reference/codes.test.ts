import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cowToIso3, gwToIso3, parseCrosswalk, systemEntryYears } from './codes.ts';

const rows = parseCrosswalk(
  readFileSync(new URL('../../../data/reference/cow_iso_crosswalk.csv', import.meta.url), 'utf8'),
);

test('the shipped crosswalk parses: 217 COW codes, with ISO3 and GW codes as given', () => {
  assert.equal(rows.length, 217);
  assert.deepEqual(rows[0], { ccode: 2, iso3c: 'USA', iso3Ext: 'USA', gwcode: 2, since: 1816 });
  assert.deepEqual(
    rows.find((r) => r.ccode === 265),
    { ccode: 265, iso3c: '', iso3Ext: 'DDR', gwcode: 265, since: 1954 },
  );
  assert.deepEqual(
    rows.find((r) => r.ccode === 55),
    { ccode: 55, iso3c: 'GRD', iso3Ext: 'GRD', gwcode: null, since: 1974 },
  );
});

test('COW codes: current states through the crosswalk, historical states as decided', () => {
  const cow = cowToIso3(rows);
  assert.equal(cow.get(2), 'USA');
  assert.equal(cow.get(373), 'AZE');
  assert.equal(cow.get(704), 'UZB');
  assert.equal(cow.get(365), 'RUS', 'USSR and Russia: one continuing state');
  assert.equal(cow.get(345), 'SRB', 'Yugoslavia → Serbia and Montenegro → Serbia');
  assert.equal(cow.get(255), 'DEU');
  assert.equal(cow.get(260), 'DEU', 'the Federal Republic continues as Germany');
  assert.equal(cow.get(265), null, 'the GDR has no continuing state');
  assert.equal(cow.get(315), null, 'Czechoslovakia has two successors, neither its continuation');
  assert.equal(cow.get(316), 'CZE');
  assert.equal(cow.get(317), 'SVK');
  assert.equal(cow.get(678), 'YEM', 'North Yemen continues as Yemen');
  assert.equal(cow.get(679), 'YEM');
  assert.equal(cow.get(680), null, 'South Yemen merged');
  assert.equal(cow.get(817), null, 'South Vietnam');
  assert.equal(cow.get(713), 'TWN');
  assert.equal(cow.get(347), 'XKK', 'Kosovo: the registry writes XKK, the crosswalk XKX');
  assert.equal(cow.get(99999), undefined);
});

test('Gleditsch–Ward codes: GW numbering where it differs from COW, else the same state', () => {
  const gw = gwToIso3(rows);
  assert.equal(gw.get(365), 'RUS');
  assert.equal(gw.get(369), 'UKR');
  assert.equal(gw.get(260), 'DEU');
  assert.equal(gw.get(265), null);
  assert.equal(gw.get(340), 'SRB');
  assert.equal(gw.get(345), 'SRB');
  assert.equal(gw.get(678), 'YEM');
  assert.equal(gw.get(680), null);
  assert.equal(gw.get(816), 'VNM');
  assert.equal(gw.get(817), null);
  assert.equal(gw.get(55), 'GRD', 'a GW code the crosswalk does not name is the same COW code');
  assert.equal(gw.get(972), 'TON');
  assert.equal(gw.get(751), null);
});

test('entry into the state system: the earliest COW year of the codes a state continues', () => {
  const since = systemEntryYears(rows);
  assert.equal(since.get('AZE'), 1991);
  assert.equal(since.get('UZB'), 1991);
  assert.equal(since.get('RUS'), 1816, 'Russia continues the USSR and the Russian Empire (COW 365)');
  assert.equal(since.get('DEU'), 1816, 'Germany: COW 255 from 1816, the Federal Republic (260) from 1955');
  assert.equal(since.get('CZE'), 1993);
  assert.equal(since.get('XKK'), 2008);
  assert.equal(since.get('GRD'), 1974);
  assert.equal(since.has('DDR'), false, 'a state no registry entry continues has no entry year');
});

test('a malformed crosswalk names the file, line and field', () => {
  assert.throws(
    () => parseCrosswalk('ccode,iso3c,iso3_ext,gwcode,cow_styear\nx,USA,USA,2,1816\n'),
    /cow_iso_crosswalk\.csv: line 2: ccode "x" is not a number/,
  );
  assert.throws(() => parseCrosswalk('ccode,iso3c\n2,USA\n'), /line 1: column "iso3_ext" is missing/);
  assert.throws(
    () => parseCrosswalk('ccode,iso3c,iso3_ext,gwcode\n2,USA,USA,2\n'),
    /line 1: column "cow_styear" is missing/,
  );
});
