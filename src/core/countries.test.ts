import assert from 'node:assert/strict';
import { test } from 'node:test';
import countriesJson from '../../data/countries.json' with { type: 'json' };
import {
  allCountries,
  countryName,
  editDistance,
  fipsToIso3,
  getCountry,
  iso3FromIcewsName,
  resolveCountry,
  sortedDyad,
} from './countries.ts';
import { normalizeName } from './normalize.ts';

function resolvesTo(query: string, iso3: string, matchedBy: string): void {
  const r = resolveCountry(query);
  assert.equal(r.country?.iso3, iso3, `${query} should resolve to ${iso3}`);
  assert.equal(r.matchedBy, matchedBy, `${query} matched by`);
  assert.deepEqual(r.ambiguous, []);
  assert.deepEqual(r.suggestions, []);
}

test('normalizeName folds case, diacritics, apostrophes and separators but keeps Cyrillic', () => {
  assert.equal(normalizeName('Oʻzbekiston'), 'ozbekiston');
  assert.equal(normalizeName("O'zbekiston"), 'ozbekiston');
  assert.equal(normalizeName('O‘zbekiston'), 'ozbekiston');
  assert.equal(normalizeName('O`zbekiston'), 'ozbekiston');
  assert.equal(normalizeName('Azərbaycan'), 'azerbaycan');
  assert.equal(normalizeName('Qırğızıstan'), 'qirgizistan');
  assert.equal(normalizeName('Ўзбекистон'), 'ўзбекистон');
  assert.equal(normalizeName('Ёлка'), 'елка');
  assert.equal(normalizeName('  Guinea--Bissau, '), 'guinea bissau');
  assert.equal(normalizeName('Côte d’Ivoire'), 'cote divoire');
});

test('Azerbaijan by every kind of form', () => {
  resolvesTo('Azərbaycan', 'AZE', 'name');
  resolvesTo('Азербайджан', 'AZE', 'name');
  resolvesTo('azerbaijani', 'AZE', 'demonym');
  resolvesTo('Baku', 'AZE', 'capital');
  resolvesTo('Bakı', 'AZE', 'capital');
  resolvesTo('AZ', 'AZE', 'iso2');
  resolvesTo('AZE', 'AZE', 'iso3');
  resolvesTo('aze', 'AZE', 'iso3');
  resolvesTo('031', 'AZE', 'numeric');
  resolvesTo('Republic of Azerbaijan', 'AZE', 'alias');
  resolvesTo('Azerbaijan Republic', 'AZE', 'alias');
});

test('Uzbekistan by every kind of form', () => {
  resolvesTo('Oʻzbekiston', 'UZB', 'name');
  resolvesTo("O'zbekiston", 'UZB', 'name');
  resolvesTo('Ўзбекистон', 'UZB', 'name');
  resolvesTo('Узбекистан', 'UZB', 'name');
  resolvesTo('Uzbek', 'UZB', 'demonym');
  resolvesTo('Tashkent', 'UZB', 'capital');
  resolvesTo('Toshkent', 'UZB', 'capital');
  resolvesTo('Тошкент', 'UZB', 'capital');
  resolvesTo('UZ', 'UZB', 'iso2');
  resolvesTo('Uzbek SSR', 'UZB', 'alias');
});

test('Türkiye, and old and alternative names elsewhere', () => {
  resolvesTo('Türkiye', 'TUR', 'name');
  resolvesTo('Turkey', 'TUR', 'alias');
  resolvesTo('Turkish', 'TUR', 'demonym');
  resolvesTo('Kirghizia', 'KGZ', 'alias');
  resolvesTo('Kyrgyz Republic', 'KGZ', 'alias');
  resolvesTo('Russian Federation', 'RUS', 'alias');
  resolvesTo('Москва', 'RUS', 'capital');
  resolvesTo('Burma', 'MMR', 'alias');
  resolvesTo('Persia', 'IRN', 'alias');
  resolvesTo('Swaziland', 'SWZ', 'alias');
  resolvesTo('Ivory Coast', 'CIV', 'alias');
  resolvesTo('Czechia', 'CZE', 'name');
  resolvesTo('Macedonia', 'MKD', 'alias');
  resolvesTo('Nur-Sultan', 'KAZ', 'capital');
  resolvesTo('Peking', 'CHN', 'capital');
  resolvesTo('Guinea', 'GIN', 'name');
});

