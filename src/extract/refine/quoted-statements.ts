import { candidateFor } from '../classify/find-triggers.ts';
import { NEGATIVE, POSITIVE } from '../classify/statements.ts';
import { MIN_QUOTE, SPEECH_AFTER_QUOTE, SPEECH_BEFORE_QUOTE } from '../records/words.ts';
import type { Candidate, DocumentContext, Refiner, SentenceFacts } from '../types.ts';
import { findSectors } from './sectors.ts';

const OPEN = new Set(['"', '“', '«']);
const CLOSE: Record<string, string> = { '"': '"', '“': '”', '«': '»' };

/** A quotation of a sentence that a speaking verb attributes (before or after it); offsets within the sentence. */
export type Quotation = {
  /** The words inside the marks, trailing comma excluded. */
  start: number;
  end: number;
  /** The closing mark. */
  close: number;
  /** The speaking verb's offsets. */
  verbStart: number;
  verbEnd: number;
  /** The verb follows the quotation ('," he said'). */
  after: boolean;
};

/** The attributed quotations of a text, in order; offsets within it. */
export function quotationsOf(text: string): Quotation[] {
  const out: Quotation[] = [];
  for (let i = 0; i < text.length; i++) {
    const open = text[i]!;
    if (!OPEN.has(open)) continue;
    const close = text.indexOf(CLOSE[open]!, i + 1);
    if (close < 0) break;
    let end = close;
    while (end > i + 1 && /[,\s]/.test(text[end - 1]!)) end--;
    const start = i + 1;
    i = close;
    if (end - start < MIN_QUOTE) continue;
    const headStart = Math.max(0, start - 1 - 80);
    const before = SPEECH_BEFORE_QUOTE.exec(text.slice(headStart, start - 1));
    if (before) {
      const at = headStart + before.index;
      out.push({ start, end, close, verbStart: at, verbEnd: at + before[0].trimEnd().length, after: false });
      continue;
    }
    const tail = text.slice(close + 1, close + 1 + 80);
    const after = SPEECH_AFTER_QUOTE.exec(tail);
    if (after)
      out.push({
        start,
        end,
        close,
        verbStart: close + 1 + after.index,
        verbEnd: close + 1 + after.index + after[0].length,
        after: true,
      });
  }
  return out;
}

/** Praise (051) for words that judge the relationship well, criticism (111) for words against the other side. */
function judgement(words: string): string | undefined {
  return NEGATIVE.test(words) ? '111' : POSITIVE.test(words) ? '051' : undefined;
}

/** A quotation of the document (offsets in its text) and the sentence its speaking verb is in. */
export type DocumentQuotation = Quotation & { sentence: number };

/**
 * Every attributed quotation of a document, paragraph by paragraph: a quotation may run over several
 * sentences ('"Allied relations are … partnership. Thus, we have confirmed …," Mirziyoyev said.').
 */
export function documentQuotations(ctx: DocumentContext): DocumentQuotation[] {
  const out: DocumentQuotation[] = [];
  let i = 0;
  while (i < ctx.sentences.length) {
    const first = ctx.sentences[i]!;
    let j = i;
    while (j + 1 < ctx.sentences.length && ctx.sentences[j + 1]!.paragraph === first.paragraph) j++;
    const from = first.start;
    const paragraph = ctx.text.slice(from, ctx.sentences[j]!.end);
    if (/["“«]/.test(paragraph))
      for (const q of quotationsOf(paragraph)) {
        const at = from + q.verbStart;
        const sentence = ctx.sentences.slice(i, j + 1).find((s) => at >= s.start && at < s.end);
        if (!sentence) continue;
        out.push({
          start: from + q.start,
          end: from + q.end,
          close: from + q.close,
          verbStart: at,
          verbEnd: from + q.verbEnd,
          after: q.after,
          sentence: sentence.index,
        });
      }
    i = j + 1;
  }
  return out;
}

function statementCandidate(f: SentenceFacts, q: DocumentQuotation, code: string): Candidate {
  const at = f.sentence.start;
  const c = candidateFor(
    f,
    {
      start: q.verbStart - at,
      end: Math.min(q.verbEnd, f.sentence.end) - at,
      cameo: code,
      class: code === '111' ? 'criticism' : 'praise',
      rule: 'quoted-statement',
    },
    findSectors(f.sentence.text),
  );
  c.quotation = { start: q.start, end: q.end };
  return c;
}

/**
 * Quoted statements ('"Allied relations are the highest … level of interstate partnership," Shavkat
 * Mirziyoyev said'): a sentence whose attributed quotation judges the relationship, and that states no
 * event of its own, is a praise or criticism event; a statement event found by the rules gets its
 * quotation marked. The speaker is found once people are resolved (the statements record builder).
 */
export const quotedStatements: Refiner = {
  name: 'quoted-statements',
  refine(ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    const bySentence = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const list = bySentence.get(c.facts.sentence.index) ?? [];
      list.push(c);
      bySentence.set(c.facts.sentence.index, list);
    }
    const added: Candidate[] = [];
    const seen = new Set<number>();
    for (const q of documentQuotations(ctx)) {
      // One statement event a sentence: its first attributed quotation.
      if (seen.has(q.sentence)) continue;
      seen.add(q.sentence);
      const f = ctx.facts[q.sentence]!;
      const own = bySentence.get(q.sentence);
      if (own) {
        const said = own.find((c) => c.cameo === '051' || c.cameo === '111' || c.cameo === '018');
        if (said) said.quotation = { start: q.start, end: q.end };
        continue;
      }
      const code = judgement(ctx.text.slice(q.start, q.end));
      if (code) added.push(statementCandidate(f, q, code));
    }
    if (added.length === 0) return candidates;
    return [...candidates, ...added].sort(
      (a, b) => a.facts.sentence.start + a.trigger.start - (b.facts.sentence.start + b.trigger.start),
    );
  },
};
