/**
 * Country codes of the reference data sets (Correlates of War `ccode`, Gleditsch–Ward `gwcode`) to
 * the project's ISO3 registry. Historical states are decided here, once, and documented in README
 * (Reference data): a state whose record one successor legally continues maps to it; a state with
 * no continuing successor in the registry maps to nothing, and its rows are counted as unmapped.
 */
import { parseCsv } from '../csv.ts';
import { getCountry } from '../countries.ts';

/** One row of `cow_iso_crosswalk.csv`, as far as the mapping reads it. */
export type CrosswalkRow = {
  ccode: number;
  iso3c: string;
  iso3Ext: string;
  gwcode: number | null;
  /** The year COW's state system first counts the state (`cow_styear`), when given. */
  since: number | null;
};

/** A decision for a historical state: its ISO3 (or null: unmapped) and why. */
export type HistoricalDecision = { iso3: string | null; state: string; why: string };

/**
 * COW codes whose ISO3 the crosswalk leaves open (no current ISO code), decided. The registry holds
 * today's states only, so a state's record goes to a successor only when that successor is its
 * legal continuation; otherwise it is unmapped and counted.
 */
export const COW_HISTORICAL: Readonly<Record<number, HistoricalDecision>> = {
  260: {
    iso3: 'DEU',
    state: 'German Federal Republic (1955–1990)',
    why: 'unified Germany is its legal continuation (ISO DEU); COW 255 resumes in 1990',
  },
  265: {
    iso3: null,
    state: 'German Democratic Republic (1954–1990)',
    why: 'acceded to the Federal Republic; no state continues its relations',
  },
  315: {
    iso3: null,
    state: 'Czechoslovakia (1918–1992)',
    why: 'dissolved into two successors, neither its continuation (COW 316 Czechia from 1993)',
  },
  345: {
    iso3: 'SRB',
    state: 'Yugoslavia / Serbia and Montenegro / Serbia',
    why: 'COW keeps 345 through 2006 and after; Serbia is the continuing state (UN, 2006)',
  },
  365: {
    iso3: 'RUS',
    state: 'Russia / Soviet Union',
    why: 'COW 365 is Russia and the USSR continuously; Russia is the USSR’s continuing state (UN seat)',
  },
  678: {
    iso3: 'YEM',
    state: 'Yemen Arab Republic (North Yemen, 1926–1990)',
    why: 'unified Yemen (COW 679) continues it: same capital, same UN seat line',
  },
  680: {
    iso3: null,
    state: "Yemen People's Republic (South Yemen, 1967–1990)",
    why: 'merged into unified Yemen, which continues the North; its own relations end in 1990',
  },
  817: {
    iso3: null,
    state: 'Republic of Vietnam (South Vietnam, 1954–1975)',
    why: 'conquered; no successor',
  },
  347: {
    iso3: 'XKK',
    state: 'Kosovo (2008–)',
    why: 'the registry writes Kosovo XKK (as i18n-iso-countries does); the crosswalk’s XKX is the EU/IMF code',
  },
  730: { iso3: null, state: 'Korea (1887–1905)', why: 'before the two Koreas; no ISO code' },
};

/**
 * Gleditsch–Ward codes that differ from COW's, decided the same way (UCDP uses GW codes): GW 260 is
 * West and unified Germany, 340 Serbia after 2006, 678 North and unified Yemen, 816 Vietnam.
 */
export const GW_HISTORICAL: Readonly<Record<number, HistoricalDecision>> = {
  260: { iso3: 'DEU', state: 'Germany (West and unified)', why: 'GW 260 runs 1949 to today' },
  265: COW_HISTORICAL[265]!,
  340: { iso3: 'SRB', state: 'Serbia', why: 'GW 340 from 2006' },
  345: COW_HISTORICAL[345]!,
  365: COW_HISTORICAL[365]!,
  678: { iso3: 'YEM', state: 'Yemen (North and unified)', why: 'GW 678 runs 1918 to today' },
  680: COW_HISTORICAL[680]!,
  816: { iso3: 'VNM', state: 'Vietnam (North and unified)', why: 'GW 816 runs 1954 to today' },
  817: COW_HISTORICAL[817]!,
  347: COW_HISTORICAL[347]!,
  972: { iso3: 'TON', state: 'Tonga', why: 'GW 972 (COW 955)' },
  751: { iso3: null, state: 'Hyderabad (1948)', why: 'annexed by India in 1948; no ISO code' },
};

