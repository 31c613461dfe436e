/**
 * Scores the records extracted from a text against its gold records, kind by kind: one to one,
 * greedy in gold order; precision = matched / extracted, recall = matched / gold.
 */
import type { GoldAgreement, GoldMilestone, GoldRecords, GoldStatement } from './gold-records.ts';
import { type Counts, rates, type Score } from './score.ts';

/** What the evaluation reads of an extraction's records (a structural subset of `ExtractedRecords`). */
export type ExtractedRecordsLike = {
  agreements: readonly { title: string; kind: string; signed?: { date: string } }[];
  milestones: readonly { rung?: string; label: string; date: string | null }[];
  statements: readonly { quote: string; speaker?: { name: string }; date: string | null }[];
};

export type RecordKind = keyof GoldRecords;
export const RECORD_KINDS: readonly RecordKind[] = ['agreements', 'milestones', 'statements'];

/** Lower case, single spaces, no leading article, no parties after "between"/"with". */
function titleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+(?:between|with)\s+.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An extracted date agrees with a gold date at the gold's precision (`2023-08-22` with `2023-08`). */
function sameDate(extracted: string | null | undefined, gold: string | undefined): boolean {
  if (gold === undefined) return true;
  return extracted?.startsWith(gold) ?? false;
}

const sameAgreement = (g: GoldAgreement, e: ExtractedRecordsLike['agreements'][number]) =>
  titleKey(g.title) === titleKey(e.title) && g.kind === e.kind && sameDate(e.signed?.date, g.signed);

const sameMilestone = (g: GoldMilestone, e: ExtractedRecordsLike['milestones'][number]) =>
  (g.rung !== undefined ? g.rung === e.rung : e.rung === undefined && e.label === g.label) &&
  sameDate(e.date, g.date);

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const sameStatement = (g: GoldStatement, e: ExtractedRecordsLike['statements'][number]) => {
  const surname = g.speaker?.split(/\s+/).pop()?.toLowerCase();
  return (
    flat(g.quote) === flat(e.quote) &&
    (surname === undefined || (e.speaker?.name.toLowerCase().split(/\s+/).includes(surname) ?? false)) &&
    sameDate(e.date, g.date)
  );
};

function count<G, E>(gold: readonly G[], extracted: readonly E[], same: (g: G, e: E) => boolean): Counts {
  const used = new Set<number>();
  let matched = 0;
  for (const g of gold) {
    const i = extracted.findIndex((e, j) => !used.has(j) && same(g, e));
    if (i < 0) continue;
    used.add(i);
    matched++;
  }
  return {
    gold: gold.length,
    extracted: extracted.length,
    matched,
    sameClass: matched,
    morePrecise: 0,
    coarser: 0,
  };
}

/** Counts and rates per record kind for one text. */
export function scoreRecords(gold: GoldRecords, extracted: ExtractedRecordsLike): Record<RecordKind, Score> {
  return {
    agreements: rates(count(gold.agreements, extracted.agreements, sameAgreement)),
    milestones: rates(count(gold.milestones, extracted.milestones, sameMilestone)),
    statements: rates(count(gold.statements, extracted.statements, sameStatement)),
  };
}
