/**
 * Issue 11's history checks, through the CLI on a fresh home with the shipped reference data: the
 * levels come from the data through the method (rls-1.2.0), nothing else.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Level } from '../src/core/level/index.ts';
import { homeCli } from './_home-cli.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-reference-'));
after(() => rmSync(HOME, { recursive: true, force: true }));

const { cli, level } = homeCli(HOME);

/** The December value of each year in `from..to`. */
function decembers(l: Level, from: number, to: number): Map<number, Level['series'][number]> {
  const out = new Map<number, Level['series'][number]>();
  for (const p of l.series) {
    const y = Number(p.month.slice(0, 4));
    if (p.month.endsWith('-12') && y >= from && y <= to) out.set(y, p);
  }
  assert.equal(out.size, to - from + 1, `every December ${from}–${to}`);
  return out;
}

test('USA–GBR: friendly every year 1950–2018 (NATO, a multilateral defence pact, with ambassadors both ways)', async () => {
  const l = await level('USA', 'GBR');
  assert.equal(l.method.version, 'rls-1.2.0');
  for (const [y, p] of decembers(l, 1950, 2018)) {
    assert.equal(p.level, 'friendly', `${y}: ${p.display}`);
    assert.equal(p.rung, 'DEFENCE_PACT_MULTILATERAL', String(y));
  }
});

test('IRN–IRQ: hostile (≤ −6) every year 1981–1987 (COW war 199, UCDP, MID 2115)', async () => {
  const l = await level('IRN', 'IRQ');
  for (const [y, p] of decembers(l, 1981, 1987)) {
    assert.ok(p.display <= -6, `${y}: ${p.display}`);
    assert.equal(p.rung, 'WAR');
  }
});

test('IND–PAK: at most tense (≤ −3) in 1965, 1971 and 1999', async () => {
  const l = await level('IND', 'PAK');
  const at = (m: string) => l.series.find((p) => p.month === m)!;
  for (const y of [1965, 1971, 1999])
    assert.ok(at(`${y}-12`).display <= -3, `${y}: ${at(`${y}-12`).display}`);
  // UCDP runs to 2024: its end is the last month with evidence, and what follows is projected.
  // Every data set covers the pair from 1947, when both states exist, not from 1946.
  assert.equal(l.coverage.lastEvidence, '2024-12');
  assert.equal(at('2025-01').projected, true);
  assert.deepEqual(
    l.coverage.spans.map((s) => [s.source, s.from, s.to, s.routine]),
    [
      ['reference:atop', '1947-01', '2018-12', false],
      ['reference:diplomatic_exchange', '1947-01', '2005-12', false],
      ['reference:cow_mid', '1947-01', '2014-12', false],
      ['reference:cow_war', '1947-01', '2003-12', false],
      ['reference:ucdp_acd', '1947-01', '2024-12', false],
      ['reference:rivalries', '1947-01', '2010-12', false],
    ],
  );
});

test('ARM–AZE: at most tense (≤ −3) every year 1992–2014', async () => {
  const l = await level('ARM', 'AZE');
  for (const [y, p] of decembers(l, 1992, 2014)) assert.ok(p.display <= -3, `${y}: ${p.display}`);
});

test('RUS–UKR: hostile every year 2022–2024 (UCDP interstate conflict 13243)', async () => {
  const l = await level('RUS', 'UKR');
  for (const [y, p] of decembers(l, 2022, 2024)) {
    assert.ok(p.display <= -6, `${y}: ${p.display}`);
    assert.equal(p.rung, 'WAR');
  }
});

// `bilateral level AZE UZB --json` on main before the reference data (rls-1.1.0), 2023-01…2025-12.
const AZE_UZB_BEFORE: Record<string, number> = {
  '2023-01': 6.032,
  '2023-06': 6.088,
  '2023-12': 6.837,
  '2024-06': 6.616,
  '2024-08': 7.174,
  '2024-12': 7.367,
  '2025-06': 7.402,
  '2025-12': 7.634,
};

