/**
 * A reference as a reader expects it: number, publisher (or data set with its version), title,
 * publication date in words, language and address; a data-set reference says which table and rows.
 * Whatever a source does not give is left out, never guessed.
 */
import { dateInWords } from './date-words.ts';
import { publisherOfHost } from './publishers.ts';

/** The parts of a reference; every one optional but the address or the title makes it checkable. */
export type CitationParts = {
  /** The reference number, when the citation is written with it (`12. …`). */
  n?: number;
  title?: string;
  publisher?: string;
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string;
  /** BCP 47 language code (`en`, `ru`, `uz`). */
  language?: string;
  url?: string;
  /** A data set's rows instead of a document. */
  dataset?: {
    title: string;
    version: string;
    /** The shipped file (table) the rows are in. */
    file: string;
    /** Lines of the file (1 is the header). */
    lines: readonly number[];
    citation?: string;
    terms?: string;
  };
};

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** `Russian` for `ru`; undefined for a code Intl does not know. */
export function languageName(code: string): string | undefined {
  try {
    const name = LANGUAGES.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The host of an address without `www.`, or undefined when it is not one. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** An address as a reader reads it: without the scheme and `www.`. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '');
}

/** `lines 12–14, 20 and 31` (at most `max` runs, then "and N more"). */
export function linesInWords(lines: readonly number[], max = 6): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const shown = runs.slice(0, max).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const rest = runs.slice(max).reduce((t, [a, b]) => t + b - a + 1, 0);
  const word = sorted.length === 1 ? 'line' : 'lines';
  if (rest) return `${word} ${shown.join(', ')} and ${rest} more ${rest === 1 ? 'line' : 'lines'}`;
  const last = shown.pop();
  return shown.length ? `${word} ${shown.join(', ')} and ${last}` : `${word} ${last}`;
}

/** Everything but the address: `Trend News Agency, 'Title', 23 August 2024, in English`. */
export function citationLead(c: CitationParts): string {
  const parts: string[] = [];
  if (c.dataset) {
    const d = c.dataset;
    parts.push(`${d.title}, version ${d.version} (data set)`);
    parts.push(`table ${d.file}, ${linesInWords(d.lines)}`);
    if (d.citation) parts.push(d.citation);
    if (d.terms) parts.push(d.terms);
  } else {
    const host = c.url ? hostOf(c.url) : undefined;
    const publisher = c.publisher ?? (host ? (publisherOfHost(host) ?? host) : undefined);
    if (publisher) parts.push(publisher);
    if (c.title && c.title !== publisher) parts.push(`‘${c.title}’`);
    if (c.published) parts.push(dateInWords(c.published));
    const language = c.language ? languageName(c.language) : undefined;
    if (language) parts.push(`in ${language}`);
  }
  const lead = parts.join(', ');
  return c.n === undefined ? lead : `${c.n}. ${lead}`;
}

/** The same without its number, for lists that number themselves. */
export function unnumbered(c: CitationParts): CitationParts {
  const { n: _n, ...rest } = c;
  return rest;
}

/**
 * The whole reference as one line of text:
 * `12. Trend News Agency, ‘Azerbaijan and Uzbekistan …’, 23 August 2024, in English, en.trend.az/…`.
 */
export function formatCitation(c: CitationParts): string {
  const lead = citationLead(c);
  return c.url ? `${lead}, ${shortAddress(c.url)}` : lead;
}

/**
 * What an address itself says about its page: the language of a `/ru/` path segment or a
 * `lang=`/`language=` parameter, and a `/YYYY/MM/DD/` publication date. Used only for addresses
 * with no document record of their own.
 */
export function addressFacts(url: string): { language?: string; published?: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return {};
  }
  const out: { language?: string; published?: string } = {};
  const lang =
    u.searchParams.get('lang') ??
    u.searchParams.get('language') ??
    /^\/(en|ru|uz|az|tr|kk|ky|tg|es|it|fr|de|zh)(?:\/|$)/.exec(u.pathname)?.[1] ??
    /^(en|ru|uz|az|tr)\./.exec(u.hostname)?.[1];
  if (lang && /^[a-z]{2}$/.test(lang)) out.language = lang;
  const date = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/.exec(u.pathname);
  if (date) out.published = `${date[1]}-${date[2]}-${date[3]}`;
  return out;
}
