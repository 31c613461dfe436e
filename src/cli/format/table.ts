/** Plain-text tables for the terminal, sized to their content. */

/** Visible width of a string (combining marks take no column). */
export function displayWidth(s: string): number {
  return s.normalize('NFC').replace(/\p{M}/gu, '').length;
}

/** Cuts text to a width with an ellipsis. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  return `${s.slice(0, Math.max(0, width - 1))}…`;
}

/** Strips control characters so source text cannot move the cursor or recolour a terminal. */
export function sanitizeTerminal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\n/g, ' ');
}

/**
 * Renders rows under a header; the last column takes the remaining width and is truncated, the
 * others are padded.
 */
export function table(header: string[], rows: string[][], maxWidth = 120): string {
  const all = [header, ...rows].map((r) => r.map(sanitizeTerminal));
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const fixed = widths.slice(0, -1).reduce((a, w) => a + w + 2, 0);
  const last = Math.max(20, maxWidth - fixed);
  const line = (r: string[]) =>
    r
      .map((cell, i) =>
        i === r.length - 1 ? truncate(cell, last) : cell + ' '.repeat(widths[i]! - displayWidth(cell)),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w, i) => '─'.repeat(i === widths.length - 1 ? Math.min(w, last) : w)).join('  ');
  return [line(all[0]!), rule, ...all.slice(1).map(line)].join('\n');
}
