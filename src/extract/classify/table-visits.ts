import type { Candidate, Sentence, SentenceFacts, Trigger } from '../types.ts';
import { classForCode } from './class-for-code.ts';

/** Which cells of a visits table hold the guest, the host, the place and the dates. */
export type VisitColumns = { guest: number; host: number; place?: number; dates?: number };

type Cell = { start: number; end: number };

const SEPARATOR = /[|\t]/g;
const GUEST = /^(?:guests?|visitors?|visiting|who|leader|head of (?:state|government))$/i;
const HOST = /^(?:host(?:s|ing)?(?: country)?|country|destination|to)$/i;
const PLACE = /^(?:place|city|location|venue|where)$/i;
const DATES = /^(?:dates?|when|period|year)$/i;

/** The cells of a table row, trimmed, with their offsets in the row; empty edge cells are dropped. */
export function cells(row: string): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  SEPARATOR.lastIndex = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(row[s] ?? '')) s++;
    while (e > s && /\s/.test(row[e - 1] ?? '')) e--;
    out.push({ start: s, end: e });
  };
  for (let m = SEPARATOR.exec(row); m; m = SEPARATOR.exec(row)) {
    push(from, m.index);
    from = m.index + 1;
  }
  push(from, row.length);
  if (out[0] && out[0].start === out[0].end) out.shift();
  const last = out[out.length - 1];
  if (last && last.start === last.end) out.pop();
  return out;
}

/** The columns a header row names ("Guest | Host | Place | Dates"), or undefined for another row. */
export function visitColumns(row: string): VisitColumns | undefined {
  const names = cells(row).map((c) => row.slice(c.start, c.end).trim());
  const guest = names.findIndex((n) => GUEST.test(n));
  const host = names.findIndex((n) => HOST.test(n));
  if (guest < 0 || host < 0) return undefined;
  const out: VisitColumns = { guest, host };
  const place = names.findIndex((n) => PLACE.test(n));
  const dates = names.findIndex((n) => DATES.test(n));
  if (place >= 0) out.place = place;
  if (dates >= 0) out.dates = dates;
  return out;
}

/** For each row under a visits header, its columns (one pass; a line that is no row ends the table). */
export function visitTables(sentences: readonly Sentence[]): Map<number, VisitColumns> {
  const out = new Map<number, VisitColumns>();
  let current: VisitColumns | undefined;
  for (const s of sentences) {
    if (!s.tableRow) {
      current = undefined;
      continue;
    }
    const header = visitColumns(s.text);
    if (header) current = header;
    else if (current && !/^[\s|:-]+$/.test(s.text)) out.set(s.index, current);
  }
  return out;
}

/**
 * A visit a table row states: the guest (a person or a country) visited the host, at the place, on
 * the dates. The trigger spans the host's cell so that the guest stands before it as the subject;
 * the row's recognised countries, people and dates do the rest. Undefined when a cell is missing.
 */
export function tableVisit(f: SentenceFacts, cols: VisitColumns): Trigger | undefined {
  const row = f.sentence.text;
  const cs = cells(row);
  const guest = cs[cols.guest];
  const host = cs[cols.host];
  if (!guest || !host || guest.start === guest.end || host.start === host.end) return undefined;
  const cls = classForCode('042', row) ?? 'visit';
  return { start: host.start, end: host.end, cameo: '042', class: cls, rule: 'table-visit' };
}

/** The place column of a row as the visit's place, with the country of the city when it is known. */
export function tablePlace(c: Candidate, cols: VisitColumns): void {
  const row = c.facts.sentence.text;
  const cell = cols.place === undefined ? undefined : cells(row)[cols.place];
  if (!cell || cell.start === cell.end) return;
  const m = c.facts.countries.find((x) => x.start >= cell.start && x.end <= cell.end);
  c.place = { name: row.slice(cell.start, cell.end), ...(m ? { country: m.iso3 } : {}) };
}
