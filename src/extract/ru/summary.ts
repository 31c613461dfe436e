import { countryName as registryName } from '../../core/countries.ts';
import type { Actor } from '../../core/types.ts';
import type { Candidate, DocumentContext, Refiner } from '../types.ts';

/** Names English writes with "the" ("the United States", "the Netherlands"). */
const WITH_THE =
  /^(?:United\s|Netherlands|Philippines|Czech Republic|Central African|Dominican Republic|Gambia|Bahamas|Maldives|Comoros|Seychelles|Marshall Islands|Solomon Islands)/;

/** A country's English name as a summary writes it. */
function countryName(iso3: string): string {
  const name = registryName(iso3);
  return WITH_THE.test(name) ? `the ${name}` : name;
}

/** The office an actor held, as a summary names it. */
function office(a: Actor): string | undefined {
  const r = a.role ?? '';
  if (/president|head of state/i.test(r)) return 'president';
  if (/prime minister|head of government|premier/i.test(r)) return 'prime minister';
  if (/foreign/i.test(r)) return 'foreign minister';
  return undefined;
}

const TITLE: Record<string, string> = {
  head_of_state: 'president',
  head_of_government: 'prime minister',
  foreign_minister: 'foreign minister',
};

/** Who acted for each side: the office the sentence names («Президент Туркменистана»), else the office the person held. */
type Offices = (iso3: string) => string | undefined;

function officesOf(c: Candidate): Offices {
  return (iso3) => {
    const titled = c.facts.actors.find(
      (a) => a.role && (a.country === iso3 || (a.pair && c.dyad?.includes(iso3))),
    );
    if (titled?.role) return TITLE[titled.role];
    const a = c.resolvedActors.find((x) => x.country === iso3 && office(x));
    return a ? office(a) : undefined;
  };
}

/** "the president of Kazakhstan"; a person whose office is not known by name ("Alexander Lukashenko of Belarus"); else the country. */
function side(iso3: string, offices: Offices, people: readonly Actor[] = []): string {
  const o = offices(iso3);
  if (o) return `the ${o} of ${countryName(iso3)}`;
  const person = people.find((a) => a.country === iso3 && !a.sector);
  return person ? `${person.name} of ${countryName(iso3)}` : countryName(iso3);
}

/** Both sides: "the presidents of Kazakhstan and Uzbekistan", "Armenia and Azerbaijan". */
function both(pair: readonly [string, string], offices: Offices, people: readonly Actor[] = []): string {
  if (pair[0] === pair[1]) return side(pair[0], offices, people);
  const a = offices(pair[0]);
  if (a && a === offices(pair[1])) return `the ${a}s of ${countryName(pair[0])} and ${countryName(pair[1])}`;
  return `${side(pair[0], offices, people)} and ${side(pair[1], offices, people)}`;
}

/** No offices: the countries by name. */
const NONE: Offices = () => undefined;

const VISIT_KIND: Record<string, string> = {
  state_visit: 'a state visit',
  official_visit: 'an official visit',
  working_visit: 'a working visit',
  visit: 'a visit',
};
const RUNG: Record<string, string> = {
  STRATEGIC_PARTNERSHIP: ' on strategic partnership',
  COMPREHENSIVE_STRATEGIC_PARTNERSHIP: ' on comprehensive strategic partnership',
  ALLIED_DECLARATION: ' on allied relations',
};

/**
 * An English sentence written from the event's structure (class, pair, initiator, the people
 * resolved, count, level): "The presidents of Kazakhstan and Uzbekistan spoke by phone." The
 * Russian words stay in the quote.
 */
