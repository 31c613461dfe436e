/**
 * The events of the record as noun phrases a brief can list ("Ilham Aliyev's state visit to
 * Uzbekistan"), built from the event's class, actors, sides and linked agreements, never from its
 * summary; and the story of a span of years told period by period.
 */
import { countryName } from '../core/countries.ts';
import type { Agreement, Event, Mechanism } from '../core/types.ts';
import { inProse, spanLabel } from './format.ts';
import type { ReferenceList } from './references.ts';
import type { Cited } from './types.ts';

/** What the phrases need beyond the event itself. */
export type StoryContext = {
  /** Agreements by the event they were signed at. */
  agreementsByEvent: Map<string, Agreement[]>;
  /** Mechanisms by the event one of their meetings is recorded as. */
  mechanismByEvent: Map<string, Mechanism>;
  /** Dates other sources give for an event, in words, when they contradict its date. */
  otherDates: Map<string, string[]>;
};

/** A phrase of one event: `key` groups events that read as one item ("working visits"). */
type Phrase = { key: string; text: (n: number) => string };

const VISITS = new Set(['state_visit', 'official_visit', 'working_visit', 'visit']);
const WAR = new Set(['war', 'armed_conflict', 'mid_war']);
const DISPUTE = new Set(['mid_force', 'mid_display', 'mid_threat']);

/** Events whose kind a brief tells whoever acted; the rest only when a head of state or government acted. */
const RUNG_PHRASE: Record<string, string> = {
  DIPLOMATIC_RELATIONS: 'the establishment of diplomatic relations',
  FRIENDSHIP_TREATY: 'a treaty of friendship',
  PACT: 'a bilateral pact',
  PACT_MULTILATERAL: 'a pact shared with other states',
  STRATEGIC_PARTNERSHIP: 'a declaration of strategic partnership',
  COMPREHENSIVE_STRATEGIC_PARTNERSHIP: 'a declaration of comprehensive strategic partnership',
  ALLIED_DECLARATION: 'a declaration of alliance',
  DEFENCE_PACT_MULTILATERAL: 'a multilateral defence pact',
  ALLIED_TREATY_SIGNED: 'a treaty of alliance',
  DEFENCE_PACT: 'a defence pact',
  ALLIED_TREATY_IN_FORCE: 'the entry into force of their treaty of alliance',
  UNION: 'a union',
  SEVERED: 'the severance of relations',
};

const CONFLICT_PHRASE: Record<string, (side: string) => string> = {
  criticism: (s) => `criticism from ${s}`,
  protest: (s) => `a protest from ${s}`,
  threat: (s) => `a threat from ${s}`,
  recall_ambassador: (s) => `${s}'s recall of its ambassador`,
  expel_diplomats: (s) => `${s}'s expulsion of diplomats`,
  relations_severed: (s) => `${s}'s suspension of relations or links`,
  sanction: (s) => `sanctions imposed by ${s}`,
  border_incident: () => 'a border incident',
  armed_clash: () => 'armed clashes',
};

const isHead = (e: Event) => e.actorLevel === undefined || e.actorLevel === 'head';

/** The side that acted, by name, and the other side. */
function sides(e: Event): { actor?: string; other?: string } {
  if (!e.initiator || e.initiator === 'both') return {};
  const other = e.dyad.find((c) => c !== e.initiator) ?? e.dyad[1];
  return { actor: inProse(countryName(e.initiator)), other: inProse(countryName(other)) };
}

/** The named person who acted for the initiating side, when the record names one. */
function leader(e: Event): string | undefined {
  const own = e.actors.filter((a) => a.country === e.initiator && !a.nonState);
  return (own.find((a) => /head/.test(a.role ?? '')) ?? own[0])?.name;
}

/** An agreement's title without the parties' formal names ("… between the Republic of A and …"). */
function shortTitle(title: string): string {
  return title.replace(/\s+between the Republic of .*$/i, '').replace(/\.$/, '');
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : `${n} ${many}`;
}

