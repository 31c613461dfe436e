/**
 * English words of measured quantities a text states with a number and a unit ("trade turnover
 * reached US$ 252 million in 2024"). Data-like tables; another language's words go beside these.
 */

/** What is measured, by the words that name it. */
export const INDICATOR_KINDS: readonly [RegExp, string][] = [
  [
    /\b(?:trade|commodity)\s+turnover\b|\bbilateral\s+trade\b|\bmutual\s+trade\b|\btrade\s+volume\b|\bvolume\s+of\s+trade\b|\btrade\s+between\b/i,
    'trade_turnover',
  ],
];

/** The figure is a goal, not a measurement: "to raise bilateral trade to 10 billion dollars". */
export const TARGET_WORDS =
  /\b(?:to\s+(?:raise|increase|bring|reach|boost|double|expand)|target|goal|aim(?:s|ed)?\s+(?:to|at)|in\s+the\s+coming\s+years|plan(?:s|ned)?\s+to)\b/i;

/** An amount of money: "US$ 252 million", "$1.2 billion", "10 billion dollars", "USD 38.6 mln". */
export const MONEY =
  /(?:(?:US\s?\$|USD|\$)\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|mln|bln|bn)\b|(\d[\d,]*(?:\.\d+)?)\s*(million|billion|mln|bln|bn)\s+(?:US\s+|U\.S\.\s+)?(?:dollars|USD)\b)/i;

/** Multipliers to the unit indicators are stored in (USD million). */
export const TO_MILLION: Readonly<Record<string, number>> = {
  million: 1,
  mln: 1,
  billion: 1000,
  bln: 1000,
  bn: 1000,
};

export const MONEY_UNIT = 'USD million';
