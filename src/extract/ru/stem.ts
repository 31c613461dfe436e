import { StemmerRu } from '@nlpjs/lang-ru';

const stemmer = new StemmerRu();
const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/** Lower case, `ё` as `е` (texts write Мирзиёев and Мирзиеев alike). */
export function foldRu(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/**
 * The Snowball stem of a Russian word (lower-cased, `ё` folded): посетил, посетила, посетили →
 * "посет". Cached: the same few thousand words recur across sentences.
 */
export function stemRu(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer.stemWord(foldRu(word));
    if (cache.size > CACHE_MAX) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/** Endings a name takes in its cases, by how the name ends (enough to reach every stem Snowball gives). */
function caseForms(word: string): string[] {
  const w = foldRu(word);
  if (/[ая]$/.test(w)) {
    const base = w.slice(0, -1);
    return [w, ...['ы', 'и', 'е', 'у', 'ю', 'ой', 'ей', 'ою'].map((e) => base + e)];
  }
  if (/ия$/.test(w)) return [w];
  if (/ь$/.test(w)) return [w, ...['и', 'ю', 'ью', 'я', 'ем', 'е'].map((e) => w.slice(0, -1) + e)];
  if (/[йь]$/.test(w)) return [w, ...['я', 'ю', 'ем', 'е'].map((e) => w.slice(0, -1) + e)];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(w))
    return [w, ...['а', 'у', 'ом', 'ым', 'е', 'ы', 'ов'].map((e) => w + e)];
  return [w];
}

/**
 * Every stem and every lower-case form of a word in its cases: Snowball does not stem all cases of a
 * name alike (Узбекистан → "узбекиста", Узбекистаном → "узбекистан"), so a name is looked up by all.
 */
export function nameKeys(word: string): { forms: string[]; stems: string[] } {
  const forms = caseForms(word);
  const stems = [...new Set(forms.map((f) => stemmer.stemWord(f)))];
  return { forms, stems };
}
