/** A stable id for a text with no id of its own: `doc-` and the FNV-1a hash of the text. */
export function documentIdOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `doc-${(h >>> 0).toString(16).padStart(8, '0')}`;
}
