/** A trailing attribution (", a Jordanian official said."): who reports, not who acted. */
const ATTRIBUTION =
  /,\s*(?:according\s+to\b[^,;]*|(?:[\p{L}\d.'’()-]+\s+){0,8}?(?:said|says|reported|confirmed|announced|quoted|reports)\b[^,;]{0,30})[.”"'’]*\s*$/u;

/** Where a sentence's trailing attribution begins (its comma), or Infinity when it has none. */
export function attributionStart(sentence: string): number {
  return ATTRIBUTION.exec(sentence)?.index ?? Number.POSITIVE_INFINITY;
}
