import { RUNG_NAMES } from '../../core/rungs.ts';
import type { Agreement, AgreementKind, AgreementLevel, AgreementStatus } from '../../core/types.ts';
import { AMONG } from '../classify/find-triggers.ts';
import { partial } from '../refine/resolve-date.ts';
import { findSectors } from '../refine/sectors.ts';
import type {
  DocumentContext,
  DocumentMention,
  ExtractedRecords,
  Finished,
  RecordBuilder,
  SentenceFacts,
} from '../types.ts';
import {
  AGREEMENT_KINDS,
  GENERIC_TITLE,
  RATIFYING_BODIES,
  SIGNED_CLAUSE,
  SIGNER_LEVELS,
  STATUS_WORDS,
  TITLE_END,
  TITLE_LEVELS,
} from './words.ts';
import { BINDING_KINDS, DOCUMENT_RUNGS } from './words.ts';
import { datedLike, eventFacts, nameKey, sentenceSource } from './record-source.ts';

const SIGNING_FAMILY = new Set(['agreement', 'mou', 'declaration']);

/** The name without the parties it goes on to name: "Treaty on Allied Relations with Uzbekistan" is the treaty signed "between …". */
function agreementKey(title: string): string {
  return nameKey(title).replace(/\s+(?:between|with)\s+.*$/, '');
}

/** The kind a title names, by its head noun: the first document noun ("Protocol to the Treaty …" is a protocol). */
export function agreementKind(title: string): AgreementKind {
  let best: { at: number; kind: AgreementKind } | undefined;
  for (const [re, kind] of AGREEMENT_KINDS) {
    const at = title.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, kind };
  }
  return best?.kind ?? 'agreement';
}

/** Who the document binds: the title says so, else who signed it, else a treaty or declaration is the states'. */
export function agreementLevel(title: string, sentence: string, kind: AgreementKind): AgreementLevel {
  const byTitle = TITLE_LEVELS.find(([re]) => re.test(title))?.[1];
  if (byTitle) return byTitle;
  const bySigner = SIGNER_LEVELS.find(([re]) => re.test(sentence))?.[1];
  if (bySigner) return bySigner;
  return kind === 'treaty' || kind === 'declaration' ? 'state' : 'government';
}

/** The rung a document's title names, for its kind; with the words that justify it. */
export function documentRung(
  title: string,
  kind: AgreementKind,
): { rung: string; words: string; label: string } | undefined {
  for (const r of DOCUMENT_RUNGS) {
    const m = r.words.exec(title);
    if (!m) continue;
    const rung = BINDING_KINDS.has(kind) ? r.treaty : kind === 'declaration' ? r.declaration : undefined;
    return rung ? { rung, words: m[0], label: r.label } : undefined;
  }
  return undefined;
}

/** The title as the text names it: without a leading article and the clause that follows the name. */
export function titleOf(mention: DocumentMention): string {
  return mention.title
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(TITLE_END, '')
    .trim();
}

/** The steps of the document's life the sentence states (signature by default for a signing event). */
function statusSteps(sentence: string): AgreementStatus['status'][] {
  const out: AgreementStatus['status'][] = [];
  for (const [re, status] of STATUS_WORDS) if (re.test(sentence) && !out.includes(status)) out.push(status);
  return out;
}

type When = { date: string; end?: string; precision: 'year' | 'month' | 'day' };

/**
 * The dates of the steps a sentence states. Usually all are the event's; a later step that recalls
 * the signature ("ratified the Treaty …, signed in Tashkent on December 22, 2022") has the signature
 * dated by the date after "signed", and the later step by the event's date when that is another, else
 * by the publication date, else none (it is left out rather than dated by the signature).
 */
