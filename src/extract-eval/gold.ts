import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { eventClass } from '../core/event-classes.ts';
import { firstDay, lastDay, partialDateProblem } from '../core/partial-date.ts';
import { type GoldRecords, RECORD_KEYS, readGoldRecords } from './gold-records.ts';

/** One hand-annotated event of a gold file: what the text states, at the precision it states it. */
export type GoldEvent = {
  dyad: [string, string];
  class: string;
  /**
   * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, never more precise than the text; `unknown` when the text
   * states the event but no date and the file gives no publication date.
   */
  date: string;
  end?: string;
  /** ISO3 of the side that acted, `both`, or null when the text does not say. */
  initiator?: string | null;
  count?: number;
  /** Multilateral setting (e.g. `OTS`, `SCO summit`). */
  setting?: string;
  cameo?: string;
  /** The words of the text the event rests on. */
  quote?: string;
  /** Line of the event in its gold file, for messages. */
  line: number;
};

/** A gold file: a text's annotations and the options the extractor is called with. */
export type GoldFile = {
  /** File name without `.gold.yaml`; the text is `<name>.txt`. */
  name: string;
  source: string;
  title?: string;
  /** The pair the text is about: passed to the extractor; the gold then holds only that pair's events. */
  dyad?: [string, string];
  /** Publication date, for relative dates ("today", "on 22 August"). */
  referenceDate?: string;
  /** The text's language (`en` unless stated): the extractor reads it so, and scores are kept per language. */
  language?: string;
  events: GoldEvent[];
  /** Agreements, milestones and statements, when the file annotates them (then all three). */
  records?: GoldRecords;
};

export type GoldParse = { gold?: GoldFile; problems: string[] };

const FILE_KEYS = new Set(['source', 'title', 'dyad', 'referenceDate', 'language', 'events', ...RECORD_KEYS]);
const LANGUAGES = new Set(['en', 'ru']);
const EVENT_KEYS = new Set([
  'dyad',
  'class',
  'date',
  'end',
  'initiator',
  'count',
  'setting',
  'cameo',
  'quote',
]);
const ISO3 = /^[A-Z]{3}$/;
const CAMEO = /^\d{2,4}$/;

type Fields = Record<string, unknown>;

/**
 * Parses and validates a gold file. Never throws on bad input: each problem names the file, the line
 * and the field. `gold` is set only when there are no problems.
 */
export function parseGoldFile(text: string, name: string): GoldParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (line: number) => `${name}.gold.yaml:${line}`;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => `${at(e.linePos?.[0]?.line ?? 1)}: ${e.message.split('\n')[0]}`),
    };
  }
  const root = doc.toJS() as unknown;
  if (!isRecord(root)) return { problems: [`${at(1)}: the file must be a mapping with source and events`] };
  const problems: string[] = [];
  for (const key of Object.keys(root))
    if (!FILE_KEYS.has(key)) problems.push(`${at(1)}: unknown field "${key}"`);
  if (typeof root['source'] !== 'string' || root['source'].trim() === '') {
    problems.push(`${at(1)}: field "source" must say where the text comes from`);
  }
  const fileDyad =
    root['dyad'] === undefined ? undefined : readDyad(root['dyad'], `${at(1)}: field "dyad"`, problems);
  const referenceDate = optionalDate(root['referenceDate'], `${at(1)}: field "referenceDate"`, problems);
  const title = root['title'];
  if (title !== undefined && typeof title !== 'string') problems.push(`${at(1)}: field "title" must be text`);
  const language = root['language'];
  if (language !== undefined && !(typeof language === 'string' && LANGUAGES.has(language)))
    problems.push(`${at(1)}: field "language" must be en or ru`);
  const eventsNode = doc.get('events');
  if (!isSeq(eventsNode)) return { problems: [...problems, `${at(1)}: field "events" must be a list`] };
  const events: GoldEvent[] = [];
  eventsNode.items.forEach((item, i) => {
    const line = lineCounter.linePos(isMap(item) ? (item.range?.[0] ?? 0) : 0).line;
    const value = isMap(item) ? (item.toJSON() as unknown) : undefined;
    const event = readEvent(value, `${at(line)}: event ${i + 1}`, line, problems);
    if (event && fileDyad && !sameDyad(event.dyad, fileDyad)) {
      problems.push(`${at(line)}: event ${i + 1} field "dyad" is not the file's dyad ${fileDyad.join('-')}`);
    }
    if (event) events.push(event);
  });
  const lists: Partial<Record<(typeof RECORD_KEYS)[number], { value: unknown; line: number }[]>> = {};
  for (const key of RECORD_KEYS) {
    if (root[key] === undefined) continue;
    const node = doc.get(key);
    if (!isSeq(node)) {
      problems.push(`${at(1)}: field "${key}" must be a list`);
      continue;
    }
    lists[key] = node.items.map((item) => ({
      value: isMap(item) ? (item.toJSON() as unknown) : undefined,
      line: lineCounter.linePos(isMap(item) ? (item.range?.[0] ?? 0) : 0).line,
    }));
  }
  const annotated = RECORD_KEYS.some((k) => lists[k] !== undefined);
  const read = annotated ? readGoldRecords(lists, at) : undefined;
  if (read) problems.push(...read.problems);
  if (problems.length > 0) return { problems };
  const gold: GoldFile = { name, source: root['source'] as string, events };
  if (read) gold.records = read.records;
  if (typeof title === 'string') gold.title = title;
  if (fileDyad) gold.dyad = fileDyad;
  if (referenceDate !== undefined) gold.referenceDate = referenceDate;
  if (typeof language === 'string') gold.language = language;
  return { gold, problems };
}