test('AZE–UZB: good by 2004, friendly after 2024, within ±0.3 of the values before the reference data', async () => {
  const l = await level('AZE', 'UZB');
  const at = (m: string) => l.series.find((p) => p.month === m)!;
  assert.equal(at('2004-12').level, 'good');
  for (const p of l.series.filter((x) => x.month >= '2025-01')) assert.equal(p.level, 'friendly', p.month);
  for (const [m, before] of Object.entries(AZE_UZB_BEFORE))
    assert.ok(Math.abs(at(m).score - before) <= 0.3, `${m}: ${at(m).score} vs ${before}`);
  // The dossier outranks the reference ladder: ATOP's CIS pact and COW's representation do not count.
  assert.ok(!l.coverage.spans.some((s) => s.kind === 'reference'));
});

test('partners USA --month 2010-06 ranks at least 150 partners, each with a level', async () => {
  const r = await cli('--json', 'partners', 'USA', '--month', '2010-06');
  assert.equal(r.code, 0, r.stderr);
  const p = JSON.parse(r.stdout) as { partners: { iso3: string; rung: string; level: string }[] };
  assert.ok(p.partners.length >= 150, String(p.partners.length));
  const gbr = p.partners.find((x) => x.iso3 === 'GBR')!;
  assert.deepEqual([gbr.rung, gbr.level], ['DEFENCE_PACT_MULTILATERAL', 'friendly']);
  // COW records no representation either way from 1965 (after both ways in 1960): relations broken.
  const r1970 = await cli('--json', 'partners', 'USA', '--month', '1970-06');
  const cub = (JSON.parse(r1970.stdout) as typeof p).partners.find((x) => x.iso3 === 'CUB')!;
  assert.equal(cub.rung, 'SEVERED');
});

test('the timeline shows reference facts with their data set, version and rows', async () => {
  const r = await cli('--json', 'timeline', 'IRN', 'IRQ', '--class', 'war');
  assert.equal(r.code, 0, r.stderr);
  const { events } = JSON.parse(r.stdout) as { events: Record<string, unknown>[] };
  assert.deepEqual(events, [
    {
      id: 'ref:war:IRN-IRQ:199',
      date: '1980',
      precision: 'year',
      dyad: ['IRN', 'IRQ'],
      initiator: 'both',
      class: 'war',
      cameo: '190',
      goldstein: -10,
      actors: [],
      summary: 'Inter-state war 199 between the two, 1980–1988; battle deaths of the two 1,250,000',
      sectors: ['security'],
      sources: [
        {
          document: 'COW Inter-State War 4.0',
          note: 'cow_war_inter.csv.gz lines 1808, 1809, 1810, 1811, 1812 and 4 more: warnum 199, years 1980–1988, batdeath1 + batdeath2 1250000',
        },
      ],
      provenance: 'reference',
      confidence: 1,
      reference: {
        dataset: 'cow_war',
        title: 'COW Inter-State War',
        version: '4.0',
        file: 'cow_war_inter.csv.gz',
        lines: [1808, 1809, 1810, 1811, 1812],
        rows: 9,
      },
      end: '1988',
      until: '1988-12',
      rung: 'WAR',
    },
  ]);
});

test('the report of IRN–IRQ cites each data set with its version, citation and terms', async () => {
  const r = await cli('report', 'IRN', 'IRQ', '--format', 'md');
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /\n\d+\. COW Inter-State War, version 4\.0 \(data set\), table data\/reference\/cow\\_war\\_inter\.csv\.gz, lines \d+–\d+, Sarkees & Wayman 2010, Resort to War: 1816–2007, CQ Press, free to use for research and publication with citation\n/,
  );
  assert.match(
    r.stdout,
    /Inter-State War 199 between the two, 1980–1988|Inter-state war 199 between the two, 1980–1988/,
  );
  assert.match(r.stdout, /UCDP\/PRIO Armed Conflict Dataset data to 2024/);
  // The structural record beside the level: periods, UN alignment, contiguity, the data sets cited.
  assert.match(r.stdout, /## Structural record/);
  assert.match(r.stdout, /- Inter-state war 199 between the two, 1980–1988; .* \(COW Inter-State War 4\.0\)/);
  assert.match(r.stdout, /\| 1985 \| \d+ \| \d+% \| \d+% \|/);
  assert.match(r.stdout, /Contiguity: land or river border \(October 1932 – December 2016\)/);
});

