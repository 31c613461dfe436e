/**
 * Builds the extractor's vocabularies in data/ from the field's own dictionaries in data/sources/:
 *
 * - `data/cameo-verbs.json` from PETRARCH-2's CAMEO verb dictionary (`petrarch2/CAMEO.2.0.txt`):
 *   every verb form with its CAMEO code and verb block, and each block's phrase patterns (the
 *   words before and after the verb that select another code).
 * - `data/actor-dictionary.json` from the Phoenix actor dictionaries (`petrarch2/Phoenix.*.txt`)
 *   and the Archigos leader list (`archigos/archigos.csv.gz`): country names, adjectives and cities,
 *   named people and institutions with their country, sector and dates, generic agents with their
 *   sector, and heads of state and government with their terms to 2015.
 *
 * Deterministic (sorted, no clock). Run with `npm run build:vocabulary`.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { allCountries, iso3FromIcewsName } from '../src/core/countries.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'data', 'sources');
const read = (...p: string[]) => readFileSync(join(SOURCES, ...p), 'utf8');

/** Lower-case words of a dictionary phrase: `AIR_RAID` and `{AIR RAID}` are "air raid". */
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[_{}()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && /[a-z0-9]/.test(w));

/** Regular forms of an English verb: base, -s, -ed, -ing (PETRARCH generates the same). */
function regularForms(base: string): string[] {
  const b = base;
  const s = /(?:s|x|z|ch|sh)$/.test(b) ? `${b}es` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ies` : `${b}s`;
  const stem = b.endsWith('e') ? b.slice(0, -1) : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}i` : b;
  const ed = b.endsWith('e') ? `${b}d` : `${stem}ed`;
  const ing = b.endsWith('ie')
    ? `${b.slice(0, -2)}ying`
    : b.endsWith('e') && !b.endsWith('ee')
      ? `${stem}ing`
      : `${b}ing`;
  return [b, s, ed, ing];
}

type Pattern = [code: string, before: string[], after: string[]];

