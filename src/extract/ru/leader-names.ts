/**
 * Russian spellings of leaders the registry (data/actors.json) holds no Russian form for, with the
 * name the registry or the field's dictionaries know them by. Surnames decline (Лукашенко does
 * not, Зеленского does): the recogniser looks them up in their cases.
 */
export type RuLeader = { ru: string; name: string; country: string };

export const RU_LEADERS: readonly RuLeader[] = [
  { ru: 'Александр Лукашенко', name: 'Alexander Lukashenko', country: 'BLR' },
  { ru: 'Владимир Зеленский', name: 'Volodymyr Zelensky', country: 'UKR' },
  { ru: 'Петр Порошенко', name: 'Petro Poroshenko', country: 'UKR' },
  { ru: 'Майя Санду', name: 'Maia Sandu', country: 'MDA' },
  { ru: 'Игорь Додон', name: 'Igor Dodon', country: 'MDA' },
  { ru: 'Дональд Трамп', name: 'Donald Trump', country: 'USA' },
  { ru: 'Джо Байден', name: 'Joe Biden', country: 'USA' },
  { ru: 'Барак Обама', name: 'Barack Obama', country: 'USA' },
  { ru: 'Энтони Блинкен', name: 'Antony Blinken', country: 'USA' },
  { ru: 'Марко Рубио', name: 'Marco Rubio', country: 'USA' },
  { ru: 'Эмманюэль Макрон', name: 'Emmanuel Macron', country: 'FRA' },
  { ru: 'Олаф Шольц', name: 'Olaf Scholz', country: 'DEU' },
  { ru: 'Ангела Меркель', name: 'Angela Merkel', country: 'DEU' },
  { ru: 'Тереза Мэй', name: 'Theresa May', country: 'GBR' },
  { ru: 'Борис Джонсон', name: 'Boris Johnson', country: 'GBR' },
  { ru: 'Кир Стармер', name: 'Keir Starmer', country: 'GBR' },
  { ru: 'Нарендра Моди', name: 'Narendra Modi', country: 'IND' },
  { ru: 'Шехбаз Шариф', name: 'Shehbaz Sharif', country: 'PAK' },
  { ru: 'Виктор Орбан', name: 'Viktor Orban', country: 'HUN' },
  { ru: 'Александар Вучич', name: 'Aleksandar Vucic', country: 'SRB' },
  { ru: 'Ухнаагийн Хурэлсух', name: 'Ukhnaagiin Khurelsukh', country: 'MNG' },
  { ru: 'Ким Чен Ын', name: 'Kim Jong Un', country: 'PRK' },
  { ru: 'Башар Асад', name: 'Bashar al-Assad', country: 'SYR' },
  { ru: 'Мухаммед бен Салман', name: 'Mohammed bin Salman', country: 'SAU' },
  { ru: 'Абдель Фаттах ас-Сиси', name: 'Abdel Fattah el-Sisi', country: 'EGY' },
];