function readEvent(value: unknown, where: string, line: number, problems: string[]): GoldEvent | undefined {
  if (!isRecord(value)) {
    problems.push(`${where}: must be a mapping`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(value))
    if (!EVENT_KEYS.has(key)) problems.push(`${where}: unknown field "${key}"`);
  const dyad = readDyad(value['dyad'], `${where} field "dyad"`, problems);
  const cls = value['class'];
  if (typeof cls !== 'string' || !eventClass(cls)) {
    problems.push(`${where} field "class": "${String(cls)}" is not a known event class`);
  }
  const date =
    value['date'] === UNKNOWN ? UNKNOWN : optionalDate(value['date'], `${where} field "date"`, problems);
  if (value['date'] === undefined) problems.push(`${where} field "date" is required`);
  const end = optionalDate(value['end'], `${where} field "end"`, problems);
  if (date !== undefined && date !== UNKNOWN && end !== undefined && lastDay(end) < firstDay(date)) {
    problems.push(`${where} field "end": ${end} is before ${date}`);
  }
  const initiator = value['initiator'];
  const initiatorOk =
    initiator === undefined ||
    initiator === null ||
    initiator === 'both' ||
    (typeof initiator === 'string' && dyad?.includes(initiator) === true);
  if (!initiatorOk)
    problems.push(`${where} field "initiator": "${String(initiator)}" is not a side of the dyad`);
  const count = value['count'];
  if (count !== undefined && !(Number.isInteger(count) && (count as number) > 0)) {
    problems.push(`${where} field "count" must be a positive whole number`);
  }
  const cameo = value['cameo'];
  if (cameo !== undefined && !(typeof cameo === 'string' && CAMEO.test(cameo))) {
    problems.push(`${where} field "cameo" must be a quoted CAMEO code such as '057'`);
  }
  for (const key of ['setting', 'quote']) {
    if (value[key] !== undefined && typeof value[key] !== 'string')
      problems.push(`${where} field "${key}" must be text`);
  }
  if (problems.length > before || !dyad || date === undefined) return undefined;
  const event: GoldEvent = { dyad, class: cls as string, date, line };
  if (end !== undefined) event.end = end;
  if (initiator !== undefined) event.initiator = initiator as string | null;
  if (count !== undefined) event.count = count as number;
  if (typeof value['setting'] === 'string') event.setting = value['setting'];
  if (typeof cameo === 'string') event.cameo = cameo;
  if (typeof value['quote'] === 'string') event.quote = value['quote'];
  return event;
}

function readDyad(value: unknown, where: string, problems: string[]): [string, string] | undefined {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => typeof v === 'string' && ISO3.test(v))
  ) {
    problems.push(`${where} must be two ISO3 codes, e.g. [AZE, UZB]`);
    return undefined;
  }
  const [a, b] = value as [string, string];
  if (!(a < b)) {
    problems.push(`${where} must be sorted and distinct: [${[a, b].sort().join(', ')}]`);
    return undefined;
  }
  return [a, b];
}

/** The date of an event the text does not date: it matches only an extracted event with no date. */
export const UNKNOWN = 'unknown';

/** A date field: quoted text of a valid partial date; a bare YAML year number is accepted. */
function optionalDate(value: unknown, where: string, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') {
    problems.push(`${where} must be a quoted date such as '2023-08'`);
    return undefined;
  }
  const problem = partialDateProblem(text);
  if (problem) {
    problems.push(`${where}: ${problem}`);
    return undefined;
  }
  return text;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameDyad(a: readonly string[], b: readonly string[]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