/** The CAMEO verb dictionary: synonym sets expanded, verbs with their forms, patterns per block. */
function buildVerbs(): { verbs: Record<string, [string, number]>; blocks: Pattern[][] } {
  const lines = read('petrarch2', 'CAMEO.2.0.txt').split(/\r?\n/);
  const sets = new Map<string, string[]>();
  let set: string[] | undefined;
  const verbs = new Map<string, [string, number]>();
  const blocks: Pattern[][] = [];
  let block: Pattern[] | undefined;
  let blockCode: string | undefined;
  const codeOf = (line: string) => /\[(\d{2,4})\]/.exec(line)?.[1];
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    if (line.startsWith('&')) {
      set = [];
      sets.set(line.trim().toLowerCase(), set);
      continue;
    }
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (header) {
      set = undefined;
      block = [];
      blocks.push(block);
      blockCode = /^\d+$/.test(header[2] ?? '') ? header[2] : undefined;
      continue;
    }
    if (set && !block && line.startsWith('+')) {
      set.push(
        ...words(line.slice(1))
          .slice(0, 1)
          .map(() => words(line.slice(1)).join(' ')),
      );
      continue;
    }
    if (!block) continue;
    const blockIndex = blocks.length - 1;
    if (line.startsWith('-')) {
      const code = codeOf(line);
      if (!code) continue;
      const body = line
        .slice(1)
        .replace(/\[[^\]]*\]/g, '')
        .replace(/[$%^+]/g, ' ');
      const star = body.indexOf('*');
      if (star < 0) continue;
      const expand = (part: string) =>
        words(part).flatMap((w) => (w.startsWith('&') ? [`&${w.slice(1)}`] : [w]));
      block.push([code, expand(body.slice(0, star)), expand(body.slice(star + 1))]);
      continue;
    }
    // A verb line: WORD [code], WORD {IRREGULAR FORMS} [code], +MULTI_WORD {FORMS} [code].
    const m = /^\+?([A-Z][A-Z_'-]*)\s*(?:\{([^}]*)\})?\s*(?:\[(\d{2,4})\])?/.exec(line.trim());
    if (!m) continue;
    // A verb with no code of its own and none in its block codes only through its patterns ("").
    const code = m[3] ?? blockCode ?? '';
    const base = words(m[1] ?? '').join(' ');
    const irregular = (m[2] ?? '')
      .split(/\s+/)
      .map((f) => words(f.replace(/^\+/, '')).join(' '))
      .filter((f) => f !== '');
    const multi = base.includes(' ');
    const forms = multi
      ? [base, ...irregular]
      : irregular.length > 0
        ? [base, ...irregular]
        : regularForms(base);
    if (code) blockCode ??= code;
    for (const f of forms) if (!verbs.has(f)) verbs.set(f, [code, blockIndex]);
  }
  // Synonym-set references in patterns become the set's members joined by "|".
  for (const b of blocks) {
    for (const p of b) {
      for (const side of [p[1], p[2]]) {
        side.forEach((w, i) => {
          if (w.startsWith('&')) side[i] = (sets.get(`&${w.slice(1)}`) ?? [w.slice(1)]).join('|');
        });
      }
    }
  }
  const sorted = Object.fromEntries([...verbs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { verbs: sorted, blocks };
}

/** CAMEO country codes (as the Phoenix dictionaries write them) to ISO3. */
function cameoToIso3(): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of allCountries()) out.set(c.iso3, c.iso3);
  const [, ...rows] = read('icews-country-names.tsv').split(/\r?\n/);
  for (const row of rows) {
    const [name, code] = row.split('\t');
    const iso = name ? iso3FromIcewsName(name) : undefined;
    if (iso && code && code.length === 3 && !out.has(code)) out.set(code, iso);
  }
  return out;
}

