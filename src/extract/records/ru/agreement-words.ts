/**
 * Russian words of signed documents: kinds, levels and status steps, beside the English ones in
 * ../en/agreement-words.ts (read in order; the first match wins).
 */
import type { AgreementKind, AgreementLevel, AgreementStatusKind } from '../../../core/types.ts';

/** The kind a title's head noun names («Договор о …» is a treaty, «Дорожная карта …» an action plan). */
export const AGREEMENT_KINDS: readonly [RegExp, AgreementKind][] = [
  [/договор(?!енн)/iu, 'treaty'],
  [/декларац|совместн\p{L}*\s+заявлени|коммюнике/iu, 'declaration'],
  [/меморандум/iu, 'memorandum'],
  [/план\p{L}*\s+действий|дорожн\p{L}*\s+карт|программ/iu, 'action_plan'],
  [/протокол/iu, 'protocol'],
  [/соглашени|конвенци|контракт/iu, 'agreement'],
];

/** Who a document binds, from its title first («межправительственное соглашение»), then from who signed it. */
export const TITLE_LEVELS: readonly [RegExp, AgreementLevel][] = [
  [/^межведомствен|между\s+министерств/iu, 'agency'],
  [/^межправительствен|между\s+правительств/iu, 'government'],
  [/^межгосударствен/iu, 'state'],
];
export const SIGNER_LEVELS: readonly [RegExp, AgreementLevel][] = [
  [/президент|глав\p{L}*\s+государств|лидер/iu, 'state'],
  [/премьер|правительств/iu, 'government'],
  [/министр|министерств|ведомств/iu, 'agency'],
];

/** A step of a document's life the text states; signature is the default of a signing event. */
export const STATUS_WORDS: readonly [RegExp, AgreementStatusKind][] = [
  [/ратифицир|ратификац/iu, 'ratified'],
  [/вступ\p{L}*\s+в\s+силу/iu, 'in_force'],
  [/денонсир|вышл\p{L}*\s+из/iu, 'terminated'],
  [/приостанов/iu, 'suspended'],
  [/утвердил|одобрил/iu, 'approved'],
  [/подписа|заключ|(?<!\p{L})приня(?:л|ли|ла|т|то|ты)(?!\p{L})/iu, 'signed'],
];
