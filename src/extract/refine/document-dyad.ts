import { sortedDyad } from '../../core/countries.ts';
import { findCountries } from '../recognize/countries.ts';
import { tokenize } from '../recognize/tokens.ts';
import type { CountryMention, SentenceFacts } from '../types.ts';

/**
 * The two countries a document is about: the title's, else the two most named (capitals count
 * half: "talks in Baku" names a place more often than a party). Undefined when the text does not
 * name a second country at least twice.
 */
export function documentDyad(
  all: SentenceFacts[],
  title: string | undefined,
  titleCountries: (title: string) => CountryMention[] = (t) => findCountries(tokenize(t)),
): [string, string] | undefined {
  const counts = new Map<string, number>();
  const bump = (c: string, n: number) => counts.set(c, (counts.get(c) ?? 0) + n);
  for (const f of all) {
    for (const c of f.countries) if (c.kind !== 'place') bump(c.iso3, c.kind === 'capital' ? 0.5 : 1);
    // An agent ("Israeli army") repeats its country's mention: it does not count twice.
    for (const a of f.actors) if (a.country && !a.sector) bump(a.country, 1);
  }
  if (title) for (const c of titleCountries(title)) if (c.kind !== 'place') bump(c.iso3, 100);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [a, b] = ranked;
  if (!a || !b || b[1] < 2) return undefined;
  return sortedDyad(a[0], b[0]);
}

/** Countries named (not capitals) in each passage, in order of first mention. */
export function passageCountries(all: SentenceFacts[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const f of all) {
    let list = out.get(f.sentence.passage);
    if (!list) {
      list = [];
      out.set(f.sentence.passage, list);
    }
    for (const c of f.countries)
      if (c.kind !== 'capital' && c.kind !== 'place' && !list.includes(c.iso3)) list.push(c.iso3);
  }
  return out;
}
