/**
 * The records a gold file annotates beside its events (issue 14): agreements, ladder milestones and
 * statements. A file that annotates any of the three annotates all three (a missing list is empty);
 * a file that annotates none is not scored for records.
 */
import { isRung } from '../core/rungs.ts';
import { partialDateProblem } from '../core/partial-date.ts';

const KINDS = new Set(['treaty', 'agreement', 'protocol', 'memorandum', 'action_plan', 'declaration']);
const LEVELS = new Set(['state', 'government', 'agency']);

/** An agreement as a curator writes it: the title as the text names it, its kind, level and signature. */
export type GoldAgreement = {
  title: string;
  kind: string;
  level?: string;
  signed?: string;
  rung?: string;
  line: number;
};
/** A step on the ladder: its rung (absent for a supreme council), date and the words that justify it. */
export type GoldMilestone = { rung?: string; label?: string; date: string; words?: string; line: number };
/** Who said what: the speaker, the words verbatim, the date. */
export type GoldStatement = { speaker?: string; quote: string; date?: string; line: number };

export type GoldRecords = {
  agreements: GoldAgreement[];
  milestones: GoldMilestone[];
  statements: GoldStatement[];
};

export const RECORD_KEYS = ['agreements', 'milestones', 'statements'] as const;

type Item = { value: unknown; line: number };

function text(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function date(v: unknown, where: string, problems: string[]): string | undefined {
  if (v === undefined) return undefined;
  const s = typeof v === 'number' ? String(v) : v;
  const problem = typeof s === 'string' ? partialDateProblem(s) : 'must be a quoted date';
  if (problem) {
    problems.push(`${where}: ${problem}`);
    return undefined;
  }
  return s as string;
}

function known(
  value: Record<string, unknown>,
  keys: readonly string[],
  where: string,
  problems: string[],
): void {
  for (const k of Object.keys(value)) if (!keys.includes(k)) problems.push(`${where}: unknown field "${k}"`);
}

/** Reads the three record lists of a gold file; each problem names the file's line and the field. */
export function readGoldRecords(
  lists: Partial<Record<(typeof RECORD_KEYS)[number], Item[]>>,
  at: (line: number) => string,
): {
  records: GoldRecords;
  problems: string[];
} {
  const problems: string[] = [];
  const records: GoldRecords = { agreements: [], milestones: [], statements: [] };
  for (const { value, line } of lists.agreements ?? []) {
    const where = `${at(line)}: agreement`;
    const v = (value ?? {}) as Record<string, unknown>;
    known(v, ['title', 'kind', 'level', 'signed', 'rung'], where, problems);
    if (!text(v['title'])) problems.push(`${where} field "title" is required`);
    if (typeof v['kind'] !== 'string' || !KINDS.has(v['kind']))
      problems.push(`${where} field "kind" must be one of ${[...KINDS].join(', ')}`);
    if (v['level'] !== undefined && !LEVELS.has(String(v['level'])))
      problems.push(`${where} field "level" must be state, government or agency`);
    if (v['rung'] !== undefined && !isRung(String(v['rung'])))
      problems.push(`${where} field "rung" is not a rung`);
    const signed = date(v['signed'], `${where} field "signed"`, problems);
    if (!text(v['title']) || typeof v['kind'] !== 'string') continue;
    const a: GoldAgreement = { title: v['title'], kind: v['kind'], line };
    if (typeof v['level'] === 'string') a.level = v['level'];
    if (signed) a.signed = signed;
    if (typeof v['rung'] === 'string') a.rung = v['rung'];
    records.agreements.push(a);
  }
  for (const { value, line } of lists.milestones ?? []) {
    const where = `${at(line)}: milestone`;
    const v = (value ?? {}) as Record<string, unknown>;
    known(v, ['rung', 'label', 'date', 'words'], where, problems);
    if (v['rung'] !== undefined && !isRung(String(v['rung'])))
      problems.push(`${where} field "rung" is not a rung`);
    if (v['rung'] === undefined && !text(v['label']))
      problems.push(`${where}: a milestone without a rung needs a label`);
    const d = date(v['date'], `${where} field "date"`, problems);
    if (v['date'] === undefined) problems.push(`${where} field "date" is required`);
    if (!d) continue;
    const m: GoldMilestone = { date: d, line };
    if (typeof v['rung'] === 'string') m.rung = v['rung'];
    if (typeof v['label'] === 'string') m.label = v['label'];
    if (typeof v['words'] === 'string') m.words = v['words'];
    records.milestones.push(m);
  }
  for (const { value, line } of lists.statements ?? []) {
    const where = `${at(line)}: statement`;
    const v = (value ?? {}) as Record<string, unknown>;
    known(v, ['speaker', 'quote', 'date'], where, problems);
    if (!text(v['quote'])) {
      problems.push(`${where} field "quote" is required`);
      continue;
    }
    const s: GoldStatement = { quote: v['quote'], line };
    if (typeof v['speaker'] === 'string') s.speaker = v['speaker'];
    const d = date(v['date'], `${where} field "date"`, problems);
    if (d) s.date = d;
    records.statements.push(s);
  }
  return { records, problems };
}