test('names two countries share are ambiguous, with both candidates', () => {
  for (const [query, expected] of [
    ['Congo', ['COD', 'COG']],
    ['Korea', ['KOR', 'PRK']],
    ['Dominican', ['DMA', 'DOM']],
  ] as const) {
    const r = resolveCountry(query);
    assert.equal(r.country, undefined, query);
    assert.equal(r.matchedBy, undefined, query);
    assert.deepEqual(
      r.ambiguous.map((c) => c.iso3),
      expected,
      query,
    );
    assert.deepEqual(r.suggestions, []);
  }
});

test('a typo gets suggestions by edit distance, nonsense gets none', () => {
  const r = resolveCountry('Uzbekstan');
  assert.equal(r.country, undefined);
  assert.deepEqual(r.ambiguous, []);
  assert.deepEqual(r.suggestions[0], { iso3: 'UZB', name: 'Uzbekistan', distance: 1 });
  assert.ok(r.suggestions.length <= 5);
  for (let i = 1; i < r.suggestions.length; i++) {
    assert.ok((r.suggestions[i]?.distance ?? 0) >= (r.suggestions[i - 1]?.distance ?? 0));
  }
  assert.deepEqual(resolveCountry('qqqqqqqq'), { ambiguous: [], suggestions: [] });
  assert.equal(editDistance('azerbiajan', 'azerbaijan'), 1);
});

test('FIPS codes only through fipsToIso3; bare two letters are ISO alpha-2', () => {
  assert.equal(fipsToIso3('AJ'), 'AZE');
  assert.equal(fipsToIso3('UZ'), 'UZB');
  assert.equal(fipsToIso3('gg'), 'GEO');
  assert.equal(fipsToIso3('ZZ'), undefined);
  assert.equal(resolveCountry('AJ').country, undefined); // AJ is FIPS for Azerbaijan, not an ISO code
  resolvesTo('GE', 'GEO', 'iso2'); // FIPS writes Georgia GG
});

test('ICEWS names', () => {
  assert.equal(iso3FromIcewsName('Russian Federation'), 'RUS');
  assert.equal(iso3FromIcewsName('Azerbaijan'), 'AZE');
  assert.equal(iso3FromIcewsName('Kosovo'), 'XKK');
  assert.equal(iso3FromIcewsName('Nowhere Land'), undefined);
});

test('getCountry, countryName and sortedDyad', () => {
  const aze = getCountry('AZE');
  assert.deepEqual(
    {
      iso3: aze?.iso3,
      iso2: aze?.iso2,
      numeric: aze?.numeric,
      fips: aze?.fips,
      cow: aze?.cow,
      names: aze?.names,
    },
    {
      iso3: 'AZE',
      iso2: 'AZ',
      numeric: '031',
      fips: 'AJ',
      cow: '373',
      names: {
        en: 'Azerbaijan',
        ru: 'Азербайджан',
        az: 'Azərbaycan',
        uz: 'Ozarbayjon',
        uzCyrl: 'Озарбайжон',
      },
    },
  );
  assert.equal(getCountry('aze'), undefined);
  assert.equal(countryName('UZB'), 'Uzbekistan');
  assert.equal(countryName('XXX'), 'XXX');
  assert.deepEqual(sortedDyad('UZB', 'AZE'), ['AZE', 'UZB']);
  assert.deepEqual(sortedDyad('AZE', 'UZB'), ['AZE', 'UZB']);
});

test('data/countries.json covers ISO 3166-1 with codes and English and Russian names', () => {
  assert.ok(countriesJson.length >= 249, `only ${countriesJson.length} countries`);
  assert.equal(allCountries().length, countriesJson.length);
  const seen = new Set<string>();
  for (const c of allCountries()) {
    assert.match(c.iso3, /^[A-Z]{3}$/, c.iso3);
    assert.match(c.iso2, /^[A-Z]{2}$/, c.iso3);
    assert.match(c.numeric, /^\d{3}$/, c.iso3);
    assert.ok(c.names.en.length > 0 && c.names.ru.length > 0, c.iso3);
    assert.ok(!seen.has(c.iso3));
    seen.add(c.iso3);
  }
  const uzb = getCountry('UZB');
  assert.equal(uzb?.names.uzCyrl, 'Ўзбекистон');
  assert.equal(getCountry('KGZ')?.names.uzCyrl, 'Қирғизистон');
});
