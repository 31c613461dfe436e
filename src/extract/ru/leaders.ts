import { allActors } from '../../core/actors.ts';
import { namedThenTitles } from '../recognize/leaders.ts';
import { type Token, tokenize } from '../recognize/tokens.ts';
import type { ActorMention, CountryMention, DocumentContext, Recognizer, SentenceFacts } from '../types.ts';
import { RU_LEADERS } from './leader-names.ts';
import { foldRu, nameKeys, stemRu } from './stem.ts';

type Role = NonNullable<ActorMention['role']>;
type Person = { name: string; country: string; first: Set<string> };

const CYRILLIC = /[\u0400-\u04ff]/;
/** Surname stems shorter than this are too common to stand alone: such surnames match by form. */
const MIN_STEM = 5;

type NameIndex = { forms: Map<string, Person[]>; stems: Map<string, Person[]> };
let index: NameIndex | undefined;

function push(map: Map<string, Person[]>, key: string, p: Person): void {
  const list = map.get(key);
  if (!list) map.set(key, [p]);
  else if (!list.includes(p)) list.push(p);
}

/**
 * Surnames of the registry's people with a Russian spelling, and of the Russian table's, in their
 * cases. A person listed under the surname alone ("Алиев") comes first among those who share it.
 */
function nameIndex(): NameIndex {
  if (index) return index;
  const idx: NameIndex = { forms: new Map(), stems: new Map() };
  const people: { p: Person; variants: string[]; bare: boolean }[] = [];
  for (const a of allActors()) {
    const variants = a.variants.filter((v) => CYRILLIC.test(v));
    if (variants.length === 0) continue;
    const p: Person = { name: a.name, country: a.country, first: new Set() };
    people.push({ p, variants, bare: variants.some((v) => !v.includes(' ')) });
  }
  for (const l of RU_LEADERS) {
    people.push({ p: { name: l.name, country: l.country, first: new Set() }, variants: [l.ru], bare: false });
  }
  people.sort((a, b) => Number(b.bare) - Number(a.bare));
  for (const { p, variants } of people) {
    for (const v of variants) {
      const words = tokenize(v);
      const surname = words[words.length - 1];
      if (!surname) continue;
      const { forms, stems } = nameKeys(surname.text);
      for (const f of forms) push(idx.forms, f, p);
      for (const s of stems) if (s.length >= MIN_STEM) push(idx.stems, s, p);
      for (const w of words.slice(0, -1)) for (const s of nameKeys(w.text).stems) p.first.add(s);
    }
  }
  index = idx;
  return idx;
}

/** People a document has named with their first names, by surname form: a bare surname later is theirs. */
const namedInDocument = new WeakMap<object, Map<string, Person>>();

/** People named in a sentence: a surname in any case, with the first names before it. */
function findNamed(text: string, tokens: readonly Token[], doc: object): ActorMention[] {
  let known = namedInDocument.get(doc);
  if (!known) {
    known = new Map();
    namedInDocument.set(doc, known);
  }
  const idx = nameIndex();
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.upper || !CYRILLIC.test(t.text)) continue;
    const people = idx.forms.get(foldRu(t.text)) ?? idx.stems.get(stemRu(t.text));
    if (!people) continue;
    // First names before the surname ("Касым-Жомартом Токаевым"): they pick among namesakes.
    let from = i;
    let chosen: Person | undefined;
    while (from > 0) {
      const prev = tokens[from - 1] as Token;
      if (!prev.upper || /[^\s-]/.test(text.slice(prev.end, tokens[from]?.start))) break;
      const s = stemRu(prev.text);
      const who = people.find((p) => p.first.has(s));
      if (!who) break;
      chosen = who;
      from--;
    }
    // «Садыр Жапаров …», then «Жапаров»: the one the document named, not a namesake.
    const namesakes = people.map((x) => x.name).join('|');
    if (chosen) known.set(namesakes, chosen);
    const p = chosen ?? known.get(namesakes) ?? (people[0] as Person);
    out.push({ start: (tokens[from] as Token).start, end: t.end, name: p.name, country: p.country });
  }
  return out;
}

