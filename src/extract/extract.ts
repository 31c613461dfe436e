import { goldstein } from '../core/cameo.ts';
import { countryName, sortedDyad } from '../core/countries.ts';
import { findActor, officeHolder } from '../core/actors.ts';
import type { Actor, Event } from '../core/types.ts';
import { matchRules, selectMatches } from './classify/all-rules.ts';
import { classForCode } from './classify/class-for-code.ts';
import { RECOGNIZERS } from './configuration.ts';
import { tokenize } from './recognize/tokens.ts';
import { direction } from './refine/direction.ts';
import { resolveMention } from './refine/resolve-date.ts';
import { findSectors } from './refine/sectors.ts';
import { segmentText } from './segment/segment-text.ts';
import type { Candidate, DateMention, DocumentContext, ResolvedDate, SentenceFacts } from './types.ts';

export type ExtractOptions = {
  dyad?: [string, string];
  documentId?: string;
  title?: string;
  /** YYYY-MM-DD; only for "today"-relative phrases, never to fill missing date parts. */
  referenceDate?: string;
  language?: string;
};

export type ExtractResult = {
  document: { id: string; title?: string; language: string; sentences: number };
  events: Event[];
};

/** Codes that are talk about talk: not events between two countries. */
const NOT_EVENTS = /^(?:010|011|012|013|014|015|016|019)$/;
const ANAPHORIC =
  /^(?:both\s+(?:presidents|leaders|sides|heads)|the\s+(?:two\s+)?(?:presidents|leaders|sides|parties|heads)|during\s+the\s+(?:visit|talks|meeting)|within\s+the\s+(?:framework\s+of\s+the\s+)?visit|in\s+the\s+course\s+of|at\s+the\s+(?:talks|meeting)|following\s+the\s+(?:talks|meeting)|they\b|also\b|in\s+addition)/i;
const AMONG = /^(?:among\s+them|these\s+include|they\s+include|including|the\s+documents\s+include)/i;
const CIRCUMSTANCE = /^at\s+the\s+invitation|^invitation\s+of/i;

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function recognize(ctx: DocumentContext): SentenceFacts[] {
  return ctx.sentences.map((sentence) => {
    const facts: SentenceFacts = {
      sentence,
      tokens: tokenize(sentence.text),
      dates: [],
      countries: [],
      actors: [],
      settings: [],
      documents: [],
      institutions: [],
    };
    for (const r of RECOGNIZERS) r.recognize(facts, ctx);
    return facts;
  });
}

/** The two countries a document is about: the title's, else the two most named. */
function documentDyad(all: SentenceFacts[], title: string | undefined): [string, string] | undefined {
  const counts = new Map<string, number>();
  const bump = (c: string, n: number) => counts.set(c, (counts.get(c) ?? 0) + n);
  for (const f of all) {
    for (const c of f.countries) bump(c.iso3, c.kind === 'capital' ? 0.5 : 1);
    for (const a of f.actors) if (a.country) bump(a.country, 1);
  }
  if (title) for (const c of recognizeTitle(title)) bump(c, 100);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [a, b] = ranked;
  if (!a || !b || b[1] < 2) return undefined;
  return sortedDyad(a[0], b[0]);
}

function recognizeTitle(title: string): string[] {
  const facts = {
    sentence: { text: title },
    tokens: tokenize(title),
    countries: [],
  } as unknown as SentenceFacts;
  RECOGNIZERS[1]?.recognize(facts, {} as DocumentContext);
  return facts.countries.map((c) => c.iso3);
}

/** Nearest date mention to a trigger (a date before it in the same clause is preferred). */
function nearestDate(f: SentenceFacts, start: number, end: number): DateMention | undefined {
  let best: DateMention | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const d of f.dates) {
    if (d.validity) continue;
    const dist = d.end <= start ? start - d.end : d.start >= end ? (d.start - end) * 1.5 : 0;
    if (dist < bestD) {
      bestD = dist;
      best = d;
    }
  }
  return best;
}

