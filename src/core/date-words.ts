/** Dates as a reader writes them: `2 October 1995`, `August 1996`, `1996`, never more precise than the date. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The English name of a month number (1–12). */
export function monthName(month: number): string | undefined {
  return MONTHS[month - 1];
}

/** `2 October 1995`, `August 1996`, `1996`: as precise as the date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export function dateInWords(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? monthName(Number(m)) : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A date with its range end: `14–15 October 2019`, `August–September 2023`, `1996 – 1998`. */
export function spanInWords(date: string, end?: string): string {
  if (!end || end === date) return dateInWords(date);
  const [y1, m1, d1] = date.split('-');
  const [y2, m2, d2] = end.split('-');
  if (y1 === y2 && m1 === m2 && d1 && d2) return `${Number(d1)}–${dateInWords(end)}`;
  if (y1 === y2 && m1 && m2 && !d1 && !d2) return `${monthName(Number(m1))}–${dateInWords(end)}`;
  if (!m1 && !m2) return `${y1}–${y2}`;
  return `${dateInWords(date)} – ${dateInWords(end)}`;
}

/**
 * Writes the ISO dates inside a text in words (`1947-09 to 1948-12` → `September 1947 to December
 * 1948`); year ranges (`2023-2024`) and other numbers are left alone.
 */
export function isoDatesInWords(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g, (all, y: string, m: string, d?: string) =>
    Number(m) >= 1 && Number(m) <= 12 ? dateInWords(d ? `${y}-${m}-${d}` : `${y}-${m}`) : all,
  );
}
