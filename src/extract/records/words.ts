/**
 * The record builders' words in every language read: each table is the English one with the
 * Russian one after it. Lists are read in order (Russian patterns match only Cyrillic text, English
 * ones only Latin); a single pattern becomes a matcher that tries English, then Russian.
 */
import * as enAgreement from './en/agreement-words.ts';
import * as enMilestone from './en/milestone-words.ts';
import * as enStatement from './en/statement-words.ts';
import * as ruAgreement from './ru/agreement-words.ts';
import * as ruMilestone from './ru/milestone-words.ts';
import * as ruStatement from './ru/statement-words.ts';

/** A pattern of either language: `test` and `exec` as a RegExp's, English first. */
export type Matcher = { test(s: string): boolean; exec(s: string): RegExpExecArray | null };

function either(a: RegExp, b: RegExp): Matcher {
  return {
    test: (s) => a.test(s) || b.test(s),
    exec: (s) => a.exec(s) ?? b.exec(s),
  };
}

export const AGREEMENT_KINDS = [...enAgreement.AGREEMENT_KINDS, ...ruAgreement.AGREEMENT_KINDS];
export const TITLE_LEVELS = [...enAgreement.TITLE_LEVELS, ...ruAgreement.TITLE_LEVELS];
export const SIGNER_LEVELS = [...enAgreement.SIGNER_LEVELS, ...ruAgreement.SIGNER_LEVELS];
export const STATUS_WORDS = [...enAgreement.STATUS_WORDS, ...ruAgreement.STATUS_WORDS];
export const { GENERIC_TITLE, RATIFYING_BODIES, SIGNED_CLAUSE, TITLE_END } = enAgreement;

export const DOCUMENT_RUNGS = [...enMilestone.DOCUMENT_RUNGS, ...ruMilestone.DOCUMENT_RUNGS];
export const { BINDING_KINDS, EVENT_MILESTONES } = enMilestone;
export const WAR_WORDS = either(enMilestone.WAR_WORDS, ruMilestone.WAR_WORDS);
export const DOWNGRADE_WORDS = either(enMilestone.DOWNGRADE_WORDS, ruMilestone.DOWNGRADE_WORDS);

export const { MIN_QUOTE } = enStatement;
export const SPEECH_BEFORE_QUOTE = either(enStatement.SPEECH_BEFORE_QUOTE, ruStatement.SPEECH_BEFORE_QUOTE);
export const SPEECH_AFTER_QUOTE = either(enStatement.SPEECH_AFTER_QUOTE, ruStatement.SPEECH_AFTER_QUOTE);
export const SPEAKER_PRONOUN = either(enStatement.SPEAKER_PRONOUN, ruStatement.SPEAKER_PRONOUN);
