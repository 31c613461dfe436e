import { candidateFor } from '../classify/find-triggers.ts';
import type { Token } from '../recognize/tokens.ts';
import type { Candidate, SentenceFacts, Trigger } from '../types.ts';
import { type LexiconEntry, RU_LEXICON } from './lexicon.ts';
import { notAnEvent } from './modality.ts';
import { foldRu, stemRu } from './stem.ts';

/** Stems shorter than this are too common to stand alone ("виз" of визит is also визы'): such words match by form. */
const MIN_STEM = 4;

type LexiconIndex = { forms: Map<string, LexiconEntry>; stems: Map<string, LexiconEntry> };
let index: LexiconIndex | undefined;

/** The lexicon by the forms it lists and by their stems. */
function lexiconIndex(): LexiconIndex {
  if (index) return index;
  const idx: LexiconIndex = { forms: new Map(), stems: new Map() };
  for (const e of RU_LEXICON) {
    for (const form of e.forms.split(' ')) {
      const f = foldRu(form);
      if (!idx.forms.has(f)) idx.forms.set(f, e);
      const s = stemRu(f);
      if (!e.exact && s.length >= MIN_STEM && !idx.stems.has(s)) idx.stems.set(s, e);
    }
  }
  index = idx;
  return idx;
}

const entryCache = new Map<string, LexiconEntry | null>();

/** The lexicon entry a word is a form of, if any; cached per word as written. */
export function lexiconEntry(word: string): LexiconEntry | undefined {
  let hit = entryCache.get(word);
  if (hit === undefined) {
    const idx = lexiconIndex();
    const f = foldRu(word);
    hit = idx.forms.get(f) ?? idx.stems.get(stemRu(f)) ?? null;
    if (entryCache.size > 50_000) entryCache.clear();
    entryCache.set(word, hit);
  }
  return hit ?? undefined;
}

const NOT_THIS = '(?<!(?:предстоящ|будущ|планируем|следующ)\\p{L}*\\s)';
const STATE = new RegExp(`${NOT_THIS}государственн\\p{L}*\\s+визит`, 'iu');
const OFFICIAL = new RegExp(`${NOT_THIS}официальн\\p{L}*\\s+визит`, 'iu');
const WORKING = new RegExp(`${NOT_THIS}рабоч\\p{L}*\\s+визит`, 'iu');

/** The kind of visit the sentence names. */
export function visitKindRu(sentence: string): string {
  if (STATE.test(sentence)) return 'state_visit';
  if (OFFICIAL.test(sentence)) return 'official_visit';
  if (WORKING.test(sentence)) return 'working_visit';
  return 'visit';
}

const DOCUMENT_KINDS: [RegExp, string][] = [
  [/декларац|совместн\p{L}*\s+заявлени|коммюнике/iu, 'declaration'],
  [/меморандум|план\p{L}*\s+действий|дорожн\p{L}*\s+карт|програм|документ/iu, 'mou'],
  [/договор(?!енн)|соглашени|протокол|конвенци|контракт/iu, 'agreement'],
];

/** The class of what was signed: the document named nearest after the verb, else before it. */
export function documentClassRu(sentence: string, start: number, end: number): string {
  const after = sentence.slice(end, end + 160);
  const before = sentence.slice(Math.max(0, start - 100), start);
  let best: { at: number; cls: string } | undefined;
  for (const [re, cls] of DOCUMENT_KINDS) {
    const a = re.exec(after);
    if (a && (!best || a.index < best.at)) best = { at: a.index, cls };
  }
  if (best) return best.cls;
  for (const [re, cls] of DOCUMENT_KINDS) {
    const all = [...before.matchAll(new RegExp(re.source, 'giu'))];
    const last = all[all.length - 1];
    if (last && (!best || 200 - (last.index ?? 0) < best.at)) best = { at: 200 - (last.index ?? 0), cls };
  }
  return best?.cls ?? 'agreement';
}

/** The level a declaration raises relations to. */
export function rungRu(words: string): string | undefined {
  if (/всеобъемлющ\p{L}*\s+стратегическ/iu.test(words)) return 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP';
  if (/союзническ|союзничеств/iu.test(words)) return 'ALLIED_DECLARATION';
  if (/стратегическ\p{L}*\s+партн[её]рств/iu.test(words)) return 'STRATEGIC_PARTNERSHIP';
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  четырех: 4,
  четырёх: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  одиннадцати: 11,
  двенадцать: 12,
  двенадцати: 12,
  пятнадцать: 15,
  пятнадцати: 15,
  двадцать: 20,
  двадцати: 20,
};
const COUNTED = new RegExp(
  `(?<!\\p{L})(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,3}?документ\\p{L}*`,
  'iu',
);

