import type { Candidate, SentenceFacts, Trigger } from '../types.ts';
import { matchRules, type RuleMatch, selectMatches } from './all-rules.ts';
import { classForCode } from './class-for-code.ts';
import { dictionaryMatches } from './dictionary-matches.ts';
import { statementMatch } from './statements.ts';

/** Codes that are talk about talk (comments, denials, hopes): not events between two countries. */
const NOT_EVENTS = /^(?:010|011|012|013|014|015|016|019)$/;
/** "Among them …": a list of the documents an earlier sentence counted, not new signings. */
export const AMONG = /^(?:among\s+them|these\s+include|they\s+include|including|the\s+documents\s+include)/i;
/** "at the invitation of": the circumstance of a visit, not an invitation event. */
const CIRCUMSTANCE = /^at\s+the\s+invitation|^invitation\s+of/i;
/** A plan named as a noun ("the upcoming state visit"): not an event that happened. */
const PLANNED_BEFORE =
  /\b(?:upcoming|forthcoming|planned|next|future|proposed|possible|prepar(?:e|ing|ations?)\s+(?:for\s+)?)\s*(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A schedule the reporter gives ("is expected to visit", "is due to meet"): no actor stated an intent. */
const SCHEDULED =
  /\b(?:is|are|was|were)\s+(?:(?:also|now)\s+)?(?:expected|scheduled|due|slated|set)\s+to\s+(?:[\w-]+\s+)?$/i;
const SCHEDULED_TRIGGER = /^(?:expected|scheduled)\b/i;
/**
 * A signing or cooperation the text says did not happen or is only meant to ("did not sign", "plan
 * to sign", "will sign", "failed to ratify"): no event. Agreeing to do it later is an intent (03x),
 * coded by its own rule.
 */
const UNREALISED_BEFORE =
  /\b(?:not|never|n['’]t|no\s+longer|failed\s+to|refused\s+to|declined\s+to|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|aim(?:s|ed)?\s+to|hope(?:s|d)?\s+to|want(?:s|ed)?\s+to|will|would|shall|may|might|could|should|are\s+to|is\s+to|going\s+to|ready\s+to)\s+(?:(?:also|jointly|soon|formally|officially)\s+)?$/i;
/** A purpose or an invited act ("invited X to pay a state visit", "telephoned … to congratulate"). */
const PURPOSE_BEFORE = /\bto\s+(?:[\w-]+\s+){0,2}$/i;
/** A trigger word used as a noun after a preposition ("sanctions … over the attack"). */
const NOMINAL_BEFORE =
  /\b(?:of|for|over|about|on|against|after(?!\s+(?:which|that|this)\b)|amid|despite|to|with|into|from)\s+(?:[\w-]+\s+){0,2}$/i;
/** Violence named as a time or cause ("since the Cold War", "after the attack"): not a new event. */
const REFERENCE_BEFORE =
  /\b(?:since|after(?!\s+(?:which|that|this)\b)|over|amid|despite|following|of|ended|end|ending|because\s+of|due\s+to|in\s+retaliation\s+for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}$/i;
/** A trigger word inside a compound ("long-threatened invasion") or after a possessive ("Jordan's visiting King") describes a noun. */
const ATTRIBUTIVE_BEFORE = /(?:\p{L}-|['’]s\s+|(?<!\p{L})(?:the|a|an|his|her|their|its)\s+)$/iu;
/** "were killed by Serbian forces": the agent of a passive verb follows it. */
const BY_AGENT = /^\s+by\s+(?:the\s+|a\s+|an\s+)?\p{Lu}/u;
/** An organisation or a name before the verb ("U.N. helicopters", "The International Labor Office"). */
const NAMED_SUBJECT = /(?:^|\s)(?:\p{Lu}\.?){2,}|\S\s+\p{Lu}\p{Ll}+/u;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$/i;
const ONGOING_AFTER =
  /^\s+(?:were|was|are|is|have\s+been|has\s+been)\s+(?:still\s+)?(?:continuing|ongoing|going\s+on)\b/i;
/** ", charging its neighbour with …": a participle that elaborates the event before it. */
const ELABORATION = /,\s*$/;
/** An event named as the time of another ("during the official visit of …"): an event of its own. */
const DURING =
  /\b(?:during|following|as\s+part\s+of|on\s+the\s+occasion\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:first\s+|second\s+|third\s+|\d+(?:st|nd|rd|th)\s+)?$/i;

/**
 * A quotation a speaker introduces ('Nazarbayev said: "Today we signed …"'): what the speaker
 * states happened is an event; other quoted words (names, phrases, slogans) are not.
 */
export const SPEECH_BEFORE =
  /\b(?:said|says|stated|declared|noted|stressed|emphasi[sz]ed|announced|told\s+[\p{L} ]{2,40}?|added|wrote)(?:\s*[:,]|\s+that)\s*$/u;

/** Spans of the sentence inside quotation marks: words quoted are not the sentence's own events. */
function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || (c === 0x22 && open < 0)) open = i;
    else if ((c === 0x201d || c === 0x22) && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

/**
 * A heading: a line of its own without final punctuation ("Armenia and Azerbaijan: from war to
 * negotiations, 2020–2023"). Headings name a story's subject; its sentences state the events.
 */
function isHeading(f: SentenceFacts, text: string): boolean {
  const s = f.sentence;
  if (s.listItem || s.text.length > 200 || /[.!?…:"”]$/.test(s.text)) return false;
  const before = s.start === 0 || text.charCodeAt(s.start - 1) === 10;
  const after = s.end >= text.length || text.charCodeAt(s.end) === 10 || text.charCodeAt(s.end) === 13;
  return before && after;
}

/** A cooperation match the text says did not happen or is only planned. */
function unrealised(text: string, m: RuleMatch): boolean {
  return /^0[56]/.test(m.code) && UNREALISED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

/** The matches of a sentence that state events of its own, in text order. */
function keepEvents(text: string, matches: readonly RuleMatch[]): RuleMatch[] {
  const quotes = quotedSpans(text);
  const kept: RuleMatch[] = [];
  let denied = -1;
  for (const m of matches) {
    // "Iran denied … that it had supplied weapons": what is denied is not stated to have happened.
    if (m.code === '016') denied = m.end;
    if (denied >= 0 && m.start >= denied && !/[;.]/.test(text.slice(denied, m.start))) continue;
    if (m.weak || NOT_EVENTS.test(m.code)) continue;
    if (quotes.some(([a, b]) => m.start > a && m.start < b && !SPEECH_BEFORE.test(text.slice(0, a))))
      continue;
    const head = text.slice(Math.max(0, m.start - 60), m.start);
    if (CIRCUMSTANCE.test(text.slice(Math.max(0, m.start - 7), m.end))) continue;
    if (PLANNED_BEFORE.test(head) && !m.code.startsWith('03')) continue;
    if (SCHEDULED.test(head) || SCHEDULED_TRIGGER.test(text.slice(m.start, m.end))) continue;
    if (unrealised(text, m)) continue;
    if (REFERENCE_BEFORE.test(head) && /^(?:1[4-9]|20)/.test(m.code)) continue;
    const word = text.slice(m.start, m.end);
    // "clashes were still continuing": a state that goes on, not a new act.
    if (ONGOING_AFTER.test(text.slice(m.end, m.end + 40))) continue;
    if (/^\w+(?:ed|ing)\b/i.test(word) && ATTRIBUTIVE_BEFORE.test(head)) continue;
    const prev = kept[kept.length - 1];
    if (prev) {
      // A second event in one sentence is not a purpose, an object or a relative clause of the first.
      const between = text.slice(prev.end, m.start);
      if (!DURING.test(head) && (PURPOSE_BEFORE.test(head) || NOMINAL_BEFORE.test(head))) continue;
      // "…, after which Georgia severed relations": a new clause, not a relative one.
      const relative = /,\s*(?:which|who|whose|where)\b|\b(?:that|which|where|who|whom|whose)\b/i.test(
        between,
      );
      if (relative && !/\b(?:after|following|before)\s+(?:which|that|this)\b/i.test(between)) continue;
      if (/^\w+ing\b/i.test(word) && ELABORATION.test(head)) continue;
      // "talks …, hosted by …": a participle describing the event before it.
      if (/ed$/i.test(text.slice(m.start, m.end)) && /^\s+by\b/.test(text.slice(m.end, m.end + 4))) continue;
    }
    kept.push(m);
  }
  return kept;
}

/**
 * The trigger matches of a sentence that state events of its own, in text order: the project's
 * rules, else (when the sentence names a country or a person) the verbs of PETRARCH's dictionary
 * that wink tags as verbs there; a speaker's quoted judgement of the relationship before those.
 */
function eventMatches(f: SentenceFacts): RuleMatch[] {
  const text = f.sentence.text;
  const selected = selectMatches(matchRules(text));
  const kept = keepEvents(text, selected);
  if (kept.length > 0) return kept;
  // A verb the rules read as talk ("denied", "is considering") is not recoded by the dictionary.
  if (selected.some((m) => !m.weak && NOT_EVENTS.test(m.code))) return [];
  // Nor is a signing that did not happen ("did not sign the Treaty on Allied Relations").
  if (selected.some((m) => !m.weak && unrealised(text, m))) return [];
  // The dictionary speaks for a sentence that names a party itself (a country, a person), and for a
  // verb with a party as its subject before it or its agent after "by", as PETRARCH needs a source.
  if (f.countries.length + f.actors.length === 0) return [];
  const starts = [...f.countries.map((m) => m.start), ...f.actors.map((a) => a.start)];
  // A speaker's quoted judgement of the relationship.
  const said = statementMatch(text);
  if (said && starts.some((at) => at < said.start)) return [said];
  return keepEvents(
    text,
    dictionaryMatches(text, (m) => {
      const agent = BY_AGENT.test(text.slice(m.end, m.end + 60));
      // A passive with no agent ("the border had been determined") names no one who acted.
      if (PASSIVE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && !agent) return false;
      return agent || starts.some((at) => at < m.start) || NAMED_SUBJECT.test(text.slice(0, m.start));
    }),
  );
}

/**
 * Recognition is an event between two states only when what is recognised is a state the text
 * names ("to recognize Uzbekistan", "the independence of Azerbaijan"), not a region ("the
 * independence of Abkhazia").
 */
function recognizesState(f: SentenceFacts, m: RuleMatch): boolean {
  const text = f.sentence.text;
  if (!/recogni[sz]|recognition/i.test(text.slice(m.start, m.end))) return true;
  const lead = RECOGNISED.exec(text.slice(m.end))?.[0].length ?? 0;
  const at = m.end + lead;
  // The state named right after ("… to recognize Uzbekistan", "… independence of Azerbaijan"),
  // within the trigger ("recognized the independence of Azerbaijan"), or as its possessor
  // ("Azerbaijan's independence was recognized").
  return f.countries.some(
    (c) =>
      c.kind !== 'place' &&
      ((c.start >= m.start && c.start <= at) ||
        (c.end <= m.start && /^['’]s\s+(?:independence|sovereignty)\b/i.test(text.slice(c.end, c.end + 20)))),
  );
}

/** What may stand between "recognize" and the state recognised. */
const RECOGNISED =
  /^\s*(?:the\s+)?(?:(?:independence|sovereignty)\s+)?(?:of\s+)?(?:the\s+)?(?:republic\s+of\s+)?/i;

/** Candidates for one sentence: each event pattern it states, with its class and CAMEO code. */
export function findTriggers(f: SentenceFacts, text: string, sectors: (t: string) => string[]): Candidate[] {
  const s = f.sentence.text;
  if (AMONG.test(s) || isHeading(f, text)) return [];
  const out: Candidate[] = [];
  let sentenceSectors: string[] | undefined;
  for (const m of eventMatches(f)) {
    if (m.code === '054' && !recognizesState(f, m)) continue;
    const cls = classForCode(m.code, s.slice(Math.max(0, m.start - 20), m.end + 60));
    if (!cls) continue;
    const trigger: Trigger = { start: m.start, end: m.end, cameo: m.code, class: cls, rule: m.code };
    sentenceSectors ??= sectors(s);
    const c = candidateFor(f, trigger, sentenceSectors);
    const rung = cls === 'declaration' ? elevationRung(s.slice(m.start, m.end)) : undefined;
    if (rung) c.rung = rung;
    out.push(c);
  }
  return out;
}

/** A new candidate for a trigger of a sentence. */
export function candidateFor(f: SentenceFacts, trigger: Trigger, sectors: readonly string[]): Candidate {
  const s = f.sentence.text;
  return {
    facts: f,
    trigger,
    cls: trigger.class,
    cameo: trigger.cameo,
    dateInferred: false,
    approximate: false,
    countries: [],
    dyadInferred: false,
    initiator: null,
    actors: f.actors,
    resolvedActors: [],
    // The clean-summaries refiner shortens it once every refiner has had its say.
    summary: s,
    sectors: [...sectors],
    extraSources: [],
    dropped: false,
  };
}

/** The rung relations were raised to ("to an alliance", "to a comprehensive strategic partnership"). */
export function elevationRung(words: string): string | undefined {
  const to = words.slice(words.search(/\bto\b(?![\s\S]*\bto\b)/i));
  if (/\balli(?:ance|ed|es)\b/i.test(to)) return 'ALLIED_DECLARATION';
  if (/\bcomprehensive\s+strategic\s+partnership/i.test(to)) return 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP';
  if (/\bstrategic\s+partnership/i.test(to)) return 'STRATEGIC_PARTNERSHIP';
  return undefined;
}
