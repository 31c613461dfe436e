import { sortedDyad } from '../../core/countries.ts';
import type { Indicator } from '../../core/types.ts';
import type { DocumentContext, ExtractedRecords, Finished, RecordBuilder, SentenceFacts } from '../types.ts';
import { INDICATOR_KINDS, MONEY, MONEY_UNIT, TARGET_WORDS, TO_MILLION } from './en/indicator-words.ts';
import { sentenceSource } from './record-source.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The period a sentence states for its figure: a year, a month, or a range of months of one year. */
function periodOf(facts: SentenceFacts, publication: string | undefined): string | undefined {
  for (const d of facts.dates) {
    if (d.relative || d.year === undefined) continue;
    if (d.month === undefined)
      return d.endYear && d.endYear !== d.year ? `${d.year}/${d.endYear}` : String(d.year);
    const from = `${d.year}-${pad(d.month)}`;
    if (d.endMonth !== undefined && d.endMonth !== d.month)
      return `${from}/${d.endYear ?? d.year}-${pad(d.endMonth)}`;
    return from;
  }
  // "last year" and the like are not resolved here: a figure without its own period takes none.
  return publication && /\bthis\s+year\b/i.test(facts.sentence.text) ? publication.slice(0, 4) : undefined;
}

/**
 * The year a goal was stated in: the publication's, else that of the last dated event of its
 * paragraph before it (the meeting at which it was discussed).
 */
function statedIn(
  ctx: DocumentContext,
  finished: readonly Finished[],
  facts: SentenceFacts,
): string | undefined {
  if (ctx.publicationDate) return ctx.publicationDate.slice(0, 4);
  const s = facts.sentence;
  const before = finished.filter(
    (f) =>
      f.event.date !== null &&
      f.candidate.facts.sentence.paragraph === s.paragraph &&
      f.candidate.facts.sentence.index <= s.index,
  );
  return before[before.length - 1]?.event.date?.slice(0, 4);
}

/** The pair a figure is about: the sentence's two countries, else the document's pair. */
function pairOf(ctx: DocumentContext, facts: SentenceFacts): [string, string] | undefined {
  const named = [...new Set(facts.countries.filter((c) => c.kind !== 'place').map((c) => c.iso3))];
  if (named.length === 2) return sortedDyad(named[0]!, named[1]!);
  return ctx.requestedDyad ?? ctx.documentDyad;
}

/**
 * Quantities a text states with a number, a unit and a period ("trade turnover reached US$ 252
 * million in 2024"), in USD million; a goal ("to raise bilateral trade to 10 billion dollars") is a
 * `…_target` of its own. A figure without a stated period is left out rather than dated by guess.
 */
export const indicatorRecords: RecordBuilder = {
  name: 'indicators',
  build(ctx: DocumentContext, finished: readonly Finished[], out: ExtractedRecords): void {
    for (const facts of ctx.facts) {
      const text = facts.sentence.text;
      // Every kind's words name trade or a turnover: other sentences are skipped cheaply.
      if (!/trade|turnover/i.test(text)) continue;
      const kind = INDICATOR_KINDS.find(([re]) => re.test(text))?.[1];
      if (!kind) continue;
      const money = MONEY.exec(text);
      if (!money) continue;
      const amount = Number((money[1] ?? money[3] ?? '').replace(/,/g, ''));
      const scale = TO_MILLION[(money[2] ?? money[4] ?? '').toLowerCase()] ?? 1;
      const dyad = pairOf(ctx, facts);
      if (!Number.isFinite(amount) || !dyad) continue;
      const target = TARGET_WORDS.test(text);
      const period =
        periodOf(facts, ctx.publicationDate) ?? (target ? statedIn(ctx, finished, facts) : undefined);
      if (!period) continue;
      const x: Indicator = {
        id: `${ctx.documentId}#indicator-${out.indicators.length + 1}`,
        dyad,
        kind: target ? `${kind}_target` : kind,
        period,
        value: Math.round(amount * scale * 1000) / 1000,
        unit: MONEY_UNIT,
        breakdown: {},
        sources: [sentenceSource(ctx, facts.sentence)],
      };
      out.indicators.push(x);
    }
  },
};
