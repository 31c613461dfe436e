import type { DocumentMention, Recognizer, SentenceFacts } from '../types.ts';
import { rungRu } from './triggers.ts';

/** A document noun («Договор», «соглашения», «Совместное коммюнике», «Дорожная карта»). */
const NOUN =
  '(?:[Сс]овместн\\p{L}*\\s+)?(?:[Дд]оговор(?!енн)\\p{L}*|[Сс]оглашени\\p{L}*|[Мм]еморандум\\p{L}*|[Дд]екларац\\p{L}*|[Кк]оммюнике|[Пп]ротокол\\p{L}*|[Кк]онвенци\\p{L}*|[Пп]лан\\p{L}*\\s+действий|[Дд]орожн\\p{L}*\\s+карт\\p{L}*|[Зз]аявлени\\p{L}*)';
/** Its subject («о союзнических отношениях», «об установлении …», «по углублению …»), up to a clause end. */
const DOCUMENT = new RegExp(
  `(?<!\\p{L})(${NOUN})(\\s+(?:[\\p{L}-]+\\s+){0,8}?(?:о|об|по|в\\s+области|в\\s+сфере)\\s+[^.;:«»"()]{3,200})`,
  'gu',
);
/** Where the name ends: a clause about the document, where or between whom it was signed. */
const NAME_END =
  /\s+(?:между\s+(?:двумя\s+)?(?:странами|государствами|сторонами)|подписа\p{L}*|заключ\p{L}*|принят\p{L}*|приня\p{L}*|в\s+(?:Баку|Ташкенте|Астане|Москве|Минске|Бишкеке|Душанбе|Ашхабаде|Ереване|Тбилиси|Анкаре|Пекине|Кремле)|на\s+\d|от\s+\d|в\s+\d{4}|и\s+друг\p{L}*)(?!\p{L}).*$/isu;
const MAX_WORDS = 14;

function kindOf(noun: string): DocumentMention['kind'] {
  if (/декларац|заявлени|коммюнике/iu.test(noun)) return 'declaration';
  if (/меморандум|план|карт/iu.test(noun)) return 'mou';
  return 'agreement';
}

/**
 * Documents a Russian sentence names with their subject: «декларацию о стратегическом партнерстве»,
 * «Договор о создании данной структуры», «Совместное коммюнике … об установлении дипломатических
 * отношений». A bare «документы» or «соглашения» names none. The title is as the text writes it.
 */
export function findDocumentsRu(text: string): DocumentMention[] {
  const out: DocumentMention[] = [];
  DOCUMENT.lastIndex = 0;
  for (let m = DOCUMENT.exec(text); m; m = DOCUMENT.exec(text)) {
    const noun = m[1] ?? '';
    // One clause of the subject: to the first comma that a new clause or list follows.
    let subject =
      (m[2] ?? '').split(
        /,\s+(?=\p{Ll}+(?:ый|ая|ое|ые|ых|ую|ой|ий|им|ыми)?\s+(?:и|а|но)?)|,\s+(?:который|которая|которое|которые|а|но|и)\s/u,
      )[0] ?? '';
    subject = subject.replace(NAME_END, '');
    const words = subject.trim().split(/\s+/);
    if (words.length > MAX_WORDS) subject = ` ${words.slice(0, MAX_WORDS).join(' ')}`;
    const title = `${noun}${subject}`.replace(/\s+/g, ' ').trim();
    const start = m.index;
    out.push({
      start,
      end: start + title.length,
      kind: kindOf(noun),
      title,
      milestone: rungRu(title) !== undefined,
    });
    DOCUMENT.lastIndex = start + noun.length;
  }
  return out;
}

/** The Russian document recogniser: what the record builders read for agreements. */
export const ruDocumentRecognizer: Recognizer = {
  name: 'documents-ru',
  recognize(facts: SentenceFacts) {
    facts.documents = findDocumentsRu(facts.sentence.text);
  },
};