/** YYMMDD of the Phoenix dictionaries as YYYY-MM-DD (the dictionaries end in 2014). */
function phoenixDate(d: string): string {
  const yy = Number(d.slice(0, 2));
  return `${yy <= 30 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
}

type Person = [name: string, iso3: string, sector: string, from: string, to: string];

/** Phoenix country blocks (names, adjectives, cities) and people and institutions with dates. */
function buildPhoenix(isoOf: Map<string, string>): { places: Record<string, string>; people: Person[] } {
  const places = new Map<string, string>();
  const people: Person[] = [];
  const lines = read('petrarch2', 'Phoenix.Countries.actors.txt').split(/\r?\n/);
  let names: string[] = [];
  let codes: string[] = [];
  const flush = () => {
    if (names.length === 0) return;
    const country = codes.find((c) => /^[A-Z]{3}$/.test(c.split(/\s/)[0] ?? ''));
    if (country) {
      const iso = isoOf.get(country.split(/\s/)[0] ?? '');
      if (iso) for (const n of names) if (!places.has(n)) places.set(n, iso);
    } else {
      for (const c of codes) {
        const [code = '', range = ''] = c.split(/\s+/);
        const iso = isoOf.get(code.slice(0, 3));
        const sector = code.slice(3, 6);
        if (!iso || sector.length < 3) continue;
        const from = /^>(\d{6})$/.exec(range)?.[1] ?? /^(\d{6})-\d{6}$/.exec(range)?.[1];
        const to = /^<(\d{6})$/.exec(range)?.[1] ?? /^\d{6}-(\d{6})$/.exec(range)?.[1];
        // Undated codes hold for every date ("KREMLIN_ [RUSGOV]"); dated ones for their term.
        for (const n of names)
          people.push([n, iso, sector, from ? phoenixDate(from) : '', to ? phoenixDate(to) : '']);
      }
    }
    names = [];
    codes = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    if (/^\s+\[/.test(line) || /^\[/.test(line.trim())) {
      for (const m of line.matchAll(/\[([^\]]+)\]/g)) codes.push((m[1] ?? '').trim());
      continue;
    }
    if (!line.startsWith('+')) flush();
    const name = words(line.replace(/^\+/, '').replace(/\[[^\]]*\]/, '')).join(' ');
    if (name.length >= 3) names.push(name);
    for (const m of line.matchAll(/\[([^\]]+)\]/g)) codes.push((m[1] ?? '').trim());
  }
  flush();
  const sortedPlaces = Object.fromEntries([...places.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  people.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[3] < b[3] ? -1 : 1));
  return { places: sortedPlaces, people };
}

/** Generic agents (police, army, rebels, court …) with their CAMEO sector code. */
function buildAgents(): Record<string, string> {
  const out = new Map<string, string>();
  for (const raw of read('petrarch2', 'Phoenix.agents.txt').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Z][A-Z_.'-]*)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]{3})/.exec(line);
    if (!m) continue;
    const base = words(m[1] ?? '').join(' ');
    const plural = (m[2] ?? '').trim();
    const forms = plural ? [base, ...plural.split(/\s+/).map((p) => words(p).join(' '))] : [base, `${base}s`];
    for (const f of forms) if (f && !out.has(f)) out.set(f, m[3] ?? '');
  }
  return Object.fromEntries([...out.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Archigos: every leader's name (often the surname alone) with country and term. */
function buildLeaders(): [string, string, string, string][] {
  const gz = readFileSync(join(SOURCES, 'archigos', 'archigos.csv.gz'));
  const csv = gunzipSync(gz).toString('utf8').split(/\r?\n/);
  const cross = read('archigos', 'cow_iso_crosswalk.csv').split(/\r?\n/);
  const head = (cross[0] ?? '').split(',').map((h) => h.replace(/"/g, ''));
  const gwAt = head.indexOf('gwcode');
  const isoAt = head.indexOf('iso3c');
  const gwIso = new Map<string, string>();
  for (const row of cross.slice(1)) {
    const cells = row.split(',').map((c) => c.replace(/"/g, ''));
    const gw = cells[gwAt];
    const iso = cells[isoAt];
    if (gw && iso && !gwIso.has(gw)) gwIso.set(gw, iso);
  }
  const out: [string, string, string, string][] = [];
  for (const row of csv.slice(1)) {
    const m = /^"[^"]*",(\d+),"[^"]*","([^"]*)",[^,]*,"[^"]*",([\d-]+),([\d-]+)/.exec(row);
    if (!m) continue;
    const iso = gwIso.get(m[1] ?? '');
    if (iso && m[2]) out.push([m[2], iso, m[3] ?? '', m[4] ?? '']);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] < b[2] ? -1 : 1));
}

function writeJson(name: string, value: unknown): void {
  const path = join(ROOT, 'data', name);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(value)}\n`);
  renameSync(`${path}.tmp`, path);
}

const verbs = buildVerbs();
writeJson('cameo-verbs.json', {
  source: 'PETRARCH-2 CAMEO.2.0.txt (openeventdata/petrarch2, MIT)',
  ...verbs,
});
const isoOf = cameoToIso3();
const phoenix = buildPhoenix(isoOf);
writeJson('actor-dictionary.json', {
  source:
    'Phoenix actor dictionaries of PETRARCH-2 (openeventdata/petrarch2, MIT); Archigos 4.1 leaders (Goemans, Gleditsch & Chiozza 2009)',
  places: phoenix.places,
  people: phoenix.people,
  agents: buildAgents(),
  leaders: buildLeaders(),
});
process.stdout.write(
  `cameo-verbs.json: ${Object.keys(verbs.verbs).length} verb forms, ${verbs.blocks.length} blocks\n` +
    `actor-dictionary.json: ${Object.keys(phoenix.places).length} places, ${phoenix.people.length} people\n`,
);