/** The phrase for an event, or undefined when a brief leaves it to the chronology. */
export function phraseOf(e: Event, ctx: StoryContext, lenient = false): Phrase | undefined {
  const { actor, other } = sides(e);
  const who = leader(e) ?? actor;
  if (e.provenance === 'reference') {
    if (WAR.has(e.class)) return { key: 'war', text: () => 'war' };
    if (DISPUTE.has(e.class))
      return { key: 'dispute', text: (n) => plural(n, 'a militarized dispute', 'militarized disputes') };
    if (e.class === 'rivalry') return { key: 'rivalry', text: () => 'the start of a strategic rivalry' };
    if (e.class === 'alliance' && e.rung && RUNG_PHRASE[e.rung])
      return { key: `rung:${e.rung}`, text: () => RUNG_PHRASE[e.rung!]! };
    if (e.class === 'diplomatic_representation' && e.rung === 'SEVERED')
      return { key: 'severed', text: () => 'the end of diplomatic representation' };
    if (e.class === 'diplomatic_representation' && e.rung?.startsWith('EMBASS'))
      return {
        key: `rung:${e.rung}`,
        text: () =>
          e.rung === 'EMBASSIES_RECIPROCAL' ? 'representation on both sides' : 'representation by one side',
      };
    return undefined;
  }
  if (e.class === 'embassy_opening')
    return {
      key: `embassy:${e.id}`,
      text: () =>
        actor && other
          ? e.rung?.startsWith('EMBASS')
            ? `the opening of ${actor}'s embassy in ${other}`
            : `the opening of a new mission of ${actor} in ${other}`
          : 'the opening of embassies',
    };
  if (e.rung && RUNG_PHRASE[e.rung]) return { key: `rung:${e.rung}`, text: () => RUNG_PHRASE[e.rung!]! };
  const conflict = CONFLICT_PHRASE[e.class];
  if (conflict) return { key: `${e.class}:${actor ?? ''}`, text: () => conflict(actor ?? 'one side') };
  if (!lenient && !isHead(e)) return undefined;
  if (VISITS.has(e.class)) {
    const kind = e.class.replace('_', ' ');
    if (!who || !other) return { key: e.class, text: (n) => plural(n, `a ${kind}`, `${kind}s`) };
    return { key: `${e.class}:${who}`, text: (n) => `${who}'s ${n > 1 ? `${kind}s` : kind} to ${other}` };
  }
  const count = e.count ?? 1;
  if (['agreement', 'mou', 'declaration'].includes(e.class)) {
    if (count >= 5) return { key: e.id, text: () => `${count} agreements, memoranda and programmes` };
    const linked = (ctx.agreementsByEvent.get(e.id) ?? []).filter((a) => lenient || a.level === 'state');
    if (linked.length)
      return { key: e.id, text: () => listInWords(linked.map((a) => `the ${shortTitle(a.title)}`)) };
    if (!lenient) return undefined;
    return {
      key: e.class,
      text: (n) =>
        e.class === 'mou'
          ? plural(n * count, 'a memorandum or programme', 'memoranda and programmes')
          : e.class === 'declaration'
            ? plural(n, 'a joint declaration', 'joint declarations')
            : plural(n * count, 'an agreement', 'agreements'),
    };
  }
  if (e.class === 'message')
    return { key: `message:${who}`, text: () => `a message from ${who ?? actor ?? 'the leaders'}` };
  if (e.class === 'praise')
    return { key: `praise:${who}`, text: () => `praise from ${who ?? actor ?? 'both sides'}` };
  if (e.class === 'intent')
    return {
      key: `intent:${who}`,
      text: () => (who ? `a commitment by ${who} to further steps` : 'a joint commitment to further steps'),
    };
  if (!lenient) return undefined;
  const mechanism = ctx.mechanismByEvent.get(e.id);
  if (e.class === 'commission_meeting')
    return {
      key: `meeting:${mechanism?.title ?? e.id}`,
      text: (n) =>
        mechanism ? `${n > 1 ? `${n} meetings` : 'a meeting'} of the ${mechanism.title}` : 'a joint forum',
    };
  if (e.class === 'meeting') return { key: 'meeting', text: (n) => plural(n, 'talks', 'rounds of talks') };
  if (e.class === 'phone_call')
    return { key: 'phone_call', text: (n) => plural(n, 'a telephone call', 'telephone calls') };
  if (e.class === 'economic_cooperation' || e.class === 'military_cooperation' || e.class === 'aid')
    return {
      key: e.class,
      text: (n) =>
        plural(
          n,
          `a joint ${e.class === 'aid' ? 'aid' : e.class.split('_')[0]} project`,
          `joint ${e.class.split('_')[0]} projects`,
        ),
    };
  return undefined;
}

