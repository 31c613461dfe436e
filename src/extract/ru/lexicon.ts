/**
 * The Russian event lexicon: verbs and nouns in a few of their forms (each form is stemmed, so
 * every inflection with the same Snowball stem matches), each with its CAMEO code and the class it
 * gives (DESIGN.md's classes; `visit` and `sign` are refined from the sentence). `needs` is what
 * the word's clause must also say for it to mean the event ("открыли" + посольство).
 */
export type LexiconEntry = {
  forms: string;
  code: string;
  cls: string;
  /** A verb: negation, tense and modality are read from its own form. */
  verb?: boolean;
  /** A present-tense form reports an act too ("обвиняют"), not only a past one. */
  present?: boolean;
  /** Match the listed forms only, not their stem ("протест", not "протестующие"). */
  exact?: boolean;
  /** An intent: a verb of agreeing or inviting is the event, what it governs is a plan. */
  intent?: boolean;
  needs?: RegExp;
  /** Recognition: an event between states only when the state recognised is named after it. */
  recognition?: boolean;
  /** A word of violence: named after a preposition it is a time or a cause, not an event. */
  violence?: boolean;
};

const DOCUMENT =
  /договор(?!енн)|соглашени|меморандум|декларац|заявлени|коммюнике|протокол|конвенци|документ|програм|план\p{L}*\s+действий|дорожн\p{L}*\s+карт/iu;

