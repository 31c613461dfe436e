/**
 * English words that put a pair on a rung of the ladder (METHOD.md, src/core/rungs.ts). Data-like
 * tables, read in order (the first match wins); another language's words go beside these.
 */
import type { AgreementKind } from '../../../core/types.ts';

/** A rung a document's title names, by the document's kind: a treaty binds, a declaration states. */
export type DocumentRungWords = {
  words: RegExp;
  label: string;
  /** Rung of a treaty or agreement with these words. */
  treaty?: string;
  /** Rung of a declaration with these words. */
  declaration?: string;
};

export const DOCUMENT_RUNGS: readonly DocumentRungWords[] = [
  {
    words: /\ballied\s+relations\b|\balliance\b|\ballied\b|\bunion\s+relations\b/i,
    label: 'allied relations',
    treaty: 'ALLIED_TREATY_SIGNED',
    declaration: 'ALLIED_DECLARATION',
  },
  {
    words: /\bcomprehensive\s+strategic\s+partnership\b/i,
    label: 'comprehensive strategic partnership',
    treaty: 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP',
    declaration: 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP',
  },
  {
    words: /\bstrategic\s+partnership\b|\bstrategic\s+cooperation\b/i,
    label: 'strategic partnership',
    treaty: 'STRATEGIC_PARTNERSHIP',
    declaration: 'STRATEGIC_PARTNERSHIP',
  },
  {
    words: /\b(?:eternal\s+)?friendship\b/i,
    label: 'friendship treaty',
    treaty: 'FRIENDSHIP_TREATY',
  },
];

/** The kinds of document whose rung is the treaty's; the others use the declaration's. */
export const BINDING_KINDS: ReadonlySet<AgreementKind> = new Set(['treaty', 'agreement']);

/** Event classes that are milestones by themselves, with what they are called. */
export const EVENT_MILESTONES: Readonly<Record<string, { rung: string; label: string }>> = {
  diplomatic_relations: { rung: 'DIPLOMATIC_RELATIONS', label: 'diplomatic relations established' },
  embassy_opening: { rung: 'EMBASSY_ONE_SIDE', label: 'embassy opened' },
  relations_severed: { rung: 'SEVERED', label: 'relations severed' },
};

/** An armed clash the text calls a war. */
export const WAR_WORDS =
  /\b(?:declared\s+war|went\s+to\s+war|war\s+(?:broke\s+out|began|started|erupted)|outbreak\s+of\s+(?:the\s+)?war|(?:a|the)\s+war\s+(?:between|with|against))\b/i;

/** Relations lowered without being broken. */
export const DOWNGRADE_WORDS =
  /\bdowngrad(?:ed|es|ing)\b[^.]{0,40}\brelations\b|\brelations\b[^.]{0,40}\bdowngrad(?:ed|es)\b/i;
