import type { Source } from '../core/types.ts';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** More Cyrillic letters than Latin ones: words of a Russian source. */
function mostlyCyrillic(text: string): boolean {
  const cyr = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const lat = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyr > lat;
}

/**
 * The source's own words, verbatim, when an event's summary is written in another script than its
 * source (a Russian sentence, an English summary): the report shows them beside the summary.
 */
export function originalWords(sources: readonly Source[] | undefined, summary: string): string | undefined {
  const quote = sources?.find((s) => s.quote)?.quote;
  return quote && mostlyCyrillic(quote) && !CYRILLIC.test(summary) ? quote : undefined;
}
