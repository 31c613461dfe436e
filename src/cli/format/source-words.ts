import type { Source } from '../../core/types.ts';

/**
 * What a source says, on one line of at most `max` characters: its own words in quotation marks, or
 * a paraphrase marked as a note (never in quotation marks: a paraphrase shown as a quote is a false
 * citation).
 */
export function sourceWords(s: Source, max: number): string {
  const clip = (t: string) => {
    const flat = t.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  if (s.quote) return `“${clip(s.quote)}”`;
  return `(note) ${clip(s.note ?? '')}`;
}