/** "подписано еще 15 документов", "десять двусторонних документов": how many documents. */
export function documentCount(words: string): number | undefined {
  const m = COUNTED.exec(words);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : NUMBER_WORDS[(m[1] ?? '').toLowerCase()];
  return n !== undefined && n > 1 ? n : undefined;
}

const ADOPTED = /^[^.;]{0,60}?(?:декларац|заявлени|коммюнике|програм|план\p{L}*\s+действий)/iu;
const RECEIVED =
  /^\s+(?:[\p{L}-]+\s+){0,1}?(?:министр|посл[аоу]|посол|делегаци|президент|глав[уы]|премьер|председател|спецпредставител|генерального\s+секретар|вице-президент|спикер)/iu;

/** «подписал распоряжение», «подписал указ», «подписал закон»: a state's own act, not a document between states. */
const DOMESTIC = /^\s+(?:[\p{L}-]+\s+){0,1}?(?:распоряжени|указ|закон|постановлени|приказ)/iu;

/** The class an entry gives in a sentence, and its CAMEO code; undefined when the word means no event here. */
function classify(e: LexiconEntry, s: string, t: Token): { cls: string; code: string } | undefined {
  if (e.cls === 'adopt') {
    const after = s.slice(t.end);
    if (ADOPTED.test(after)) return { cls: documentClassRu(s, t.start, t.end), code: '057' };
    return RECEIVED.test(after) ? { cls: 'meeting', code: '040' } : undefined;
  }
  if (e.cls === 'visit') return { cls: visitKindRu(s), code: /принял|приня/iu.test(t.text) ? '043' : e.code };
  if (e.cls === 'sign') {
    if (DOMESTIC.test(s.slice(t.end))) return undefined;
    return { cls: documentClassRu(s, t.start, t.end), code: e.code };
  }
  // «договорились о прекращении огня»: a ceasefire agreed binds both sides.
  if (e.intent && /прекращени\p{L}*\s+огня|перемири/iu.test(s.slice(t.end, t.end + 60)))
    return { cls: 'agreement', code: '0871' };
  return { cls: e.cls, code: e.code };
}

/**
 * The state a recognition names: «признала независимость Азербайджана», «признало 8 января 1992 года
 * Российскую Федерацию» (a state named within a few words, no clause between), not «признал, что …»
 * nor «независимость Абхазии».
 */