function triggersOf(f: SentenceFacts): Candidate[] {
  const text = f.sentence.text;
  if (AMONG.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of selectMatches(matchRules(text))) {
    if (m.weak || NOT_EVENTS.test(m.code)) continue;
    if (CIRCUMSTANCE.test(text.slice(Math.max(0, m.start - 7), m.end))) continue;
    const cls = classForCode(m.code, text.slice(Math.max(0, m.start - 20), m.end + 60));
    if (!cls) continue;
    out.push({
      facts: f,
      trigger: { start: m.start, end: m.end, cameo: m.code, class: cls, rule: String(m.code) },
      cls,
      cameo: m.code,
      dateInferred: false,
      approximate: false,
      countries: [],
      dyadInferred: false,
      initiator: null,
      actors: f.actors,
      summary: text.length > 300 ? `${text.slice(0, 297)}…` : text,
      sectors: findSectors(text),
      extraSources: [],
      dropped: false,
    });
  }
  return out;
}

/** Dates for candidates: own mention, else the passage's context; relatives from context. */
function assignDates(all: SentenceFacts[], cands: Map<number, Candidate[]>, ctx: DocumentContext): void {
  let docContext: ResolvedDate | undefined;
  const passageContext = new Map<number, ResolvedDate>();
  let lastPassage = -1;
  for (const f of all) {
    const s = f.sentence;
    if (s.passage !== lastPassage) {
      // A passage that opens by pointing back ("Both Presidents …") continues the one before it.
      const before = passageContext.get(s.passage - 1);
      if (before && ANAPHORIC.test(s.text)) passageContext.set(s.passage, before);
      lastPassage = s.passage;
    }
    let context = passageContext.get(s.passage);
    for (const c of cands.get(s.index) ?? []) {
      const m = nearestDate(f, c.trigger.start, c.trigger.end);
      const r = m ? resolveMention(m, context ?? docContext, ctx.referenceDate) : undefined;
      if (r) {
        c.date = r.date;
        c.approximate = r.approximate;
        c.dateInferred = m?.year === undefined;
      } else if (!s.quoted && context) {
        c.date = context;
        c.dateInferred = true;
      }
    }
    for (const m of f.dates) {
      if (m.validity) continue;
      const r = resolveMention(m, context ?? docContext, ctx.referenceDate);
      if (!r || r.approximate) continue;
      context = r.date;
      passageContext.set(s.passage, r.date);
      docContext = r.date;
    }
  }
}

function actorAt(name: string, date: string): Actor | undefined {
  const a = findActor(name, date);
  if (!a) return undefined;
  return { name: a.name, country: a.country, ...(a.roles[0] ? { role: a.roles[0].title } : {}) };
}

function holder(
  iso3: string,
  role: 'head_of_state' | 'head_of_government' | 'foreign_minister',
  date: string,
) {
  const a = officeHolder(
    iso3,
    role,
    date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date,
  );
  return a ? { name: a.name, country: a.country, role: role.replace(/_/g, ' ') } : undefined;
}