/** Case endings of the title nouns (not "Министерство", "президентских"). */
const CASE = '(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\\p{L})';
const ROLES: [RegExp, Role][] = [
  [
    new RegExp(
      `^(?:министр${CASE}\\s+иностранных\\s+дел|глав(?:а|ы|е|у|ой)\\s+(?:МИД|внешнеполитического\\s+ведомства))`,
      'iu',
    ),
    'foreign_minister',
  ],
  [
    new RegExp(
      `^(?:премьер-министр${CASE}|премьер${CASE}|(?:председател(?:ь|я|ю|ем|е|и)|глав(?:а|ы|е|у|ой))\\s+правительств\\p{L}*)`,
      'iu',
    ),
    'head_of_government',
  ],
  [
    new RegExp(
      `^(?:президент${CASE}|председател(?:ь|я|ю|ем|е|и)(?=\\s+(?:КНР|Китая|Китайской))|лидер${CASE}|глав(?:а|ы|е|у|ой|ам|ами)\\s+государств\\p{L}*)`,
      'iu',
    ),
    'head_of_state',
  ],
  // «Глава КНР»: "head" before a name in capitals (case matters here, so no `i` flag).
  [/^[Гг]лав(?:а|ы|е|у|ой)(?=\s+\p{Lu})/u, 'head_of_state'],
];
const ROLE_START = /(?<!\p{L})(?:министр|глав|премьер|председател|президент|лидер)/giu;
/** Plural titles: "Президенты", "главы государств", "лидеры двух стран". */
const PLURAL = /^(?:президенты|лидеры|главы|премьер-министры|министры)/i;
const PAIR_AFTER = /^\s+(?:двух\s+(?:стран|государств)|стран\b|обеих\s+стран)/iu;
/** Between a title and its country: "Президент Республики Узбекистан" is one country mention. */
const TITLE_GAP = /^\s*$/;

/** Titles without names: "Президент Узбекистана", "президенты Казахстана и Узбекистана", "узбекского лидера", "Президенты". */
function findTitles(text: string, countries: readonly CountryMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  ROLE_START.lastIndex = 0;
  for (let m = ROLE_START.exec(text); m; m = ROLE_START.exec(text)) {
    const rest = text.slice(m.index);
    let role: Role | undefined;
    let len = 0;
    for (const [re, r] of ROLES) {
      const hit = re.exec(rest);
      if (hit) {
        role = r;
        len = hit[0].length;
        break;
      }
    }
    if (!role) continue;
    const end = m.index + len;
    ROLE_START.lastIndex = end;
    const plural = PLURAL.test(rest);
    const after = countries.filter((c) => c.start >= end && TITLE_GAP.test(text.slice(end, c.start)));
    const before = countries.find((c) => c.kind === 'demonym' && /^\s$/.test(text.slice(c.end, m?.index)));
    const first = after[0] ?? before;
    if (first) {
      out.push({
        start: Math.min(m.index, first.start),
        end: Math.max(end, first.end),
        role,
        country: first.iso3,
      });
      // "президенты Казахстана и Узбекистана": one title, two holders.
      const second = countries.find(
        (c) => c.start > first.end && /^\s+и\s+$/.test(text.slice(first.end, c.start)),
      );
      if (plural && second) out.push({ start: second.start, end: second.end, role, country: second.iso3 });
    } else if (plural || PAIR_AFTER.test(text.slice(end))) {
      out.push({ start: m.index, end, role, pair: true });
    }
  }
  return out;
}

/** The Russian leader recogniser: named people, then titles, in text order. */
export const ruLeaderRecognizer: Recognizer = {
  name: 'leaders-ru',
  recognize(facts: SentenceFacts, ctx: DocumentContext) {
    const text = facts.sentence.text;
    facts.actors = namedThenTitles(findNamed(text, facts.tokens, ctx), findTitles(text, facts.countries));
  },
};