function recognisesState(f: SentenceFacts, from: number): boolean {
  const s = f.sentence.text;
  const c = f.countries.find((x) => x.start >= from && x.kind === 'name');
  if (!c || c.start - from > 80) return false;
  const between = s.slice(from, c.start);
  if (/[,;:]|(?<!\p{L})что(?!\p{L})/iu.test(between)) return false;
  // Only words of the object and its date: independence, sovereignty, a date, "the republic of".
  return /^(?:\s+(?:независимост\p{L}*|суверенитет\p{L}*|республик\p{L}*|\d{1,4}|(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*|года?|в|во))*\s*$/iu.test(
    between,
  );
}

/** The clause of a sentence around a word: what `needs` is looked for in. */
function clauseAround(s: string, t: Token): string {
  const from = Math.max(s.lastIndexOf(';', t.start), 0);
  const to = s.indexOf(';', t.end);
  return s.slice(from, to < 0 ? s.length : to);
}

/**
 * A headline: the line a word stands on has no final punctuation («Погранслужба Киргизии: … идут
 * боестолкновения военных»), even where the segmenter ran it into the next sentence. Headlines
 * name a story's subject; its sentences state the events.
 */
function inHeadline(f: SentenceFacts, text: string, at: number): boolean {
  if (f.sentence.listItem) return false;
  const abs = f.sentence.start + at;
  // A headline is short: look for its line's ends no further than that (a long line is no headline).
  const before = text.slice(Math.max(0, abs - HEADLINE_MAX), abs);
  const nlBefore = before.lastIndexOf('\n');
  if (nlBefore < 0 && abs > HEADLINE_MAX) return false;
  const after = text.slice(abs, abs + HEADLINE_MAX);
  const nlAfter = after.indexOf('\n');
  if (nlAfter < 0 && abs + HEADLINE_MAX < text.length) return false;
  const line = `${before.slice(nlBefore + 1)}${nlAfter < 0 ? after : after.slice(0, nlAfter)}`.trim();
  return line.length < HEADLINE_MAX && !/[.!?…"»”]$/.test(line);
}
const HEADLINE_MAX = 200;

/** «во время разговора … обсудили»: what a call, visit or talks covered, not an event of its own. */
const CONTENT_OF =
  /(?<!\p{L})(?:в\s+ходе|во\s+время|в\s+рамках|в\s+начале|по\s+итогам)\s+(?:[\p{L}-]+\s+){0,2}?(?:разговор|бесед|визит|переговор|встреч|саммит|заседани)/iu;
/** «…, в рамках которого были достигнуты договоренности»: a relative clause describes the event before it. */
const RELATIVE = /,\s*(?:[\p{L}-]+\s+){0,3}?котор\p{L}*/iu;
/** «коммюнике об установлении дипломатических отношений»: what a document is about, not an event. */
const DOCUMENT_SUBJECT =
  /(?:договор(?!енн)|соглашени|меморандум|декларац|заявлени|коммюнике|протокол|конвенци|документ|распоряжени|указ)\p{L}*\s+(?:[\p{L}-]+\s+){0,8}?об?\s+$/iu;
/** «на встрече в Баку подписали»: the meeting is where another act happened. */
const SETTING_BEFORE = /(?<!\p{L})на\s+$/iu;

/**
 * Candidates for one Russian sentence: each lexicon word that states an event (not negated, not
 * planned, not quoted, not a reference), with its class and CAMEO code. Headings state none.
 */
export function findTriggersRu(f: SentenceFacts, text: string): Candidate[] {
  const s = f.sentence.text;
  const out: Candidate[] = [];
  for (const t of f.tokens) {
    const e = lexiconEntry(t.text);
    if (!e || inHeadline(f, text, t.start)) continue;
    if (e.cls !== 'sign' && DOCUMENT_SUBJECT.test(s.slice(Math.max(0, t.start - 90), t.start))) continue;
    // Talks a sentence places inside a contact it names are that contact's content.
    if (e.cls === 'meeting' && CONTENT_OF.test(s.slice(0, t.start))) continue;
    if (e.needs && !e.needs.test(clauseAround(s, t))) continue;
    const why = notAnEvent({
      text: s,
      start: t.start,
      end: t.end,
      verb: e.verb === true,
      present: e.present === true,
      intent: e.intent === true,
      violence: e.violence === true,
    });
    if (why) continue;
    // «признала независимость Абхазии»: recognition is an event between states only when a state is named.
    if (e.recognition && !recognisesState(f, t.end)) continue;
    const kind = classify(e, s, t);
    if (!kind) continue;
    const { cls, code } = kind;
    const trigger: Trigger = {
      start: t.start,
      end: t.end,
      cameo: code,
      class: cls,
      rule: `ru:${foldRu(t.text)}`,
    };
    const c = candidateFor(f, trigger, []);
    if (e.cls === 'sign' || (e.cls === 'adopt' && code === '057')) {
      // «подписали документ(ы)»: no document named, a summary of the signing beside it.
      if (
        /^[^.;]{0,40}?документ/iu.test(s.slice(t.end)) &&
        !/^[^.;]{0,40}?(?:договор(?!енн)|соглашени|декларац|меморандум)/iu.test(s.slice(t.end))
      )
        trigger.rule += '/документы';
      const count = documentCount(s.slice(Math.max(0, t.start - 60), t.end + 120));
      if (count !== undefined) {
        c.count = count;
        c.cls = 'mou';
      }
      const rung = c.cls === 'declaration' ? rungRu(s.slice(t.end, t.end + 200)) : undefined;
      if (rung) c.rung = rung;
    }
    out.push(c);
  }
  const expelled = out.some((c) => c.cls === 'expel_diplomats');
  const called = out.some((c) => c.cls === 'phone_call');
  return out.filter((c, i) => {
    // «на встрече … подписали»: a meeting named as the setting of another act of the sentence.
    if (
      c.cls === 'meeting' &&
      SETTING_BEFORE.test(s.slice(Math.max(0, c.trigger.start - 4), c.trigger.start)) &&
      out.some((o) => o !== c && o.cls !== 'meeting')
    )
      return false;
    // «обсудил по телефону»: what was discussed is the call's content.
    if (called && c.cls === 'meeting') return false;
    // «вызвали … и вручили ноту об объявлении персонами нон грата»: the note delivers the expulsion.
    if (expelled && c.cls === 'protest') return false;
    const prev = out[i - 1];
    // A second event in a relative clause of the first describes it.
    return !(prev && RELATIVE.test(s.slice(prev.trigger.end, c.trigger.start)));
  });
}