test('GET /api/dyads/AZE/UZB/indicators: UN agreement, COW then dossier trade, IGOs, ICEWS counts', async () => {
  const { createApp } = await import('../src/api/app.ts');
  const { openHome } = await import('../src/store/home.ts');
  const { Reference } = await import('../src/store/reference/reference.ts');
  const { referencePort } = await import('../src/store/reference/reference-port.ts');
  const { LEVEL_PARAMS } = await import('../src/core/level/params.ts');
  const home = openHome(HOME, new Date('2026-11-27T12:00:00Z'));
  const ref = await Reference.open(HOME);
  try {
    const app = createApp({
      kb: home.kb,
      reference: referencePort(ref, LEVEL_PARAMS),
      indicators: ref,
      token: 't',
      now: () => new Date('2026-11-27T12:00:00Z'),
    });
    const res = await app.request('/api/dyads/UZB/AZE/indicators');
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.deepEqual(body.dyad, ['AZE', 'UZB']);
    assert.deepEqual(
      body.un.find((y: { year: number }) => y.year === 2015),
      { year: 2015, joint: 70, identical: 60 / 70, agreement: 0.9214285714285714 },
    );
    assert.deepEqual(
      body.trade.find((y: { period: string }) => y.period === '2014'),
      { period: '2014', importsA: 19, importsB: 31, turnover: 50, source: 'cow_trade' },
    );
    assert.deepEqual(
      body.trade.find((y: { period: string }) => y.period === '2018'),
      {
        period: '2018',
        importsA: null,
        importsB: null,
        turnover: 43.9,
        source: 'dossier',
        ref: 'trade-2018',
        note: 'growth +46.3% vs 2017',
      },
    );
    assert.deepEqual(body.igos.at(-1), { year: 2014, shared: 41 });
    assert.deepEqual(
      body.icews.find((y: { year: number }) => y.year === 2004),
      { year: 2004, verbCoop: 185, matlCoop: 1, verbConf: 2, matlConf: 2 },
    );
    assert.deepEqual(body.contiguity, []);
    const level = await (await app.request('/api/dyads/IND/PAK/level?to=1971-12')).json();
    assert.ok(level.series.at(-1).display <= -3);
    const noRef = createApp({ kb: home.kb, token: 't' });
    assert.equal((await noRef.request('/api/dyads/AZE/UZB/indicators')).status, 503);
  } finally {
    ref.close();
    home.close();
  }
});

test('bilateral reference --json: every unmapped code counted by data set, the historical states as decided', async () => {
  const r = await cli('--json', 'reference');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    datasets: {
      id: string;
      version: string;
      years: string;
      unmapped: { total: number; codes: Record<string, number> };
    }[];
    tables: Record<string, number>;
    decisions: { code: string; iso3: string | null }[];
  };
  const ucdp = out.datasets.find((d) => d.id === 'ucdp_acd')!;
  // South Vietnam (GW 817), South Yemen (680), Czechoslovakia (315) and Hyderabad (751) as parties.
  assert.deepEqual(ucdp.unmapped, { total: 81, codes: { '315': 1, '680': 15, '751': 1, '817': 64 } });
  const votes = out.datasets.find((d) => d.id === 'unga_votes')!;
  assert.deepEqual(votes.unmapped, {
    total: 8199,
    codes: { '265': 2067, '315': 3752, '511': 2, '680': 2378 },
  });
  assert.deepEqual(out.datasets.find((d) => d.id === 'icews_counts')!.unmapped, { total: 0, codes: {} });
  assert.equal(out.tables['wars'], 276);
  const decided = Object.fromEntries(out.decisions.map((d) => [d.code, d.iso3]));
  assert.deepEqual(
    [
      decided['COW 365'],
      decided['COW 345'],
      decided['COW 260'],
      decided['COW 265'],
      decided['COW 315'],
      decided['GW 678'],
    ],
    ['RUS', 'SRB', 'DEU', null, null, 'YEM'],
  );
});
