/**
 * English words of quoted statements. Data-like tables: another language's words go beside these in
 * a sibling folder, the builders do not change.
 */

/** Verbs that attribute quoted words to a speaker. */
export const SPEECH_VERBS = [
  'said',
  'says',
  'stated',
  'declared',
  'noted',
  'stressed',
  'emphasized',
  'emphasised',
  'underlined',
  'added',
  'wrote',
  'remarked',
  'told reporters',
  'told journalists',
  'told the press',
] as const;

const VERBS = SPEECH_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');

/** The speaker's verb before the quotation: 'Mirziyoyev said: "', 'noted that "', 'said, "'. */
export const SPEECH_BEFORE_QUOTE = new RegExp(`\\b(?:${VERBS})(?:\\s*[:,]|\\s+that)?\\s*$`, 'iu');

/** The speaker's verb after the quotation: '," he said.', '," said Mirziyoyev.', '", the President noted.' */
export const SPEECH_AFTER_QUOTE = new RegExp(
  `^\\s*[,.]?\\s*(?:(?:${VERBS})\\b|(?:he|she|they)\\s+(?:${VERBS})\\b|(?:the\\s+)?[\\p{L}'’ .-]{2,60}?\\s+(?:${VERBS})\\b)`,
  'iu',
);

/** Pronouns that refer to the last person named before them. */
export const SPEAKER_PRONOUN = /^\s*[,.]?\s*(?:he|she)\s/i;

/** Quoted words shorter than this are a name or a phrase ("Central Asia"), not a statement. */
export const MIN_QUOTE = 15;
