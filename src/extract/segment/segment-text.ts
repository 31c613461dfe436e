import type { Sentence } from '../types.ts';

/** Longest sentence the recognisers see; longer runs are cut so that no pattern runs on megabytes. */
export const MAX_SENTENCE = 1000;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'prof',
  'jr',
  'sr',
  'co',
  'inc',
  'ltd',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'art',
  'para',
  'approx',
  'min',
  'hon',
  'amb',
  'pres',
]);

const LIST_MARKER = /^[ \t]*(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-•*–])[ \t]+/;
const MESSAGE_INTRO =
  /\b(?:message|letter|telegram|said|stated|noted|speech|address|lines|wrote|declared)\b[^:]{0,80}:\s*$/i;

type Block = { start: number; end: number; paragraph: number; listItem: boolean; tableRow?: boolean };

/** A row of a table: cells separated by at least two "|" or tabs ("Guest | Host | Place | Dates"). */
function isTableRow(text: string, from: number, to: number): boolean {
  let cells = 0;
  for (let i = from; i < to && cells < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 124 || c === 9) cells++;
  }
  return cells >= 2;
}

/**
 * Splits a text into paragraphs, numbered list items and sentences, in one linear pass. A paragraph
 * that ends with a colon opens a passage that its following list items join, so that date context
 * and quotation carry over ("… sent a message including these lines: 1. …").
 */
export function segmentText(text: string): Sentence[] {
  const blocks = splitBlocks(text);
  const out: Sentence[] = [];
  let passage = -1;
  let prevIntro = false;
  let quoted = false;
  for (const block of blocks) {
    if (!(block.listItem && prevIntro)) {
      passage++;
      quoted = false;
      prevIntro = false;
    }
    const first = out.length;
    const split = block.tableRow
      ? (_t: string, a: number, b: number, emit: (start: number, end: number) => void) => emit(a, b)
      : splitSentences;
    split(text, block.start, block.end, (start, end) => {
      out.push({
        index: out.length,
        text: text.slice(start, end),
        start,
        end,
        paragraph: block.paragraph,
        passage,
        listItem: block.listItem,
        ...(block.tableRow ? { tableRow: true } : {}),
        quoted: quoted || text.charCodeAt(start) === 0x201c || text.charCodeAt(start) === 0x22,
      });
    });
    const last = out[out.length - 1];
    if (!block.listItem && last && out.length > first && /:\s*$/.test(last.text)) {
      prevIntro = true;
      quoted = MESSAGE_INTRO.test(last.text.slice(-200));
    }
  }
  return out;
}

/** Lines grouped into paragraph blocks; each list item is a block of its own. */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph = 0;
  let blockStart = -1;
  let blockEnd = -1;
  let blockList = false;
  let pos = 0;
  const flush = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd, paragraph, listItem: blockList });
    blockStart = -1;
  };
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + 64));
    const blank = isBlank(text, pos, nl);
    if (blank) {
      if (blockStart >= 0) {
        flush();
        paragraph++;
      }
    } else if (isTableRow(text, pos, nl)) {
      // Each row of a table is a block (and a sentence) of its own.
      flush();
      blocks.push({ start: pos, end: trimEnd(text, pos, nl), paragraph, listItem: false, tableRow: true });
    } else {
      const marker = LIST_MARKER.exec(line);
      if (marker) {
        flush();
        blockStart = pos + marker[0].length;
        blockList = true;
      } else if (blockStart < 0) {
        blockStart = pos;
        blockList = false;
      }
      blockEnd = trimEnd(text, pos, nl);
    }
    pos = nl + 1;
  }
  flush();
  return blocks;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function isUpperStart(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0x410 && c <= 0x42f) ||
    (c >= 0xc0 && c <= 0xde) ||
    c === 0x201c ||
    c === 0x22 ||
    c === 0x28 ||
    c === 0x2018 ||
    c === 0x27 ||
    c === 0x401 ||
    c === 0x18f
  );
}

/** Calls `emit` for each sentence of text[from, to): ends at . ! ? … or a line break after them. */
function splitSentences(text: string, from: number, to: number, emit: (s: number, e: number) => void): void {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  let i = start;
  while (i < to) {
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      let j = i + 1;
      while (
        j < to &&
        (text.charCodeAt(j) === 0x201d || text.charCodeAt(j) === 0x22 || text.charCodeAt(j) === 41)
      )
        j++;
      if (j >= to) cut = j;
      else if (isSpace(text.charCodeAt(j))) {
        let k = j;
        while (k < to && isSpace(text.charCodeAt(k))) k++;
        const lineBreak = text.indexOf('\n', j) >= 0 && text.indexOf('\n', j) < k;
        if (
          k < to &&
          (lineBreak || (isUpperStart(text.charCodeAt(k)) && !(c === 46 && isAbbreviation(text, start, i))))
        ) {
          cut = j;
        }
      }
    } else if (c === 10 && i > start) {
      // A line break ends a sentence when the line before it ended in punctuation or the next line
      // starts a new thought; wrapped prose continues.
      const prev = text.charCodeAt(trimEnd(text, start, i) - 1);
      if (prev === 58 || prev === 59) cut = i;
    }
    if (cut < 0 && i - start >= MAX_SENTENCE) cut = lastSpace(text, start, i) ?? i;
    if (cut >= 0) {
      const end = trimEnd(text, start, cut);
      if (end > start) emit(start, end);
      start = cut;
      while (start < to && isSpace(text.charCodeAt(start))) start++;
      i = start;
      continue;
    }
    i++;
  }
  const end = trimEnd(text, start, to);
  if (end > start) emit(start, end);
}

function lastSpace(text: string, start: number, i: number): number | undefined {
  for (let k = i; k > start + MAX_SENTENCE / 2; k--) if (isSpace(text.charCodeAt(k))) return k;
  return undefined;
}

function isAbbreviation(text: string, start: number, dot: number): boolean {
  let k = dot;
  while (k > start && k > dot - 8) {
    const c = text.charCodeAt(k - 1);
    if (isSpace(c) || c === 40) break;
    k--;
  }
  const word = text.slice(k, dot).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return true;
  return ABBREVIATIONS.has(word);
}
