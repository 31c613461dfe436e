import { PUBLISHERS } from './publishers.ts';

/** How far into a text its title, dateline and publisher are looked for. */
const HEAD = 600;
const TITLE_MAX = 200;

/** What a text says about itself at its head: its title line and its publisher. */
export type DocumentHead = { title?: string; publisher?: string };

/** The publisher that publishes on this address, by host. */
export function publisherOfUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const host = new URL(url).hostname.toLowerCase();
  return PUBLISHERS.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)))?.name;
}

/** A first line that reads as a title: short, not a sentence that runs on, not a dateline. */
function titleLine(text: string): string | undefined {
  const lines = text.split('\n').filter((l) => l.trim());
  const first = lines[0]?.trim();
  // A text of one line has no title line: it is all story.
  if (!first || lines.length < 2 || first.length > TITLE_MAX) return undefined;
  // A line ending in a full stop after a clause ("X met Y on Monday.") is the story's first sentence.
  if (/[.!?]$/.test(first) && first.split(/\s+/).length > 12) return undefined;
  if (/^\p{Lu}[\p{L} .'’-]{1,40},\s/u.test(first) && /\d{4}/.test(first)) return undefined;
  return first;
}

/**
 * The title line and the publisher a text states at its head ("Published: …" is the dateline's
 * business): a publisher named there ("Trend reports", "(Kazinform)", "the Akorda press service
 * reports"), else the one the address belongs to.
 */
export function readDocumentHead(text: string, url?: string): DocumentHead {
  const head = text.slice(0, HEAD);
  const out: DocumentHead = {};
  const title = titleLine(head);
  if (title) out.title = title;
  // The first publisher named at the head; the address decides when the head names none.
  let best: { at: number; name: string } | undefined;
  for (const p of PUBLISHERS) {
    const m = p.words.exec(head);
    if (m && (!best || m.index < best.at)) best = { at: m.index, name: p.name };
  }
  const publisher = publisherOfUrl(url) ?? best?.name;
  if (publisher) out.publisher = publisher;
  return out;
}
