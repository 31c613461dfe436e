import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../recognize/tokens.ts';
import { segmentText } from '../segment/segment-text.ts';
import type { Sentence, SentenceFacts } from '../types.ts';
import { findCountriesRu } from './countries.ts';
import { ruLeaderRecognizer } from './leaders.ts';

/** Each person or title as "words→name or role:country or pair". */
function actors(text: string): string[] {
  const tokens = tokenize(text);
  const facts: SentenceFacts = {
    sentence: segmentText(text)[0] as Sentence,
    tokens,
    dates: [],
    countries: findCountriesRu(text, tokens),
    actors: [],
    settings: [],
    documents: [],
    institutions: [],
  };
  ruLeaderRecognizer.recognize(facts, {
    text,
    documentId: 'd',
    sentences: [],
    facts: [],
    passageCountries: new Map(),
  });
  return facts.actors.map(
    (a) => `${text.slice(a.start, a.end)}→${a.name ?? a.role}:${a.country ?? (a.pair ? 'pair' : '')}`,
  );
}

test('names in their cases, with first names that pick among namesakes', () => {
  // kknews.uz, 5 April 2022 (press service of the President of Uzbekistan).
  assert.deepEqual(
    actors(
      '5 апреля Президент Республики Узбекистан Шавкат Мирзиёев провел телефонный разговор с Президентом Республики Казахстан Касым-Жомартом Токаевым.',
    ),
    [
      'Президент Республики Узбекистан→head_of_state:UZB',
      'Шавкат Мирзиёев→Shavkat Mirziyoyev:UZB',
      'Президентом Республики Казахстан→head_of_state:KAZ',
      'Касым-Жомартом Токаевым→Kassym-Jomart Tokayev:KAZ',
    ],
  );
  // zakon.kz spells Мирзиеев with е; Sputnik Uzbekistan names both Berdimuhamedows.
  assert.deepEqual(
    actors('Токаев провел телефонный разговор с Президентом Узбекистана Шавкатом Мирзиеевым'),
    [
      'Токаев→Kassym-Jomart Tokayev:KAZ',
      'Президентом Узбекистана→head_of_state:UZB',
      'Шавкатом Мирзиеевым→Shavkat Mirziyoyev:UZB',
    ],
  );
  assert.deepEqual(actors('Гурбангулы Бердымухамедова и президента Туркменистана Сердара Бердымухамедова'), [
    'Гурбангулы Бердымухамедова→Gurbanguly Berdimuhamedow:TKM',
    'президента Туркменистана→head_of_state:TKM',
    'Сердара Бердымухамедова→Serdar Berdimuhamedow:TKM',
  ]);
});

test('titles: of a country, of two, by adjective, and of both sides', () => {
  // aspect.uz; EADaily, 23 August 2023; news-zp.ru, 8 May 2025.
  assert.deepEqual(actors('Президенты Узбекистана и Казахстана провели телефонный разговор.'), [
    'Президенты Узбекистана→head_of_state:UZB',
    'Казахстана→head_of_state:KAZ',
  ]);
  assert.deepEqual(actors('в ходе первого государственного визита в Азербайджан узбекского лидера'), [
    'узбекского лидера→head_of_state:UZB',
  ]);
  assert.deepEqual(actors('Глава КНР прибыл в Москву с официальным визитом'), [
    'Глава КНР→head_of_state:CHN',
  ]);
  assert.deepEqual(actors('Лидеры стран подписали Декларацию'), ['Лидеры→head_of_state:pair']);
  assert.deepEqual(actors('глава МИД России Сергей Лавров'), [
    'глава МИД России→foreign_minister:RUS',
    'Сергей Лавров→Sergey Lavrov:RUS',
  ]);
});

test('leaders the registry has no Russian spelling for come from the Russian table', () => {
  // m24.ru, 17 February 2023.
  assert.deepEqual(actors('5 февраля этого года Путин провел телефонный разговор с Лукашенко.'), [
    'Путин→Vladimir Putin:RUS',
    'Лукашенко→Alexander Lukashenko:BLR',
  ]);
});
