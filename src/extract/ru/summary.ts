import { countryName } from '../../core/countries.ts';
import type { Actor } from '../../core/types.ts';
import type { Candidate, DocumentContext, Refiner } from '../types.ts';

/** The office an actor held, as a summary names it. */
function office(a: Actor): string | undefined {
  const r = a.role ?? '';
  if (/president|head of state/i.test(r)) return 'president';
  if (/prime minister|head of government|premier/i.test(r)) return 'prime minister';
  if (/foreign/i.test(r)) return 'foreign minister';
  return undefined;
}

/** "the president of Kazakhstan", or the country's name when the text names no office holder. */
function side(iso3: string, actors: readonly Actor[]): string {
  const a = actors.find((x) => x.country === iso3 && office(x));
  return a ? `the ${office(a)} of ${countryName(iso3)}` : countryName(iso3);
}

/** Both sides: "the presidents of Kazakhstan and Uzbekistan", "Armenia and Azerbaijan". */
function both(pair: readonly [string, string], actors: readonly Actor[]): string {
  if (pair[0] === pair[1]) return side(pair[0], actors);
  const roles = pair.map((x) => actors.find((a) => a.country === x && office(a)));
  const [a, b] = roles;
  if (a && b && office(a) === office(b))
    return `the ${office(a)}s of ${countryName(pair[0])} and ${countryName(pair[1])}`;
  return `${side(pair[0], actors)} and ${side(pair[1], actors)}`;
}

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
  const actors = c.resolvedActors;
  const by = c.initiator && c.initiator !== 'both' ? c.initiator : undefined;
  const to = by ? (by === pair[0] ? pair[1] : pair[0]) : undefined;
  const subject = by ? side(by, actors) : both(pair, actors);
  const object = to ? countryName(to) : '';
  const party = to ? side(to, actors) : '';
  const word = c.trigger.rule;
  const count = c.count !== undefined ? `${c.count} documents` : undefined;
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
        return /призна/.test(word) && by
          ? `${subject} recognised the independence of ${object}`
          : `${both(pair, [])} established diplomatic relations`;
      case 'embassy_opening':
        return by
          ? `${subject} opened an embassy in ${object}`
          : `an embassy was opened between ${both(pair, [])}`;
      case 'relations_severed':
        return by
          ? `${subject} broke off diplomatic relations with ${object}`
          : `diplomatic relations between ${both(pair, [])} ended`;
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
        return by ? `${subject} imposed sanctions on ${object}` : `sanctions between ${both(pair, [])}`;
      case 'armed_clash':
        if (/войн/.test(word)) return `war between ${both(pair, [])}`;
        return by
          ? `forces of ${countryName(by)} attacked ${object}`
          : `armed clashes between ${both(pair, [])}`;
      case 'intent':
        if (/пригласил/.test(word)) return `${subject} invited ${party || 'the other side'}`;
        if (/предложил/.test(word)) return `${subject} made a proposal${by ? ` to ${object}` : ''}`;
        return `${subject} agreed on a further step`;
      case 'commission_meeting':
        return /форум/.test(word)
          ? `${subject} held a business forum`
          : `${subject} held a session of a joint commission or council`;
      case 'military_cooperation':
        return `${both(pair, [])} held joint military exercises`;
      case 'aid':
        return by ? `${subject} gave aid to ${object}` : `aid between ${both(pair, [])}`;
      default:
        return `${both(pair, [])}: ${c.cls.replace(/_/g, ' ')}`;
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