function stepDates(
  ctx: DocumentContext,
  facts: SentenceFacts,
  steps: readonly AgreementStatus['status'][],
  when: When,
): { signed?: When; other?: When } {
  const later = steps.some((s) => s !== 'signed');
  const signedAt = SIGNED_CLAUSE.exec(facts.sentence.text)?.index;
  if (!later || !steps.includes('signed') || signedAt === undefined) return { signed: when, other: when };
  const m = facts.dates.find((d) => d.start > signedAt && d.year !== undefined && !d.relative);
  if (!m || m.year === undefined) return { signed: when, other: when };
  const date = partial(m.year, m.month, m.day);
  const signed: When = { date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' };
  if (when.date !== date) return { signed, other: when };
  const pub = ctx.publicationDate;
  return pub && pub !== date ? { signed, other: { date: pub, precision: 'day' } } : { signed };
}

/** The country that took a one-sided step ("Kazakhstan has ratified"): the pair's country named before the verb. */
function actingParty(f: SentenceFacts, dyad: readonly string[], verbAt: number): string | undefined {
  const before = f.countries.filter((c) => c.start < verbAt && dyad.includes(c.iso3) && c.kind !== 'place');
  return before[before.length - 1]?.iso3;
}

/** Documents an event's sentences name, and those a counted package lists after it ("Among them …"). */
function mentionsOf(ctx: DocumentContext, f: Finished): { facts: SentenceFacts; mention: DocumentMention }[] {
  const out: { facts: SentenceFacts; mention: DocumentMention }[] = [];
  const sentences = eventFacts(ctx, f);
  if (f.event.count !== undefined) {
    const own = f.candidate.facts.sentence;
    for (const next of ctx.facts.slice(own.index + 1)) {
      if (next.sentence.passage !== own.passage || !AMONG.test(next.sentence.text)) break;
      sentences.push(next);
    }
  }
  for (const facts of sentences)
    for (const mention of facts.documents) if (mention.count === undefined) out.push({ facts, mention });
  return out;
}

/**
 * The agreements a text states, in the dossier's shape: one per document it names at a signing
 * (a counted package, "15 documents were signed", stays one counted event and invents no titles),
 * with kind, title as written, level, signature date and place, status steps only as the text
 * states them, parties, rung and the event that produced it. A later mention of the same title
 * adds its step ("Kazakhstan ratified the Treaty on Allied Relations").
 */
export const agreementRecords: RecordBuilder = {
  name: 'agreements',
  build(ctx: DocumentContext, finished: readonly Finished[], out: ExtractedRecords): void {
    const byKey = new Map<string, Agreement>();
    // Sources and status steps already recorded, as agreement|source|start and agreement|status|date.
    const keys = new Set<string>();
    for (const f of finished) {
      const e = f.event;
      if (!SIGNING_FAMILY.has(e.class)) continue;
      const when = datedLike(f);
      const touched = new Set<Agreement>();
      for (const { facts, mention } of mentionsOf(ctx, f)) {
        const title = titleOf(mention);
        if (title.length < 8 || GENERIC_TITLE.test(title) || !/\s/.test(title)) continue;
        const key = `${e.dyad.join('-')}|${agreementKey(title)}`;
        const text = facts.sentence.text;
        const source = sentenceSource(ctx, facts.sentence);
        const listed = AMONG.test(text);
        const steps = listed ? (['signed'] as const) : statusSteps(text);
        let a = byKey.get(key);
        if (!a) {
          const kind = agreementKind(mention.title);
          a = {
            id: `${ctx.documentId}#agreement-${byKey.size + 1}`,
            dyad: e.dyad,
            kind,
            title,
            parties: [...e.dyad],
            level: agreementLevel(title, f.candidate.facts.sentence.text, kind),
            status: [],
            // The document's own subject, not the whole event's.
            sectors: findSectors(title),
            sources: [source],
          };
          const rung = documentRung(title, kind);
          if (rung) a.rung = rung.rung;
          byKey.set(key, a);
          out.agreements.push(a);
        } else if (!keys.has(`${a.id}|source|${source.start}`)) a.sources.push(source);
        keys.add(`${a.id}|source|${source.start}`);
        touched.add(a);
        if (!when) continue;
        const dates = stepDates(ctx, facts, steps, when);
        for (const status of steps) {
          const at = status === 'signed' ? dates.signed : dates.other;
          if (!at) continue;
          if (status === 'signed') {
            if (a.signed) continue;
            a.signed = at.end
              ? { date: at.date, end: at.end, precision: at.precision }
              : { date: at.date, precision: at.precision };
            if (e.place) a.signed.place = e.place;
            a.event = e.id;
          }
          const stepKey = `${a.id}|${status}|${at.date}`;
          if (keys.has(stepKey)) continue;
          keys.add(stepKey);
          const step: AgreementStatus = { status, date: at.date, precision: at.precision, sources: [source] };
          if (status === 'ratified' || status === 'approved') {
            const verb = STATUS_WORDS.find(([, s]) => s === status)![0].exec(text);
            const party = actingParty(facts, e.dyad, verb?.index ?? text.length);
            if (party) step.party = party;
            const body = RATIFYING_BODIES.exec(text)?.[0];
            if (body) step.body = body;
          }
          a.status.push(step);
        }
      }
      // The signing event carries the highest rung its documents name (as a curator records it).
      if (e.rung === undefined) {
        const rungs = [...touched]
          .filter((a) => a.event === e.id && a.rung !== undefined)
          .map((a) => a.rung!);
        if (rungs.length > 0) e.rung = rungs.sort(byRank)[rungs.length - 1]!;
      }
    }
    for (const a of out.agreements) a.status.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  },
};

const RANK = new Map<string, number>(RUNG_NAMES.map((r, i) => [r, i]));
function byRank(a: string, b: string): number {
  return (RANK.get(a) ?? 0) - (RANK.get(b) ?? 0);
}
