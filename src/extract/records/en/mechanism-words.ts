/**
 * English words of the bodies two countries run together (their names are the institutions
 * recogniser's table): establishment, meetings and their ordinal numbers.
 */

/** The body was set up. */
export const ESTABLISH_WORDS =
  /\b(?:establish(?:ed|es|ing|ment)?|set\s+up|creat(?:ed|es|ing|ion)|found(?:ed|ing)|launch(?:ed|es|ing)?|form(?:ed|ation))\b/i;

/** A session of the body. */
export const MEETING_WORDS = /\b(?:meeting|session|sitting|held|met|convened)\b/i;

/** Ordinals before "meeting" / "session": "the first meeting", "the 11th session". */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};

/** "first meeting of", "11th session of", "II meeting of": the number of a meeting. */
export const MEETING_NUMBER =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th)|[IVX]{1,5})\s+(?:regular\s+|joint\s+)?(?:meeting|session|sitting)\b/i;

/** The countries a body's name goes on to name: "… Council of Kazakhstan and Uzbekistan". */
export const NAME_TAIL =
  /^\s+(?:of|between)\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}[\p{L}-]+\s+and\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}[\p{L}-]+/u;
