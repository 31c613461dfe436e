/**
 * English words of signed documents: kinds, levels and status steps. Data-like tables, read in
 * order (the first match wins); another language's words go beside these in a sibling folder.
 */
import type { AgreementKind, AgreementLevel, AgreementStatusKind } from '../../../core/types.ts';

/** The kind a title's head noun names ("Treaty on …" is a treaty, "Roadmap …" an action plan). */
export const AGREEMENT_KINDS: readonly [RegExp, AgreementKind][] = [
  [/\btreat(?:y|ies)\b/i, 'treaty'],
  [/\bdeclaration\b|\bjoint\s+statement\b|\bcommuniqu[ée]\b/i, 'declaration'],
  [/\bmemorand(?:um|a)\b|\bMoU\b/i, 'memorandum'],
  [/\baction\s+plan\b|\broad\s?map\b|\bprogram(?:me)?\b|\bplan\b/i, 'action_plan'],
  [/\bprotocol\b/i, 'protocol'],
  [/\bagreement\b|\bconvention\b|\bcontract\b/i, 'agreement'],
];

/** Who a document binds, from its title first ("intergovernmental agreement"), then from who signed it. */
export const TITLE_LEVELS: readonly [RegExp, AgreementLevel][] = [
  [/\binter-?(?:agency|departmental|ministerial)\b|\bbetween\s+the\s+ministr/i, 'agency'],
  [/\bintergovernmental\b|\bbetween\s+the\s+governments?\b|\bgovernment\s+of\b/i, 'government'],
  [/\bbetween\s+the\s+republic\s+of\b/i, 'state'],
];
export const SIGNER_LEVELS: readonly [RegExp, AgreementLevel][] = [
  [/\bpresidents?\b|\bheads?\s+of\s+state\b|\bleaders\b/i, 'state'],
  [/\bprime\s+ministers?\b|\bgovernments?\b|\bdeputy\s+prime\b/i, 'government'],
  [/\bministers?\b|\bministr(?:y|ies)\b|\bagenc(?:y|ies)\b|\bchambers?\b|\bcompan(?:y|ies)\b/i, 'agency'],
];

/** A step of a document's life the text states; signature is the default of a signing event. */
export const STATUS_WORDS: readonly [RegExp, AgreementStatusKind][] = [
  [/\bratif(?:ied|ies|y|ication)\b/i, 'ratified'],
  [/\b(?:entered|came|comes|enters)\s+into\s+force\b/i, 'in_force'],
  [/\bterminat(?:ed|es|ion)\b|\bdenounc(?:ed|es)\b|\bwithdr[ea]w\s+from\b/i, 'terminated'],
  [/\bsuspend(?:ed|s)\b/i, 'suspended'],
  [/\bapproved\b/i, 'approved'],
  [/\bsign(?:ed|s|ing)\b|\binked\b|\bconcluded\b|\badopted\b/i, 'signed'],
];

/** Bodies that ratify, named in the text: they become the status step's `body`. */
export const RATIFYING_BODIES =
  /\b(?:Parliament|Senate|Mazhilis|Majilis|Oliy\s+Majlis|Legislative\s+Chamber|Milli\s+Majlis|State\s+Duma|Federation\s+Council)\b/;

/** Where a title as the text names it ends: a clause about the document, not its name. */
export const TITLE_END =
  /\s+(?:signed|adopted|concluded|approved|ratified|was|were|which|that|dated|in\s+(?:\d{4}|Tashkent|Baku|Astana|Nur-Sultan|Moscow)|on\s+\d|between\s+the\s+two\b)\b.*$/is;

/** "…, signed in Tashkent on December 22, 2022": the signature a later step's sentence recalls. */
export const SIGNED_CLAUSE = /\bsigned\b/i;

/** A title that names no document of its own ("the agreements", "this document"). */
export const GENERIC_TITLE =
  /^(?:the\s+|this\s+|these\s+|those\s+|all\s+)?(?:signed\s+)?(?:documents?|agreements?|treat(?:y|ies)|memorand(?:um|a)|declarations?|protocols?)$/i;
