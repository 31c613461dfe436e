/**
 * What makes a Russian event word not an event that happened: negation («не подписали»), a plan or
 * the future («планируют подписать», «состоится подписание», «предстоящий визит»), a cancellation
 * («визит отменен»), a quotation, a circumstance («по приглашению»).
 */

/** «не» before the word (but «не только … но и» affirms). */
const NEGATED = /(?<!\p{L})(?:не(?!\s+только)|ни)\s+(?:\p{L}+\s+){0,1}$/iu;
/**
 * Words that make what they govern a plan or the future, standing before it in its clause (up to
 * four words before it): «планируют подписать», «предстоящий визит», «состоится подписание».
 */
const PLAN_WORD =
  /^(?:планиру|планирующ|запланирован|намечен|намерен|намерева|собира|готов|долж|предполага|ожида|предстоящ|будущ|поручил|призвал|призыва|предусматрива|подготовк|анонсирова)|^(?:может|могут|смогут|сможет|будет|будут|хочет|хотят|поручено|состоится|состоятся|пройдет|пройдёт|пройдут|проведет|проведёт|проведут|подпишут|подпишет|посетит|посетят|примут|примет|обсудят|обсудит|встретятся|встретится|откроют|откроет|совершит|совершат|прибудет|прибудут|чтобы|накануне)$/;
/** Two words that do the same: «к подписанию», «для подписания», «в целях», «в преддверии», «объявил о». */
const PLAN_PAIR =
  /^(?:к подписанию|для подписания|в целях|в преддверии|объявил\p{L}* о|(?:распоряжени|указ|решени|предложени|поручени)\p{L}* об?)$/u;
const WORDS = /[\p{L}\d-]+/gu;

/** The last words of a clause, lower-cased. */
function lastWords(clause: string, n: number): string[] {
  return (clause.toLowerCase().match(WORDS) ?? []).slice(-n);
}

/** A plan word among the last five words before the trigger (it and up to four words it governs). */
function planBefore(words: readonly string[]): boolean {
  const w = words.slice(-5);
  for (let i = 0; i < w.length; i++) {
    if (PLAN_WORD.test(w[i] as string)) return true;
    if (i > 0 && PLAN_PAIR.test(`${w[i - 1]} ${w[i]}`)) return true;
  }
  return false;
}

/** An infinitive among the last seven words («организовать до конца года государственный визит»), unless decided («решила выслать»). */
function infinitiveBefore(words: readonly string[]): boolean {
  const w = words.slice(-7);
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as string;
    if (x.length >= 5 && INFINITIVE.test(x) && !DECIDED.test(w[i - 1] ?? '')) return true;
  }
  return false;
}
const DECIDED = /^(?:решил|постановил)/;
/** The same words after a noun («подписание … состоится»), within its clause. */
const PLAN_AFTER =
  /^[^,.;:—]{0,40}?(?<!\p{L})(?:состоится|состоятся|пройд[её]т|пройдут|планируется|запланирован\p{L}*|намечен\p{L}*|ожидается|будет|будут)(?!\p{L})/iu;
/** A cancelled or put-off act. */
const CANCELLED =
  /(?<!\p{L})(?:отмен\p{L}*|отложен\p{L}*|отложил\p{L}*|перенес\p{L}*|перенесен\p{L}*|отказал\p{L}*|сорвал\p{L}*|сорван\p{L}*)/iu;
/** «решила выслать»: a decision taken is the act. */
const DECIDED_BEFORE = /(?<!\p{L})(?:решил\p{L}*|постановил\p{L}*)\s+$/iu;
/** «по приглашению», «в ответ на»: the circumstance of an act, not an act. */
const CIRCUMSTANCE = /(?<!\p{L})по\s+(?:\p{L}+\s+)?$/iu;
/** A past act referred to («договоренностей, достигнутых в ходе визита»). */
const REFERRED =
  /(?<!\p{L})(?:достигнут\p{L}*|подписанн\p{L}*|принят\p{L}*)\s+(?:в\s+ходе|во\s+время|в\s+рамках|по\s+итогам)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Violence named after a preposition or as a period is a time or a cause («после войны», «в годы войны»). */
const VIOLENCE_REFERENCE =
  /(?<!\p{L})(?:в|во|о|об|после|до|к|ко|от|по|против|из-за|для|годы|время|ходе|итогам|памяти|окончания|начала|мировой|мировая|отечественной|отечественная|гражданской|гражданская|холодной|холодная)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** «перестрелки, произошедшей 14 сентября»: a clause that says it happened. */
const HAPPENED_AFTER = /^,?\s*(?:произошедш|случивш|начавш|вспыхнувш)/iu;

/** A finite non-past form (посетит, подпишут, обвиняют): the future of a perfective verb, or the present. */
const NON_PAST = /(?:ет|ёт|ит|ут|ют|ат|ят)(?:ся)?$/iu;
const INFINITIVE = /(?:ть|ти|чь)(?:ся)?$/iu;
/** A long participle (подписанных, установленные, открытого, прибывший). */
const PARTICIPLE = /(?:нн|т|вш)(?:ый|ий|ая|ое|ые|ие|ого|ой|ых|их|ым|им|ыми|ими|ому|ую)$/iu;

export type WordUse = {
  /** The whole sentence, the word's span in it, and the word as written. */
  text: string;
  start: number;
  end: number;
  verb: boolean;
  present: boolean;
  intent: boolean;
  violence: boolean;
};

/** Spans inside «…» or "…": quoted words are not the sentence's own events. */
export function quotedRu(text: string, at: number): boolean {
  let depth = 0;
  let straight = false;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '«') depth++;
    else if (c === '»') depth = Math.max(0, depth - 1);
    else if (c === '"' || c === '“' || c === '”') straight = !straight;
  }
  return depth > 0 || straight;
}

/** Why an event word states no event that happened, or undefined when it states one. */
export function notAnEvent(u: WordUse): string | undefined {
  const word = u.text.slice(u.start, u.end);
  // The clause before the word: from the last comma, semicolon or dash.
  const head = u.text.slice(Math.max(0, u.start - 70), u.start);
  const clause = head.slice(
    Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('—')) + 1,
  );
  if (quotedRu(u.text, u.start)) return 'quoted';
  if (NEGATED.test(clause)) return 'negated';
  if (u.verb && INFINITIVE.test(word) && !DECIDED_BEFORE.test(head)) return 'infinitive';
  // «подписанных соглашений»: a participle describing a thing, not an act the sentence states.
  if (u.verb && PARTICIPLE.test(word)) return 'participle';
  // A verb's own form tells its tense; its nouns (подписание, высылку) have none.
  if (u.verb && !u.present && NON_PAST.test(word)) return 'future';
  const words = lastWords(clause, 7);
  if (!u.intent && planBefore(words)) return 'plan';
  if (!u.intent && PLAN_AFTER.test(u.text.slice(u.end))) return 'plan';
  if (!u.intent && infinitiveBefore(words)) return 'plan';
  if (CANCELLED.test(clause) || CANCELLED.test(u.text.slice(u.end, u.end + 60).split(/[,.;]/)[0] ?? ''))
    return 'cancelled';
  if (!u.verb && CIRCUMSTANCE.test(clause) && /приглашени/iu.test(word)) return 'circumstance';
  if (REFERRED.test(head)) return 'referred';
  if (u.violence && VIOLENCE_REFERENCE.test(clause) && !HAPPENED_AFTER.test(u.text.slice(u.end)))
    return 'reference';
  return undefined;
}