/** Pair, initiator, actors, place and setting of one dated candidate. */
function locate(c: Candidate, ctx: DocumentContext, passageCountries: Map<number, string[]>): void {
  const f = c.facts;
  const date = c.date?.date ?? '';
  const resolved: Actor[] = [];
  for (const a of f.actors) {
    if (a.name) {
      const p = actorAt(a.name, date);
      if (p) resolved.push(p);
    }
  }
  const named = new Set(resolved.map((a) => a.country));
  const setting = f.settings[0];
  if (setting) c.setting = setting.name;
  const inSetting = (at: number) => f.settings.some((x) => at >= x.start && at < x.end);
  const countries: string[] = [];
  const add = (x: string | undefined) => x && !countries.includes(x) && countries.push(x);
  for (const m of f.countries) {
    const lead = f.sentence.text.slice(Math.max(0, m.start - 6), m.start);
    if (m.kind === 'capital' && (/\b(?:in|at|to)\s+$/i.test(lead) || inSetting(m.start))) continue;
    add(m.iso3);
  }
  for (const a of resolved) add(a.country);
  for (const a of f.actors) if (!a.name && a.country) add(a.country);
  const want = ctx.requestedDyad;
  let pair: [string, string] | undefined;
  if (want) {
    const hits = countries.filter((x) => x === want[0] || x === want[1]);
    const others = countries.filter((x) => x !== want[0] && x !== want[1]);
    if (new Set(hits).size === 2 || (hits.length > 0 && others.length === 0)) pair = want;
    else if (hits.length === 0 && others.length === 0) pair = want;
    else if (hits.length > 0 && others.length >= 3) pair = want;
    c.dyadInferred = new Set(hits).size < 2;
  } else {
    const pool = [...countries];
    for (const x of passageCountries.get(f.sentence.passage) ?? [])
      if (pool.length < 2 && !pool.includes(x)) pool.push(x);
    const dd = ctx.documentDyad;
    if (dd && pool.length < 2) for (const x of dd) if (pool.length < 2 && !pool.includes(x)) pool.push(x);
    if (dd && pool.includes(dd[0]) && pool.includes(dd[1])) pair = dd;
    else if (pool.length >= 2) pair = sortedDyad(pool[0] as string, pool[1] as string);
    c.dyadInferred = countries.length < 2;
  }
  if (!pair) {
    c.dropped = true;
    return;
  }
  c.dyad = pair;
  for (const a of f.actors) {
    if (a.name || !c.date) continue;
    if (a.pair && a.role)
      for (const iso of pair) {
        const h = holder(iso, a.role, date);
        if (h) resolved.push(h);
      }
    else if (a.country && a.role) {
      const h = holder(a.country, a.role, date);
      if (h) resolved.push(h);
    }
  }
  const seen = new Set<string>();
  c.actors = [];
  const actors: Actor[] = resolved.filter((a) => !seen.has(a.name) && seen.add(a.name));
  (c as Candidate & { resolvedActors: Actor[] }).resolvedActors = actors;
  c.initiator = direction(
    {
      ...c,
      actors: f.actors.map((a, i) => ({ ...a, country: a.country ?? actors[i]?.country })),
    } as Candidate,
    pair,
  );
  if (c.initiator === null && /cooperation|agreement|mou|declaration|meeting/.test(c.cls))
    c.initiator = 'both';
  if (c.initiator === null && named.size === 1) {
    const only = [...named][0];
    if (only && pair.includes(only)) c.initiator = only;
  }
  for (const m of f.countries) {
    const lead = f.sentence.text.slice(Math.max(0, m.start - 12), m.start);
    if (/\b(?:in|at|arrived in|to)\s+$/i.test(lead) && m.start > c.trigger.start - 60) {
      c.place = { name: f.sentence.text.slice(m.start, m.end), country: m.iso3 };
      break;
    }
  }
}

/** Folds repeated mentions of one event into the first: "Both Presidents exchanged views", "your state visit". */
function merge(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const family = (cls: string) => (/visit|meeting/.test(cls) ? 'visit' : cls);
  for (const c of cands) {
    // Repeats sit close to what they repeat: look back a bounded window, keeping the merge linear.
    const prior = out
      .slice(-12)
      .reverse()
      .find((o) => {
        if (
          !o.dyad ||
          !c.dyad ||
          o.dyad.join() !== c.dyad.join() ||
          family(o.cls) !== family(c.cls) ||
          !o.date ||
          !c.date
        )
          return false;
        if (family(c.cls) !== 'visit') return o.facts === c.facts && o.cls === c.cls;
        const sameDay = o.date.date === c.date.date;
        const within =
          c.date.date.startsWith(o.date.date.slice(0, c.date.date.length)) ||
          o.date.date.startsWith(c.date.date);
        if (c.cls === 'meeting' && c.dateInferred) return sameDay || within;
        if (c.approximate) return within && (o.initiator === c.initiator || c.initiator === null);
        return o.facts === c.facts;
      });
    if (!prior) {
      out.push(c);
      continue;
    }
    prior.extraSources.push(c.facts.sentence);
    if (prior.cls === 'visit' && /_visit$/.test(c.cls)) prior.cls = c.cls;
    for (const s of c.sectors) if (!prior.sectors.includes(s)) prior.sectors.push(s);
  }
  return out;
}

/** "15 MOU's were adopted … Among them is the Action Plan …": count and titles on one event. */
function countedDocuments(all: SentenceFacts[], cands: Candidate[], ctx: DocumentContext): Candidate[] {
  const extra: Candidate[] = [];
  for (const f of all) {
    if (!AMONG.test(f.sentence.text)) continue;
    const prev = [...cands]
      .reverse()
      .find((c) => c.facts.sentence.index < f.sentence.index && c.count !== undefined);
    if (!prev) continue;
    const titles = f.documents.map((d) => d.title);
    prev.summary = `${prev.summary} Among them: ${titles.join('; ')}.`.slice(0, 600);
    for (const s of findSectors(f.sentence.text)) if (!prev.sectors.includes(s)) prev.sectors.push(s);
    for (const d of f.documents.filter((x) => x.milestone)) {
      extra.push({
        ...prev,
        facts: f,
        trigger: { start: d.start, end: d.end, cameo: '057', class: d.kind, rule: 'document' },
        cls: d.kind,
        cameo: '057',
        summary: d.title.replace(/^the\s+/i, ''),
        sectors: findSectors(d.title),
        extraSources: [],
        dateInferred: true,
      } as Candidate);
      delete extra[extra.length - 1]?.count;
    }
  }
  void ctx;
  return [...cands, ...extra].sort(
    (a, b) => a.facts.sentence.start + a.trigger.start - (b.facts.sentence.start + b.trigger.start),
  );
}

