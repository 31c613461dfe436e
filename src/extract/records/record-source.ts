import type { Source } from '../../core/types.ts';
import type { DocumentContext, Finished, Sentence, SentenceFacts } from '../types.ts';

/** A sentence of the document as a record's source: its words verbatim, with their offsets. */
export function sentenceSource(ctx: DocumentContext, s: Sentence): Source {
  return { document: ctx.documentId, quote: s.text, start: s.start, end: s.end };
}

/** The facts of every sentence an event rests on: its own, then the ones merged into it. */
export function eventFacts(ctx: DocumentContext, f: Finished): SentenceFacts[] {
  const out = [f.candidate.facts];
  for (const s of f.candidate.extraSources) {
    const facts = ctx.facts[s.index];
    if (facts && !out.includes(facts)) out.push(facts);
  }
  return out;
}

/** A record's date fields from its event's: the record is as precise as the event, never more. */
export function datedLike(
  f: Finished,
): { date: string; precision: 'year' | 'month' | 'day'; end?: string } | undefined {
  const e = f.event;
  if (e.date === null || e.precision === 'unknown') return undefined;
  return e.end
    ? { date: e.date, end: e.end, precision: e.precision }
    : { date: e.date, precision: e.precision };
}

/** Lower case, single spaces, no leading article: the key that tells two mentions of one name apart. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
