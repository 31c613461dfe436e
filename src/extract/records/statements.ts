import type { Actor } from '../../core/types.ts';
import { documentQuotations } from '../refine/quoted-statements.ts';
import type {
  ActorMention,
  DocumentContext,
  ExtractedRecords,
  ExtractedStatement,
  Finished,
  RecordBuilder,
} from '../types.ts';
import { MIN_QUOTE, SPEAKER_PRONOUN } from './words.ts';

/** The person a name mention stands for: resolved by an event of the document, else the name as written. */
function personOf(name: string, finished: readonly Finished[]): Actor {
  const last = name.split(/\s+/).pop()!.toLowerCase();
  for (const f of finished)
    for (const a of f.event.actors)
      if (a.name.toLowerCase().split(/\s+/).includes(last) && !a.sector) return { ...a };
  return { name };
}

/** The last person named (by name) before offset `at` of sentence `index`, within two sentences before it. */
function lastNamed(ctx: DocumentContext, index: number, at: number): ActorMention | undefined {
  for (let i = index; i >= Math.max(0, index - 2); i--) {
    const f = ctx.facts[i]!;
    const named = f.actors.filter((a) => a.name && !a.sector && (i < index || a.end <= at));
    if (named.length > 0) return named[named.length - 1];
  }
  return undefined;
}

/**
 * Who said what: every quotation a speaking verb attributes, its words verbatim (with their
 * offsets), the speaker (named beside the verb, or the last person named before "he said") and the
 * date of its event. A statement that judges the relationship is a praise or criticism event (the
 * quoted-statements refiner made it): the speaker becomes its actor and initiator, and the quotation
 * one of its sources.
 */
export const statementRecords: RecordBuilder = {
  name: 'statements',
  build(ctx: DocumentContext, finished: readonly Finished[], out: ExtractedRecords): void {
    const bySentence = new Map<number, Finished[]>();
    for (const f of finished) {
      const i = f.candidate.facts.sentence.index;
      bySentence.set(i, [...(bySentence.get(i) ?? []), f]);
    }
    // The lines of a message a text quotes after introducing it ("… sent a message … including the
    // following lines:"): the sender's words, dated like the message.
    for (const f of finished) {
      const e = f.event;
      if (e.class !== 'message') continue;
      const intro = f.candidate.facts.sentence;
      const sender = e.actors.find((a) => a.country === e.initiator) ?? e.actors[0];
      for (const next of ctx.sentences.slice(intro.index + 1)) {
        if (!next.quoted || next.passage !== intro.passage) break;
        const lead = /^[\s"“«]*/.exec(next.text)![0].length;
        const trail = /[\s"”»]*$/.exec(next.text)![0].length;
        const words = next.text.slice(lead, next.text.length - trail);
        if (words.length < MIN_QUOTE) continue;
        const source = {
          document: ctx.documentId,
          quote: words,
          start: next.start + lead,
          end: next.end - trail,
        };
        const st: ExtractedStatement = {
          id: `${ctx.documentId}#statement-${out.statements.length + 1}`,
          event: e.id,
          date: e.date,
          precision: e.precision,
          dyad: e.dyad,
          quote: words,
          sources: [source],
        };
        if (sender) st.speaker = { ...sender };
        if (!e.sources.some((x) => x.start === source.start)) e.sources.push(source);
        out.statements.push(st);
      }
    }
    for (const q of documentQuotations(ctx)) {
      const facts = ctx.facts[q.sentence]!;
      const own = bySentence.get(q.sentence) ?? [];
      const event = own.find((f) => f.candidate.quotation?.start === q.start) ?? own[0];
      const dyad = event?.event.dyad ?? ctx.requestedDyad ?? ctx.documentDyad;
      if (!dyad) continue;
      // The speaker is named beside the verb (on its side of the quotation) or is "he" of the last name.
      const at = facts.sentence.start;
      const verbStart = q.verbStart - at;
      const verbEnd = q.verbEnd - at;
      const side = facts.actors.filter((a) =>
        q.after
          ? a.start >= verbStart - 2 && a.start <= verbEnd + 40
          : a.end <= verbEnd && a.start >= verbStart - 80,
      );
      const mention =
        side.find((a) => a.name && !a.sector) ??
        (q.after && SPEAKER_PRONOUN.test(ctx.text.slice(q.close + 1, q.verbEnd))
          ? lastNamed(ctx, q.sentence, Math.max(0, q.start - at))
          : undefined);
      const speaker = mention?.name ? personOf(mention.name, finished) : undefined;
      const s: ExtractedStatement = {
        id: `${ctx.documentId}#statement-${out.statements.length + 1}`,
        date: event?.event.date ?? ctx.publicationDate ?? null,
        precision: event?.event.precision ?? (ctx.publicationDate ? 'day' : 'unknown'),
        dyad,
        quote: ctx.text.slice(q.start, q.end),
        sources: [
          { document: ctx.documentId, quote: ctx.text.slice(q.start, q.end), start: q.start, end: q.end },
        ],
      };
      if (speaker) s.speaker = speaker;
      const e = event?.event;
      if (e && /^(?:praise|criticism|message)$/.test(e.class)) {
        s.event = e.id;
        if (speaker && !e.actors.some((a) => a.name === speaker.name)) e.actors = [speaker, ...e.actors];
        // The speaker's side acted: who said it outranks the countries the words name.
        if (speaker?.country && dyad.includes(speaker.country)) e.initiator = speaker.country;
        if (!e.sources.some((x) => x.start === s.sources[0]!.start && x.end === s.sources[0]!.end))
          e.sources.push(s.sources[0]!);
      }
      out.statements.push(s);
    }
  },
};
