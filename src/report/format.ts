/** Words and numbers as a brief writes them: dates in words, signed changes, labels of codes. */
import { dateInWords, spanInWords } from '../core/date-words.ts';
import { RUNG_NAMES } from '../core/rungs.ts';

/** `2 October 1995`, `August 1996`, `1996`: as precise as the date and no more. */
export const dateLabel = dateInWords;

/** A date with its range end: `14–15 October 2019`, `August–September 2023`, `1996–1998`. */
export const spanLabel = spanInWords;

/** `+0.12`, `−0.30`, `0.00` (a true minus sign). */
export function signed(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A score with one decimal and a true minus sign. */
export function score(value: number): string {
  const text = Math.abs(value).toFixed(1);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** `state_visit` → `state visit`. */
export function codeLabel(code: string): string {
  return code.replace(/_/g, ' ');
}

/** `COMPREHENSIVE_STRATEGIC_PARTNERSHIP` → `comprehensive strategic partnership`. */
export function rungLabel(rung: string): string {
  if (RUNG_WORDS[rung]) return RUNG_WORDS[rung];
  return (RUNG_NAMES as readonly string[]).includes(rung) ? rung.toLowerCase().replace(/_/g, ' ') : rung;
}

const RUNG_WORDS: Record<string, string> = {
  NONE: 'no tie',
  SEVERED: 'relations severed',
  EMBASSY_ONE_SIDE: 'embassy on one side',
  EMBASSIES_RECIPROCAL: 'embassies on both sides',
  PACT_MULTILATERAL: 'multilateral pact',
  DEFENCE_PACT_MULTILATERAL: 'multilateral defence pact',
  ALLIED_TREATY_SIGNED: 'treaty of alliance signed',
  ALLIED_TREATY_IN_FORCE: 'treaty of alliance in force',
  ALLIED_DECLARATION: 'declared alliance',
};

import { plural } from '../core/plural.ts';

export { plural };

/** What a report holds, for its header: "4 events and 2 reference facts", "56 reference facts". */
export function recordCounts(c: { events: number; referenceFacts: number; machineEvents: number }): string {
  const parts = [
    ...(c.events || !c.referenceFacts ? [plural(c.events, 'event')] : []),
    ...(c.referenceFacts ? [plural(c.referenceFacts, 'reference fact')] : []),
  ];
  const machine = c.machineEvents
    ? ` (and ${plural(c.machineEvents, 'machine-coded event')} in the level)`
    : '';
  return `${parts.join(' and ')}${machine}`;
}

/** Consecutive reference numbers as runs: [1,2,3,7] → [[1,3],[7,7]]. */
export function citeRuns(cites: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of cites) {
    const last = out.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** `12,345` and `2.5`: thousands separated, at most one decimal unless the number is small. */
export function number(value: number): string {
  const digits =
    Math.abs(value) < 10 && !Number.isInteger(value)
      ? 2
      : Math.abs(value) < 100 && !Number.isInteger(value)
        ? 1
        : 0;
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits });
}

/** `US$500 million`, `US$2.3 billion` for amounts in a unit of US dollars (millions or units). */
export function money(value: number, unit: string): string {
  const millions = /million|\bm\b/i.test(unit)
    ? value
    : /billion|\bbn\b/i.test(unit)
      ? value * 1000
      : value / 1e6;
  if (!/usd|us\$|dollar/i.test(unit)) return `${number(value)} ${unit}`;
  return millions >= 1000 ? `US$${number(millions / 1000)} billion` : `US$${number(millions)} million`;
}

/** Names read with "the" in running text: "the United States", "the Philippines". */
const WITH_ARTICLE =
  /^(United |Russian Federation|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Marshall Islands|Solomon Islands|Czech Republic|Dominican Republic|Central African Republic|Democratic Republic|Republic of|Holy See|Vatican)/;

/** A country's name as it reads inside a sentence. */
export function inProse(name: string): string {
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}