/**
 * The events a text states, each dated as precisely as the text (never more), with its pair,
 * initiator, class and CAMEO code, actors, place, setting, sectors, count and evidence.
 */
export function extractEvents(text: string, opts: ExtractOptions = {}): ExtractResult {
  const input = typeof text === 'string' ? text : '';
  const documentId = opts.documentId ?? `doc-${fnv(input)}`;
  const sentences = segmentText(input);
  const ctx: DocumentContext = { text: input, documentId, sentences };
  if (opts.referenceDate && /^\d{4}-\d{2}-\d{2}$/.test(opts.referenceDate))
    ctx.referenceDate = opts.referenceDate;
  if (opts.dyad) ctx.requestedDyad = sortedDyad(opts.dyad[0].toUpperCase(), opts.dyad[1].toUpperCase());
  const all = recognize(ctx);
  const dd = documentDyad(all, opts.title ?? sentences[0]?.text);
  if (dd) ctx.documentDyad = dd;
  const bySentence = new Map<number, Candidate[]>();
  for (const f of all) {
    const cs = triggersOf(f);
    for (const d of f.documents) {
      const c = cs.find((x) => x.cameo === '057' && d.count !== undefined);
      if (c && d.count !== undefined) {
        c.count = d.count;
        c.cls = d.kind;
      }
    }
    if (cs.length) bySentence.set(f.sentence.index, cs);
  }
  assignDates(all, bySentence, ctx);
  const passageCountries = new Map<number, string[]>();
  for (const f of all) {
    const list = passageCountries.get(f.sentence.passage) ?? [];
    for (const c of f.countries) if (c.kind !== 'capital' && !list.includes(c.iso3)) list.push(c.iso3);
    passageCountries.set(f.sentence.passage, list);
  }
  let cands = [...bySentence.values()].flat().filter((c) => c.date);
  for (const c of cands) locate(c, ctx, passageCountries);
  cands = cands.filter((c) => !c.dropped);
  cands = countedDocuments(all, cands, ctx);
  cands = merge(cands);
  const language = opts.language ?? (/[\u0400-\u04ff]{4}/.test(input.slice(0, 2000)) ? 'ru' : 'en');
  const document: ExtractResult['document'] = { id: documentId, language, sentences: sentences.length };
  if (opts.title) document.title = opts.title;
  return { document, events: cands.map((c, i) => toEvent(c, i, documentId)) };
}

function toEvent(c: Candidate, i: number, documentId: string): Event {
  const date = c.date as ResolvedDate;
  const dyad = c.dyad as [string, string];
  const s = c.facts.sentence;
  const actors = (c as Candidate & { resolvedActors?: Actor[] }).resolvedActors ?? [];
  let confidence = 0.8;
  if (c.dateInferred) confidence -= 0.15;
  if (c.dyadInferred) confidence -= 0.1;
  if (c.approximate) confidence -= 0.1;
  const sources = [s, ...c.extraSources].map((x) => ({
    document: documentId,
    quote: x.text,
    start: x.start,
    end: x.end,
  }));
  const ev: Event = {
    id: `${documentId}#${i + 1}`,
    date: date.date,
    precision: date.precision,
    dyad,
    initiator: c.initiator,
    class: c.cls,
    cameo: c.cameo,
    goldstein: goldstein(c.cameo) ?? 0,
    actors,
    summary: c.count !== undefined ? `${c.count} documents: ${c.summary}` : c.summary,
    sectors: c.sectors,
    sources,
    provenance: 'extracted',
    confidence: Math.round(Math.max(0.1, confidence) * 100) / 100,
  };
  if (date.end) ev.end = date.end;
  if (c.place) ev.place = c.place;
  if (c.count !== undefined) ev.count = c.count;
  if (c.setting) ev.setting = c.setting;
  void countryName;
  return ev;
}