/** The date of an event inside its period, without the year the period already names. */
function dateIn(e: Event, period: string, otherDates: string[] | undefined): string {
  // Told by decade, a year is precise enough.
  let d = period.startsWith('the ') ? e.date.slice(0, 4) : spanLabel(e.date, e.end);
  if (/^\d{4}$/.test(period)) d = d.replace(new RegExp(`\\s*${period}$`), '');
  if (otherDates?.length)
    d = `${d ? `${d}; ` : ''}${otherDates.join(' or ')} in ${otherDates.length === 1 ? 'another source' : 'other sources'}`;
  return d;
}

/** `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export type StoryItem = { text: string; cites: number[]; ids: string[] };

/** The phrases of a list of events in one period, grouped, in order of first occurrence. */
export function periodItems(
  events: readonly Event[],
  period: string,
  ctx: StoryContext,
  refs: ReferenceList,
  lenient = false,
): StoryItem[] {
  const groups = new Map<string, { phrase: Phrase; events: Event[] }>();
  for (const e of events) {
    const p = phraseOf(e, ctx, lenient);
    if (!p) continue;
    const g = groups.get(p.key) ?? { phrase: p, events: [] };
    g.events.push(e);
    groups.set(p.key, g);
  }
  return [...groups.values()].map(({ phrase, events: list }) => {
    const dates = [...new Set(list.map((e) => dateIn(e, period, ctx.otherDates.get(e.id))).filter(Boolean))];
    return {
      text: `${phrase.text(list.length)}${dates.length && dates.length <= 4 ? ` (${dates.join(', ')})` : ''}`,
      cites: [...new Set(list.flatMap((e) => refs.citeEvent(e)))].sort((a, b) => a - b),
      ids: list.map((e) => e.id),
    };
  });
}

/** Periods of a story: years, or decades when more than 15 years have something to tell. */
function periodOf(years: number): (date: string) => string {
  return years > 15 ? (date) => `the ${date.slice(0, 3)}0s` : (date) => date.slice(0, 4);
}

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The story: one sentence per period, each with the references of what it states. */
export function storySentences(
  events: readonly Event[],
  ctx: StoryContext,
  refs: ReferenceList,
  maxItems = 8,
): { sentences: Cited[]; ids: Set<string> } {
  const told = events.filter((e) => phraseOf(e, ctx) !== undefined);
  const period = periodOf(new Set(told.map((e) => e.date.slice(0, 4))).size);
  const byPeriod = new Map<string, Event[]>();
  for (const e of told) byPeriod.set(period(e.date), [...(byPeriod.get(period(e.date)) ?? []), e]);
  const ids = new Set<string>();
  const sentences: Cited[] = [];
  for (const [label, list] of byPeriod) {
    const items = periodItems(list, label, ctx, refs);
    const shown = items.slice(0, maxItems);
    for (const it of shown) for (const id of it.ids) ids.add(id);
    const rest = items.slice(maxItems).reduce((t, it) => t + it.ids.length, 0);
    const texts = shown.map((it) => it.text);
    if (rest) texts.push(`${rest} further ${rest === 1 ? 'event' : 'events'} listed in the chronology`);
    // Told year by year, each decade is a paragraph of its own.
    const decade = label.slice(0, 3);
    const previous = sentences.length ? [...byPeriod.keys()][sentences.length - 1]!.slice(0, 3) : decade;
    sentences.push({
      text: `${upper(label)} saw ${listInWords(texts)}.`,
      cites: [...new Set(shown.flatMap((it) => it.cites))].sort((a, b) => a - b),
      ...(/^\d{4}$/.test(label) && decade !== previous ? { paragraph: true as const } : {}),
    });
  }
  return { sentences, ids };
}
