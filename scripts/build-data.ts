/**
 * Builds the reference data in data/ from npm packages and the tables in data/sources/:
 * countries.json, cameo.json, actors.json and organizations.json. Deterministic: sorted keys and
 * rows, pretty JSON, no clock. Run with `npx tsx scripts/build-data.ts`.
 */
import { parseCsv } from '../src/core/csv.ts';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countriesLib from 'i18n-iso-countries';
import { parse as parseYaml } from 'yaml';
import { partialDateProblem } from '../src/core/partial-date.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'data', 'sources');
const require = createRequire(import.meta.url);
for (const lang of ['en', 'ru', 'az', 'uz']) {
  countriesLib.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
}

type Row = Record<string, string>;

/** Reads a tab-separated table with a header row. */
function readTsv(name: string): Row[] {
  const [header, ...lines] = readFileSync(join(SOURCES, name), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const cols = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** Reads an RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
function readCsv(name: string): Row[] {
  const [header, ...body] = parseCsv(readFileSync(join(SOURCES, name), 'utf8'));
  return body
    .filter((cells) => !(cells.length === 1 && cells[0] === ''))
    .map((cells) => Object.fromEntries((header ?? []).map((c, i) => [c, cells[i] ?? ''])));
}

function readYaml(name: string): unknown {
  return parseYaml(readFileSync(join(SOURCES, name), 'utf8'));
}

function writeJson(name: string, value: unknown): void {
  const path = join(ROOT, 'data', name);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  console.log(`wrote data/${name}`);
}

function list(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function uniq(values: string[], exclude: string[] = []): string[] {
  const seen = new Set(exclude);
  const out: string[] = [];
  for (const v of values) {
    if (v === '' || seen.has(v)) continue;
    seen.add(v);
    out.push(v);
  }
  return out;
}

// ---------------------------------------------------------------- Uzbek Latin → Cyrillic

const UZ_LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  c: 'с',
  w: 'в',
};
const UZ_DIGRAPHS: Record<string, string> = { sh: 'ш', ch: 'ч', yo: 'ё', yu: 'ю', ya: 'я', ye: 'е', ts: 'ц' };
const UZ_TURNED = /[ʻ‘'`]/;
const UZ_APOSTROPHE = /[ʼ’]/;
const VOWELS = 'aeiouаеиоуэюяёў';

/**
 * Transliterates Uzbek Latin to Uzbek Cyrillic by the 1995 alphabet's rules: oʻ→ў, gʻ→ғ, sh→ш,
 * ch→ч, yo/yu/ya/ye→ё/ю/я/е, ts→ц, e→э at the start of a word or after a vowel, ʼ→ъ; ng stays нг.
 */
export function uzLatinToCyrillic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const next = text[i + 1] ?? '';
    const cased = (s: string) => (upper ? s.toUpperCase() : s);
    if ((lower === 'o' || lower === 'g') && UZ_TURNED.test(next)) {
      out += cased(lower === 'o' ? 'ў' : 'ғ');
      i++;
      continue;
    }
    if (UZ_APOSTROPHE.test(ch)) {
      // Before a capital it elides a foreign article (Kot-d’Ivuar); otherwise it is the tutuq belgisi.
      out += /\p{Lu}/u.test(next) ? ch : 'ъ';
      continue;
    }
    const pair = UZ_DIGRAPHS[lower + next.toLowerCase()];
    if (pair !== undefined) {
      out += cased(pair);
      i++;
      continue;
    }
    if (lower === 'e') {
      const prev = (text[i - 1] ?? ' ').toLowerCase();
      const wordStart = !/\p{L}/u.test(prev);
      out += cased(wordStart || VOWELS.includes(prev) ? 'э' : 'е');
      continue;
    }
    const single = UZ_LETTERS[lower];
    out += single === undefined ? ch : cased(single);
  }
  return out;
}

/** Where the rules give a form that Uzbek Cyrillic usage does not (checked by hand). */
const UZ_CYRL_FIXES: Record<string, string> = {
  AZE: 'Озарбайжон',
  UZB: 'Ўзбекистон',
  KAZ: 'Қозоғистон',
  KGZ: 'Қирғизистон',
  TJK: 'Тожикистон',
  TKM: 'Туркманистон',
  TUR: 'Туркия',
  RUS: 'Россия',
  GEO: 'Грузия',
  ARM: 'Арманистон',
  IRN: 'Эрон',
  CHN: 'Хитой',
  USA: 'Америка Қўшма Штатлари',
  BWA: 'Ботсвана', // t+s here, not the ts of loanwords like Shveytsariya
};

// ---------------------------------------------------------------- countries

type Extras = {
  en?: string;
  ru?: string;
  cow?: string;
  capital?: string | string[];
  demonym?: string | string[];
  aliases?: string[];
};

/** ICEWS codes that are not the ISO3 of the entry (CAMEO's own codes, or a parent's code). */
const ICEWS_CODE_TO_ISO3: Record<string, string> = { KSV: 'XKK', TMP: 'TLS', ANT: 'ATA', FRNWLF: 'WLF' };
const ICEWS_NAME_TO_ISO3: Record<string, string> = {
  Jersey: 'JEY',
  Mayotte: 'MYT',
  'Saint Barthelemy': 'BLM',
};
/** FIPS rows whose ISO3 is not the ISO 3166-1 code of i18n-iso-countries (or no longer exists). */
const FIPS_ISO3_FIX: Record<string, string> = { XKX: 'XKK' };

function icewsIso3(row: Row): string | undefined {
  const byName = ICEWS_NAME_TO_ISO3[row.icews_name ?? ''];
  if (byName) return byName;
  const code = row.cameo_code ?? '';
  const fixed = ICEWS_CODE_TO_ISO3[code];
  if (fixed) return fixed;
  if (code.length === 6) return code.slice(3); // CAMEO writes dependencies as parent + own ISO3
  return code;
}

function buildCountries(): unknown[] {
  const extras = readYaml('country-extras.yaml') as Record<string, Extras>;
  const fips = new Map<string, string>();
  for (const row of readTsv('fips-iso.tsv')) {
    const iso3 = FIPS_ISO3_FIX[row.iso3 ?? ''] ?? row.iso3 ?? '';
    if (row.fips) fips.set(iso3, row.fips);
  }
  const icews = new Map<string, { names: string[]; cow?: string }>();
  for (const row of readTsv('icews-country-names.tsv')) {
    const iso3 = icewsIso3(row);
    if (!iso3 || !row.icews_name) continue;
    const entry = icews.get(iso3) ?? { names: [] };
    entry.names.push(row.icews_name);
    if (row.cow_code && entry.cow === undefined && row.cameo_code === iso3) entry.cow = row.cow_code;
    icews.set(iso3, entry);
  }
  const codes = Object.keys(countriesLib.getAlpha3Codes()).sort();
  const out = codes.map((iso3) => {
    const x = extras[iso3] ?? {};
    const all = (lang: string) => list(countriesLib.getName(iso3, lang, { select: 'all' }));
    const en = x.en ?? all('en')[0] ?? iso3;
    const ru = x.ru ?? all('ru')[0] ?? '';
    const az = all('az')[0] ?? '';
    const uz = all('uz')[0] ?? '';
    const uzCyrl = UZ_CYRL_FIXES[iso3] ?? uzLatinToCyrillic(uz);
    const ic = icews.get(iso3);
    const cow = x.cow ?? ic?.cow;
    const names = { en, ru, az, uz, uzCyrl };
    return {
      iso3,
      iso2: countriesLib.alpha3ToAlpha2(iso3) ?? '',
      numeric: countriesLib.alpha3ToNumeric(iso3) ?? '',
      ...(fips.has(iso3) ? { fips: fips.get(iso3) } : {}),
      ...(cow ? { cow } : {}),
      names,
      icews: uniq(ic?.names ?? []),
      aliases: uniq([...all('en'), ...all('ru'), ...list(x.aliases)], Object.values(names)),
      demonyms: uniq(list(x.demonym)),
      capitals: uniq(list(x.capital)),
    };
  });
  for (const key of Object.keys(extras)) {
    if (!codes.includes(key))
      throw new Error(`data/sources/country-extras.yaml: ${key} is not an ISO 3166-1 alpha-3 code`);
  }
  return out;
}

// ---------------------------------------------------------------- CAMEO

function clean(v: string | undefined): string | undefined {
  const t = (v ?? '').trim();
  return t === '' || t === 'NA' ? undefined : t;
}

function buildCameo(): unknown[] {
  const names = new Map(
    readTsv('cameo-eventcodes.tsv').map((r) => [r.CAMEOEVENTCODE ?? '', r.EVENTDESCRIPTION ?? '']),
  );
  const weights = new Map(
    readTsv('cameo-goldstein.tsv').map((r) => [r.CAMEOEVENTCODE ?? '', Number(r.GOLDSTEINSCALE)]),
  );
  const book = new Map(readCsv('cameo-codebook.csv').map((r) => [r.code ?? '', r]));
  const codes = [...new Set([...names.keys(), ...weights.keys()])].filter((c) => /^\d{2,4}$/.test(c)).sort();
  return codes.map((code) => {
    const b = book.get(code);
    const goldstein = weights.get(code) ?? (b ? Number(b.goldstein) : Number.NaN);
    if (Number.isNaN(goldstein)) throw new Error(`CAMEO ${code}: no Goldstein weight in cameo-goldstein.tsv`);
    const description = clean(b?.description);
    const usage = clean(b?.usage_notes);
    const example = clean(b?.example);
    return {
      code,
      name: names.get(code) ?? clean(b?.name) ?? code,
      goldstein,
      root: code.slice(0, 2),
      ...(description ? { description } : {}),
      ...(usage ? { usage } : {}),
      ...(example ? { example } : {}),
    };
  });
}

// ---------------------------------------------------------------- actors and organizations

const ROLES = new Set([
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'vice_president',
  'speaker',
  'minister',
]);

function checkDate(where: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = String(v);
  const problem = partialDateProblem(s);
  if (problem) throw new Error(`${where}: ${problem}`);
  return s;
}

function buildActors(isoCodes: Set<string>): unknown[] {
  const raw = readYaml('actors.yaml') as Record<string, unknown>[];
  const ids = new Set<string>();
  const out = raw.map((a, i) => {
    const where = `data/sources/actors.yaml entry ${i + 1} (${String(a.id)})`;
    const id = String(a.id ?? '');
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`${where}: field id must be a slug`);
    if (ids.has(id)) throw new Error(`${where}: duplicate id`);
    ids.add(id);
    const country = String(a.country ?? '');
    if (!isoCodes.has(country)) throw new Error(`${where}: field country "${country}" is not ISO3`);
    const roles = ((a.roles as Record<string, unknown>[] | undefined) ?? []).map((r, j) => {
      const w = `${where} role ${j + 1}`;
      const role = String(r.role ?? '');
      if (!ROLES.has(role)) throw new Error(`${w}: unknown role "${role}"`);
      const from = checkDate(w, r.from);
      const to = checkDate(w, r.to);
      if (from && to && to < from) throw new Error(`${w}: ends (${to}) before it starts (${from})`);
      return {
        role,
        title: String(r.title ?? ''),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(r.note ? { note: String(r.note) } : {}),
      };
    });
    const name = String(a.name ?? '');
    return { id, name, country, variants: uniq(list(a.variants), [name]), roles };
  });
  return out.sort((x, y) => (x.country + x.id < y.country + y.id ? -1 : 1));
}

function buildOrganizations(isoCodes: Set<string>): unknown[] {
  const raw = readYaml('organizations.yaml') as Record<string, unknown>[];
  const out = raw.map((o, i) => {
    const where = `data/sources/organizations.yaml entry ${i + 1} (${String(o.id)})`;
    const founded = checkDate(where, o.founded);
    const members = list(o.members);
    for (const m of members) if (!isoCodes.has(m)) throw new Error(`${where}: member "${m}" is not ISO3`);
    const name = String(o.name ?? '');
    return {
      id: String(o.id),
      name,
      acronyms: uniq(list(o.acronyms)),
      variants: uniq(list(o.variants), [name]),
      ...(founded ? { founded } : {}),
      ...(members.length > 0 ? { members: [...members].sort() } : {}),
    };
  });
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

function main(): void {
  const countries = buildCountries();
  const isoCodes = new Set(Object.keys(countriesLib.getAlpha3Codes()));
  writeJson('countries.json', countries);
  writeJson('cameo.json', buildCameo());
  writeJson('actors.json', buildActors(isoCodes));
  writeJson('organizations.json', buildOrganizations(isoCodes));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
