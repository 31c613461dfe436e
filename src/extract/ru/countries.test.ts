import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../recognize/tokens.ts';
import { findCountriesRu } from './countries.ts';

/** Each mention as "words:ISO3:kind". */
function mentions(text: string): string[] {
  return findCountriesRu(text, tokenize(text)).map(
    (m) => `${text.slice(m.start, m.end)}:${m.iso3}:${m.kind}`,
  );
}

test('country names in every case, adjectives and both halves of compound adjectives', () => {
  // aspect.uz, «Шавкат Мирзиёев посетит Казахстан с государственным визитом».
  assert.deepEqual(
    mentions(
      'По итогам разговора в целях придания практического импульса многогранным узбекско-казахским отношениям, главы государств договорились организовать до конца текущего года государственный визит Шавката Мирзиёева в Казахстан.',
    ),
    ['узбекско:UZB:demonym', 'казахским:KAZ:demonym', 'Казахстан:KAZ:name'],
  );
  // Russian Wikipedia, «Азербайджано-армянские отношения».
  assert.deepEqual(mentions('В 1922 году, в связи с присоединением Азербайджана и Армении к СССР'), [
    'Азербайджана:AZE:name',
    'Армении:ARM:name',
  ]);
  assert.deepEqual(mentions('Армяно-азербайджанская война продолжалась с 1918 по 1920 год'), [
    'Армяно:ARM:demonym',
    'азербайджанская:AZE:demonym',
  ]);
});

test('multi-word names, abbreviations, capitals and the Kremlin', () => {
  // Lenta.ru, 12 November 2025; Gazeta.ru, 24 May 2024.
  assert.deepEqual(
    mentions(
      'Президент России Владимир Путин и казахстанский лидер Касым-Жомарт Токаев подписали документ, который выводит отношения Москвы и Астаны на новый уровень.',
    ),
    ['России:RUS:name', 'казахстанский:KAZ:demonym', 'Москвы:RUS:capital', 'Астаны:KAZ:capital'],
  );
  assert.deepEqual(
    mentions(
      'Как пишет ТАСС, в ходе переговоров Путин заявил об отсутствии нерешенных вопросов между РФ и Белоруссией.',
    ),
    ['РФ:RUS:name', 'Белоруссией:BLR:name'],
  );
  assert.deepEqual(mentions('Президент Республики Узбекистан и Президент Российской Федерации в Кремле'), [
    'Республики Узбекистан:UZB:name',
    'Российской Федерации:RUS:name',
    'Кремле:RUS:name',
  ]);
});

test('a lower-case word is never a country name, only an adjective', () => {
  // "того" is also Togo's Russian name; "кит" the stem of Китай.
  assert.deepEqual(mentions('Кроме того, кит и китайская сторона'), ['китайская:CHN:demonym']);
});