export const RU_LEXICON: readonly LexiconEntry[] = [
  // Visits (042/043; the kind is read from the sentence).
  { forms: 'визит визита визитом визите визиты', code: '042', cls: 'visit' },
  { forms: 'посетил посетила посетили посещение посещения', code: '042', cls: 'visit', verb: true },
  { forms: 'прибыл прибыла прибыли прилетел прилетела прилетели', code: '042', cls: 'visit', verb: true },
  // Talks and meetings (040).
  { forms: 'переговоры переговоров переговорах', code: '040', cls: 'meeting' },
  {
    forms:
      'встреча встречи встречу встрече встретился встретились встретилась встречались встречался встречалась',
    code: '040',
    cls: 'meeting',
    verb: true,
  },
  { forms: 'беседа беседы беседу беседе', code: '040', cls: 'meeting' },
  { forms: 'обсудили обсудил обсудила', code: '040', cls: 'meeting', verb: true },
  // Telephone and video calls (041).
  { forms: 'телефонный телефонного телефонном телефону', code: '041', cls: 'phone_call' },
  { forms: 'созвонились позвонил позвонила', code: '041', cls: 'phone_call', verb: true },
  { forms: 'видеоконференции видеосвязи', code: '041', cls: 'phone_call' },
  // Messages (051, condolences 018).
  { forms: 'поздравил поздравила поздравили', code: '051', cls: 'message', verb: true },
  {
    forms: 'поздравления поздравлениями поздравительное послание послания телеграмму телеграмма',
    code: '051',
    cls: 'message',
  },
  { forms: 'соболезнования соболезнований соболезнование', code: '018', cls: 'message' },
  // Documents signed, concluded, adopted, ratified (057; the class is read from the document named).
  {
    forms: 'подписали подписал подписала подписано подписан подписаны подписана подписание подписания',
    code: '057',
    cls: 'sign',
    verb: true,
  },
  {
    forms: 'заключили заключил заключен заключено заключены',
    code: '057',
    cls: 'sign',
    verb: true,
    needs: DOCUMENT,
  },
  // «приняли декларацию» adopts a document; «принял министра» receives a visitor (talks).
  { forms: 'приняли принял приняла принята принято приняты', code: '057', cls: 'adopt', verb: true },
  {
    forms: 'ратифицировал ратифицировала ратифицировали ратифицирован',
    code: '057',
    cls: 'sign',
    verb: true,
  },
  // Relations (054).
  {
    forms: 'установили установлены установлено установила установил установление',
    code: '054',
    cls: 'diplomatic_relations',
    verb: true,
    needs: /дипломатическ\p{L}*\s+отношени/iu,
  },
  // Recognition of a state: its independence, or the state itself («признало … Российскую Федерацию»).
  {
    forms: 'признал признала признали признало признание',
    code: '054',
    cls: 'diplomatic_relations',
    verb: true,
    recognition: true,
  },
  // Diplomatic missions exchanged, embassies opened (054).
  {
    forms: 'обменялись',
    code: '054',
    cls: 'embassy_opening',
    verb: true,
    needs: /(?:представительств|посольств)\p{L}*|послами/iu,
  },

  {
    forms: 'открыли открыл открыла открыто открыта открытие',
    code: '054',
    cls: 'embassy_opening',
    verb: true,
    needs: /посольств|консульств|генконсульств/iu,
  },
  // Downgrades (161, 166).
  {
    forms:
      'прекращены прекратили прекращение разорвали разорвала разрыв разрыва разрыве разорваны прервали приостановили',
    code: '161',
    cls: 'relations_severed',
    verb: true,
    needs: /отношени/iu,
  },
  {
    forms: 'отозвал отозвала отозвали отзыв',
    code: '161',
    cls: 'recall_ambassador',
    verb: true,
    needs: /посл[аоу]\b|посла|послов|посол/iu,
  },
  {
    forms: 'выслал выслала выслали высылает высылают высылку высылке высылка выслать',
    code: '166',
    cls: 'expel_diplomats',
    verb: true,
    present: true,
    needs: /дипломат|сотрудник|посл/iu,
  },
  {
    forms: 'предписал предписала предписано',
    code: '166',
    cls: 'expel_diplomats',
    verb: true,
    needs: /покинуть/iu,
  },
  { forms: 'персоной персонами', code: '166', cls: 'expel_diplomats', needs: /нон[- ]грата/iu },
  // Diplomats or an embassy evacuated: relations reduced (161).
  {
    forms: 'эвакуировал эвакуировала эвакуировали эвакуирует эвакуируют эвакуация эвакуацию эвакуации',
    code: '161',
    cls: 'relations_severed',
    verb: true,
    present: true,
    needs: /дипломат|посольств|консульств|дипмисси/iu,
  },
  // Protest, criticism, demands, threats (114, 111, 112, 100, 120, 130).
  { forms: 'протест протеста протестом', code: '114', cls: 'protest', exact: true },
  { forms: 'ноту ноты нота нотой', code: '114', cls: 'protest', exact: true },
  {
    forms: 'вызвал вызвала вызвали вызван вызвана',
    code: '114',
    cls: 'protest',
    verb: true,
    needs: /посл[аоу]|посол|поверенн|дипломат/iu,
  },
  { forms: 'осудил осудила осудили раскритиковал раскритиковала', code: '111', cls: 'criticism', verb: true },
  {
    forms: 'осуждает осуждают критикует критикуют',
    code: '111',
    cls: 'criticism',
    verb: true,
    present: true,
  },
  {
    forms: 'обвинил обвинила обвинили обвиняет обвиняют',
    code: '112',
    cls: 'criticism',
    verb: true,
    present: true,
  },
  {
    forms: 'отверг отвергла отвергли отвергает отвергают',
    code: '120',
    cls: 'criticism',
    verb: true,
    present: true,
  },
  { forms: 'потребовал потребовала потребовали', code: '100', cls: 'protest', verb: true },
  {
    forms: 'пригрозил пригрозила пригрозили угрожает угрожают',
    code: '130',
    cls: 'threat',
    verb: true,
    present: true,
  },
  // Sanctions (163).
  {
    forms: 'санкции санкций санкциями эмбарго',
    code: '163',
    cls: 'sanction',
    needs: /ввел|ввела|ввели|введен|введения|расширил|расширила|продлил|продлила|наложил|ввод/iu,
  },
  // Violence (190).
  {
    forms: 'обстрел обстрела обстреляли обстрелял обстреляла обстрелу обстрелы обстрелов',
    code: '190',
    cls: 'armed_clash',
    violence: true,
  },
  {
    forms: 'столкновение столкновения столкновений боестолкновения боестолкновений',
    code: '190',
    cls: 'armed_clash',
    violence: true,
  },
  { forms: 'перестрелка перестрелки перестрелку', code: '190', cls: 'armed_clash', violence: true },
  { forms: 'война войны войну войне', code: '190', cls: 'armed_clash', violence: true },
  {
    forms: 'напали напал нападение атаковали атаковал вторглись вторжение',
    code: '190',
    cls: 'armed_clash',
    violence: true,
  },
  { forms: 'бои боев', code: '190', cls: 'armed_clash', violence: true, exact: true },
  {
    forms: 'боевые боевых военные военных',
    code: '190',
    cls: 'armed_clash',
    violence: true,
    exact: true,
    needs: /(?:боев|военн)\p{L}*\s+действи/iu,
  },
  // Intents (036): agreed, invited, proposed; a ceasefire agreed binds both (0871 → agreement).
  {
    forms: 'договорились договорился договорилась',
    code: '036',
    cls: 'intent',
    verb: true,
    intent: true,
    exact: true,
  },
  { forms: 'пригласил пригласила пригласили', code: '036', cls: 'intent', verb: true, intent: true },
  { forms: 'предложил предложила предложили', code: '036', cls: 'intent', verb: true, intent: true },
  {
    forms: 'договоренности договоренностей',
    code: '036',
    cls: 'intent',
    needs: /(?:достигли|достигнуты|достигнута|достигнуто)(?!\p{L})/iu,
  },
  // Awards: a state's highest honour given to the other's leader (051).
  {
    forms: 'наградил наградила наградили удостоен удостоена удостоены',
    code: '051',
    cls: 'praise',
    verb: true,
    needs: /орден|наград|медал/iu,
  },
  // Joint economic projects launched or founded (061).
  {
    forms: 'запустили запустил запустила запущен запущена',
    code: '061',
    cls: 'economic_cooperation',
    verb: true,
    needs: /совместн|проект|производств|зон[уаы]/iu,
  },
  {
    forms: 'создали учредили создан создано создана',
    code: '061',
    cls: 'economic_cooperation',
    verb: true,
    needs: /совместн\p{L}*\s+(?:предприяти|фонд|компани|зон)|инвестиционн\p{L}*\s+фонд/iu,
  },
  // Sessions of joint bodies and business forums (046).
  {
    forms: 'заседание заседания заседании',
    code: '046',
    cls: 'commission_meeting',
    needs: /комисси|совет|комитет/iu,
  },
  {
    forms: 'форум форума',
    code: '046',
    cls: 'commission_meeting',
    needs: /бизнес|делов|инвестиционн|межрегиональн/iu,
  },
  // Cooperation and aid (062, 070).
  { forms: 'учения учений', code: '062', cls: 'military_cooperation', exact: true, needs: /совместн/iu },
  { forms: 'помощь помощи', code: '070', cls: 'aid', needs: /гуманитарн|оказал|направил|предоставил/iu },
];
