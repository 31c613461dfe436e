/**
 * Folds a name to the form used as a lookup key: lowercase, no diacritics, Azerbaijani and Turkish
 * letters mapped to their Latin base (ə→e, ı→i), the many apostrophes of Uzbek Latin removed, and
 * every run of spaces, hyphens and punctuation turned into one space. Cyrillic stays Cyrillic
 * (й, ў, қ, ғ keep their identity) except ё→е, which Russian writers use interchangeably.
 */
export function normalizeName(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) {
    const special = SPECIAL.get(ch);
    if (special !== undefined) {
      out += special;
    } else if (ch >= '\u0400' && ch <= '\u052f') {
      out += ch; // Cyrillic: its breves and hooks tell letters apart, so they are kept
    } else {
      out += ch.normalize('NFKD').replace(COMBINING, '');
    }
  }
  return out.replace(APOSTROPHES, '').replace(SEPARATORS, ' ').trim();
}

/** Letters that NFKD does not decompose but that writers swap for a plain letter. */
const SPECIAL = new Map<string, string>([
  ['ə', 'e'],
  ['ı', 'i'],
  ['ё', 'е'],
  ['ø', 'o'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['đ', 'd'],
  ['ł', 'l'],
  ['ħ', 'h'],
  ['þ', 'th'],
]);

const COMBINING = /\p{M}/gu;
// Uzbek oʻ/gʻ and the tutuq belgisi are written with any of these; "O'zbekiston" = "Oʻzbekiston".
const APOSTROPHES = /['`´ʹʻʼʽ‘’′]/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
