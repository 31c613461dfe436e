/** A partial date with its range, compactly: `2019-10-14…15`, `2023-08…09`, `1996`. */
export function formatSpan(date: string, end?: string): string {
  if (!end) return date;
  let i = 0;
  while (i < date.length && date[i] === end[i]) i++;
  // Keep whole fields: cut at the last separator the two dates share.
  const cut = date.lastIndexOf('-', i - 1) + 1;
  return date.length === end.length && cut > 0 ? `${date}…${end.slice(cut)}` : `${date}…${end}`;
}