export function summarizeRu(c: Candidate): string {
  const pair = c.dyad as [string, string];
  const actors = officesOf(c);
  const people = c.resolvedActors;
  const by = c.initiator && c.initiator !== 'both' ? c.initiator : undefined;
  const to = by ? (by === pair[0] ? pair[1] : pair[0]) : undefined;
  const subject = by ? side(by, actors, people) : both(pair, actors, people);
  const object = to ? countryName(to) : '';
  const party = to ? side(to, actors, people) : '';
  const word = c.trigger.rule;
  const count = c.count !== undefined ? 'a package of documents' : undefined;
  const text = ((): string => {
    switch (c.cls) {
      case 'state_visit':
      case 'official_visit':
      case 'working_visit':
      case 'visit':
        return by
          ? `${subject} paid ${VISIT_KIND[c.cls]} to ${object}`
          : `${VISIT_KIND[c.cls]} between ${countryName(pair[0])} and ${countryName(pair[1])}`;
      case 'meeting':
        return by ? `${subject} held talks with ${party}` : `${subject} held talks`;
      case 'phone_call':
        return by ? `${subject} spoke by phone with ${party}` : `${subject} spoke by phone`;
      case 'message':
        if (/поздрав/.test(word))
          return by ? `${subject} congratulated ${party}` : `${subject} exchanged congratulations`;
        if (/соболезн/.test(word))
          return by ? `${subject} offered condolences to ${party}` : `${subject} exchanged condolences`;
        return by ? `${subject} sent a message to ${party}` : `${subject} exchanged messages`;
      case 'agreement':
        return c.cameo === '0871'
          ? `${subject} agreed a ceasefire`
          : `${subject} signed ${count ?? 'an agreement'}`;
      case 'mou':
        return `${subject} signed ${count ?? (/документ/.test(word) ? 'documents' : 'a memorandum, plan or programme')}`;
      case 'declaration':
        return `${subject} signed a declaration${RUNG[c.rung ?? ''] ?? ''}`;
      case 'diplomatic_relations':
        if (/призна/.test(word) && by)
          return /независимост/iu.test(c.facts.sentence.text.slice(c.trigger.end, c.trigger.end + 40))
            ? `${subject} recognised the independence of ${object}`
            : `${subject} recognised ${object}`;
        return `${both(pair, NONE)} established diplomatic relations`;
      case 'embassy_opening':
        return by
          ? `${subject} opened an embassy in ${object}`
          : `an embassy was opened between ${both(pair, NONE)}`;
      case 'relations_severed':
        return by
          ? `${subject} broke off diplomatic relations with ${object}`
          : `diplomatic relations between ${both(pair, NONE)} ended`;
      case 'recall_ambassador':
        return `${subject} recalled an ambassador${by ? ` from ${object}` : ''}`;
      case 'expel_diplomats':
        return by ? `${subject} expelled diplomats of ${object}` : `${subject} expelled diplomats`;
      case 'protest':
        if (/потребова/.test(word)) return `${subject} made demands${by ? ` of ${object}` : ''}`;
        if (/вызва/.test(word))
          return by ? `${subject} summoned an envoy of ${object}` : `${subject}: an envoy was summoned`;
        return by ? `${subject} protested to ${object}` : `${subject} exchanged protests`;
      case 'criticism':
        if (!by) return `${subject} accused each other`;
        return /отверг/.test(word)
          ? `${subject} rejected a stand of ${object}`
          : `${subject} accused or criticised ${object}`;
      case 'threat':
        return by ? `${subject} threatened ${object}` : `${subject} exchanged threats`;
      case 'sanction':
        return by ? `${subject} imposed sanctions on ${object}` : `sanctions between ${both(pair, NONE)}`;
      case 'armed_clash':
        if (/войн/.test(word)) return `war between ${both(pair, NONE)}`;
        return by
          ? `forces of ${countryName(by)} attacked ${object}`
          : `armed clashes between ${both(pair, NONE)}`;
      case 'intent':
        if (/пригласил/.test(word)) return `${subject} invited ${party || 'the other side'}`;
        if (/предложил/.test(word)) return `${subject} made a proposal${by ? ` to ${object}` : ''}`;
        return `${subject} agreed on a further step`;
      case 'commission_meeting':
        return /форум/.test(word)
          ? `${subject} held a business forum`
          : `${subject} held a session of a joint commission or council`;
      case 'economic_cooperation':
        return `${subject} launched a joint economic project`;
      case 'military_cooperation':
        return `${both(pair, NONE)} held joint military exercises`;
      case 'aid':
        return by ? `${subject} gave aid to ${object}` : `aid between ${both(pair, NONE)}`;
      default:
        return `${both(pair, NONE)}: ${c.cls.replace(/_/g, ' ')}`;
    }
  })();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The last Russian refiner: every summary in English, from the event's structure. */
export const ruSummaries: Refiner = {
  name: 'summaries-ru',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) if (c.dyad) c.summary = summarizeRu(c);
    return candidates;
  },
};
