/**
 * Russian forms of country names the registry (data/countries.json) does not hold: adjectives
 * (in their masculine form; every case and gender shares its stem), the first part of compound
 * adjectives ("армяно-азербайджанская"), other names and capitals, and institutions that stand for
 * a state ("Кремль"). The registry's Russian names, aliases, adjectives and capitals are read too.
 */
export type RuCountryForms = {
  adjectives?: string[];
  /** First parts of compound adjectives, as written before the hyphen. */
  compounds?: string[];
  names?: string[];
  capitals?: string[];
};

export const RU_COUNTRY_FORMS: Readonly<Record<string, RuCountryForms>> = {
  AFG: { adjectives: ['афганский'], compounds: ['афгано'], capitals: ['Кабул'] },
  ARM: { adjectives: ['армянский'], compounds: ['армяно'], names: ['Республика Армения'] },
  AZE: { adjectives: ['азербайджанский'], compounds: ['азербайджано', 'азербайджанско'] },
  BLR: {
    adjectives: ['белорусский'],
    compounds: ['белорусско', 'белорусо'],
    names: ['Белоруссия', 'Белорусь'],
    capitals: ['Минск'],
  },
  CHN: { adjectives: ['китайский'], compounds: ['китайско', 'сино'], names: ['Поднебесная'] },
  DEU: { adjectives: ['германский', 'немецкий'], compounds: ['германо', 'германско'], capitals: ['Берлин'] },
  EST: { adjectives: ['эстонский'], compounds: ['эстонско'], capitals: ['Таллин'] },
  FRA: { adjectives: ['французский'], compounds: ['франко', 'французско'], capitals: ['Париж'] },
  GBR: {
    adjectives: ['британский', 'английский'],
    compounds: ['британо', 'британско', 'англо'],
    names: ['Великобритания', 'Британия', 'Соединенное Королевство', 'Соединённое Королевство'],
    capitals: ['Лондон'],
  },
  GEO: { adjectives: ['грузинский'], compounds: ['грузино', 'грузинско'] },
  IND: { adjectives: ['индийский'], compounds: ['индийско', 'индо'], capitals: ['Нью-Дели', 'Дели'] },
  IRN: { adjectives: ['иранский'], compounds: ['ирано', 'иранско'] },
  IRQ: { adjectives: ['иракский'], compounds: ['иракско'], capitals: ['Багдад'] },
  ISR: { adjectives: ['израильский'], compounds: ['израильско'], capitals: ['Иерусалим', 'Тель-Авив'] },
  ITA: { adjectives: ['итальянский'], compounds: ['итало', 'итальянско'], capitals: ['Рим'] },
  JPN: { adjectives: ['японский'], compounds: ['японо', 'японско'], capitals: ['Токио'] },
  KAZ: { adjectives: ['казахстанский', 'казахский'], compounds: ['казахстанско', 'казахско'] },
  KGZ: {
    adjectives: ['киргизский', 'кыргызский', 'кыргызстанский'],
    compounds: ['киргизско', 'кыргызско', 'кыргызстанско'],
  },
  KOR: {
    adjectives: ['южнокорейский'],
    compounds: ['южнокорейско'],
    names: ['Южная Корея'],
    capitals: ['Сеул'],
  },
  PRK: { adjectives: ['северокорейский'], names: ['КНДР', 'Северная Корея'], capitals: ['Пхеньян'] },
  LVA: { adjectives: ['латвийский'], compounds: ['латвийско'], capitals: ['Рига'] },
  LTU: { adjectives: ['литовский'], compounds: ['литовско'], capitals: ['Вильнюс'] },
  MDA: {
    adjectives: ['молдавский', 'молдовский'],
    compounds: ['молдавско', 'молдовско', 'молдо'],
    names: ['Молдавия', 'Молдова'],
    capitals: ['Кишинев', 'Кишинёв'],
  },
  MNG: { adjectives: ['монгольский'], compounds: ['монгольско'], capitals: ['Улан-Батор'] },
  PAK: { adjectives: ['пакистанский'], compounds: ['пакистано', 'пакистанско'], capitals: ['Исламабад'] },
  POL: { adjectives: ['польский'], compounds: ['польско'], capitals: ['Варшава'] },
  RUS: {
    adjectives: ['российский', 'русский'],
    compounds: ['российско', 'русско', 'россия'],
    names: ['Кремль'],
  },
  SAU: {
    adjectives: ['саудовский'],
    compounds: ['саудовско'],
    names: ['Саудовская Аравия'],
    capitals: ['Эр-Рияд'],
  },
  SYR: { adjectives: ['сирийский'], compounds: ['сирийско'], capitals: ['Дамаск'] },
  TJK: { adjectives: ['таджикский', 'таджикистанский'], compounds: ['таджикско', 'таджикистанско'] },
  TKM: {
    adjectives: ['туркменский', 'туркменистанский'],
    compounds: ['туркмено', 'туркменско', 'туркменистанско'],
  },
  TUR: { adjectives: ['турецкий'], compounds: ['турецко', 'турко'] },
  UKR: {
    adjectives: ['украинский'],
    compounds: ['украинско', 'украино'],
    capitals: ['Киев'],
  },
  USA: {
    adjectives: ['американский'],
    compounds: ['американо', 'американско'],
    names: ['Соединенные Штаты', 'Соединённые Штаты', 'Штаты', 'Белый дом'],
    capitals: ['Вашингтон'],
  },
  UZB: { adjectives: ['узбекский', 'узбекистанский'], compounds: ['узбекско', 'узбекистанско'] },
  ARE: {
    adjectives: ['эмиратский'],
    names: ['ОАЭ', 'Объединенные Арабские Эмираты'],
    capitals: ['Абу-Даби'],
  },
  EGY: { adjectives: ['египетский'], compounds: ['египетско'], capitals: ['Каир'] },
  HUN: { adjectives: ['венгерский'], compounds: ['венгерско'], capitals: ['Будапешт'] },
  SRB: { adjectives: ['сербский'], compounds: ['сербско'], capitals: ['Белград'] },
  VNM: { adjectives: ['вьетнамский'], compounds: ['вьетнамско'], capitals: ['Ханой'] },
  QAT: { adjectives: ['катарский'], compounds: ['катарско'], capitals: ['Доха'] },
};