function inRegistry(iso3: string): string | null {
  return iso3 !== '' && getCountry(iso3) ? iso3 : null;
}

/**
 * COW `ccode` → ISO3 for every code of the crosswalk: a decided historical state first, else the
 * crosswalk's current ISO3 when the registry knows it, else its extended code when the registry
 * knows that (Kosovo's XKX), else null (unmapped).
 */
export function cowToIso3(rows: readonly CrosswalkRow[]): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (const r of rows) {
    const decided = COW_HISTORICAL[r.ccode];
    out.set(r.ccode, decided ? decided.iso3 : (inRegistry(r.iso3c) ?? inRegistry(r.iso3Ext)));
  }
  for (const [code, d] of Object.entries(COW_HISTORICAL))
    if (!out.has(Number(code))) out.set(Number(code), d.iso3);
  return out;
}

/**
 * Gleditsch–Ward code → ISO3: the GW-specific decisions, else the ISO3 of the COW row that names the
 * same GW code.
 */
export function gwToIso3(rows: readonly CrosswalkRow[]): Map<number, string | null> {
  const cow = cowToIso3(rows);
  const out = new Map<number, string | null>();
  for (const r of rows) {
    if (r.gwcode === null || out.has(r.gwcode)) continue;
    out.set(r.gwcode, cow.get(r.ccode) ?? null);
  }
  // A GW code the crosswalk does not name is the COW code of the same number (they agree for most states).
  for (const [code, iso3] of cow) if (!out.has(code)) out.set(code, iso3);
  for (const [code, d] of Object.entries(GW_HISTORICAL)) out.set(Number(code), d.iso3);
  return out;
}

/** Parses `cow_iso_crosswalk.csv` (a CSV with a header row). */
export function parseCrosswalk(text: string): CrosswalkRow[] {
  const rows = parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ''));
  const header = rows[0] ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`cow_iso_crosswalk.csv: line 1: column "${name}" is missing`);
    return i;
  };
  const [ccode, iso3c, ext, gw, start] = [
    col('ccode'),
    col('iso3c'),
    col('iso3_ext'),
    col('gwcode'),
    col('cow_styear'),
  ];
  return rows.slice(1).map((cells, i) => {
    const code = Number(cells[ccode]);
    if (!Number.isInteger(code))
      throw new Error(`cow_iso_crosswalk.csv: line ${i + 2}: ccode "${cells[ccode]}" is not a number`);
    const g = cells[gw] ?? '';
    const since = Number(cells[start]);
    return {
      ccode: code,
      iso3c: cells[iso3c] ?? '',
      iso3Ext: cells[ext] ?? '',
      gwcode: g === '' || g === 'NA' ? null : Number(g),
      since: Number.isInteger(since) && since > 0 ? since : null,
    };
  });
}

/**
 * The first year the state system counts each state (ISO3 → year): the earliest `cow_styear` of the
 * COW codes that map to it (Russia continues COW 365 from 1816; Uzbekistan enters in 1991). A data
 * set of pairs of states says nothing of a pair before both are states.
 */
export function systemEntryYears(rows: readonly CrosswalkRow[]): Map<string, number> {
  const iso = cowToIso3(rows);
  const out = new Map<string, number>();
  for (const r of rows) {
    const iso3 = iso.get(r.ccode);
    if (!iso3 || r.since === null) continue;
    out.set(iso3, Math.min(out.get(iso3) ?? r.since, r.since));
  }
  return out;
}
