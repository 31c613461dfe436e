/**
 * Russian words of quoted statements, beside the English ones in ../en/statement-words.ts: «…», —
 * заявил Лукашенко; Путин отметил: «…».
 */
const VERBS =
  'заявил|заявила|заявили|сказал|сказала|сказали|отметил|отметила|отметили|подчеркнул|подчеркнула|подчеркнули|добавил|добавила|написал|написала|сообщил|сообщила|указал|указала';

/** The speaker's verb before the quotation: «Путин заявил: «», «отметил, что «». */
export const SPEECH_BEFORE_QUOTE = new RegExp(`(?<!\\p{L})(?:${VERBS})(?:\\s*[:,]|\\s+что)?\\s*$`, 'iu');

/** The speaker's verb after the quotation: «», — заявил Лукашенко.», «», — сказал он.». */
export const SPEECH_AFTER_QUOTE = new RegExp(`^\\s*[,.]?\\s*[—–-]\\s*(?:${VERBS})(?!\\p{L})`, 'iu');

/** Pronouns that refer to the last person named before them. */
export const SPEAKER_PRONOUN = /^\s*[,.]?\s*[—–-]?\s*(?:[\p{L}]+\s+)?(?:он|она)(?!\p{L})/iu;
