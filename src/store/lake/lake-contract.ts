/**
 * The lake's contract: what every engine (lake-engine.ts) must answer on the same fixtures, checked
 * against hand counts. lake.test.ts runs it on the embedded lake, test/clickhouse-lake.test.ts on a
 * Distributed table over a two-shard ClickHouse cluster.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ingestFiles } from '../../ingest/ingest-files.ts';
import type { Event } from '../../core/types.ts';
import type { LakeEngine } from './lake-engine.ts';
import type { LakeReader } from './lake-reader.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures');

/** Runs the contract on the engine `newEngine` gives for a new, empty lake staged under `home`. */
export function lakeContract(name: string, newEngine: (home: string) => Promise<LakeEngine>): void {
  describe(`lake contract: ${name}`, () => {
    let lake: LakeReader;

    before(async () => {
      const home = mkdtempSync(join(tmpdir(), 'bilateral-lake-'));
      const now = () => new Date('2026-01-15T10:00:00Z');
      const engine = await newEngine(home);
      await ingestFiles(home, 'gdelt', [join(FIXTURES, 'gdelt', '20150218.export.CSV')], {
        now,
        lake: engine,
      });
      await ingestFiles(
        home,
        'icews',
        [join(FIXTURES, 'icews', 'events.2015.tab'), join(FIXTURES, 'icews', 'events.2016.tsv')],
        { now, lake: engine },
      );
      lake = await engine.openReader();
    });

    after(() => lake.close());

    // Hand counts. AZE–UZB, 2015-02, root rows of real distinct countries, one event per (code, day):
    // 02-17 040 (GDELT line 8); 02-18 036 (ICEWS); 02-18 042 (GDELT line 1 + ICEWS 22470001);
    // 02-18 043 (GDELT line 2); 02-18 057 (GDELT lines 3 and 4). GDELT line 5 is not a root event.
    // Goldstein 1.0 + 4.0 + 1.9 + 2.8 + 8.0 = 17.7; mentions 5 + 10 + 6 + 8 + 4 = 33 (ICEWS has none);
    // tone over the five GDELT rows (1.75 + 3.25 + 2.5 + 4.0 + 2.0) / 5 = 2.7.
    test('aggregates for every pair and month, checked against hand counts', async () => {
      const rows = await lake.aggregates();
      const round = rows.map((r) => ({
        ...r,
        goldsteinSum: Number(r.goldsteinSum.toFixed(6)),
        goldsteinMean: Number(r.goldsteinMean.toFixed(6)),
        tone: r.tone === null ? null : Number(r.tone.toFixed(6)),
      }));
      assert.deepEqual(round, [
        {
          dyad: ['ARM', 'AZE'],
          month: '2016-04',
          events: 1,
          quad: { 1: 0, 2: 0, 3: 1, 4: 0 },
          goldsteinSum: -2,
          goldsteinMean: -2,
          mentions: 0,
          tone: null,
          rows: 1,
        },
        {
          dyad: ['AZE', 'RUS'],
          month: '2015-02',
          events: 1,
          quad: { 1: 1, 2: 0, 3: 0, 4: 0 },
          goldsteinSum: 3.4,
          goldsteinMean: 3.4,
          mentions: 0,
          tone: null,
          rows: 1,
        },
        {
          dyad: ['AZE', 'USA'],
          month: '2015-02',
          events: 1,
          quad: { 1: 1, 2: 0, 3: 0, 4: 0 },
          goldsteinSum: 4,
          goldsteinMean: 4,
          mentions: 3,
          tone: 1,
          rows: 1,
        },
        {
          dyad: ['AZE', 'UZB'],
          month: '2015-02',
          events: 5,
          quad: { 1: 5, 2: 0, 3: 0, 4: 0 },
          goldsteinSum: 17.7,
          goldsteinMean: 3.54,
          mentions: 33,
          tone: 2.7,
          rows: 7,
        },
        {
          dyad: ['AZE', 'UZB'],
          month: '2016-03',
          events: 1,
          quad: { 1: 1, 2: 0, 3: 0, 4: 0 },
          goldsteinSum: 8,
          goldsteinMean: 8,
          mentions: 0,
          tone: null,
          rows: 2,
        },
      ]);
    });

    test('aggregates for one dyad within a range', async () => {
      const rows = await lake.aggregates({ dyad: ['UZB', 'AZE'], from: '2016-01', to: '2016-12' });
      assert.deepEqual(
        rows.map((r) => [r.dyad, r.month, r.events]),
        [[['AZE', 'UZB'], '2016-03', 1]],
      );
      assert.deepEqual(await lake.aggregates({ from: '2017' }), []);
    });

    test('dyad events are de-duplicated per CAMEO code and day and carry their sources', async () => {
      const events = await lake.dyadEvents('UZB', 'AZE');
      assert.deepEqual(
        events.map((e) => [
          e.date,
          e.cameo,
          e.class,
          e.initiator,
          e.reports,
          e.provenance,
          e.confidence,
          e.corroboration,
        ]),
        [
          // The most NumSources and NumArticles of any GDELT row (or distinct addresses); distinct ICEWS stories.
          ['2015-02-17', '040', 'meeting', 'UZB', 1, 'gdelt', 0.25, { sources: 1, articles: 5, stories: 0 }],
          ['2015-02-18', '036', 'intent', 'UZB', 1, 'icews', 0.25, { sources: 0, articles: 0, stories: 1 }],
          ['2015-02-18', '042', 'visit', 'AZE', 2, 'gdelt', 0.5, { sources: 2, articles: 10, stories: 1 }],
          ['2015-02-18', '043', 'visit', 'UZB', 1, 'gdelt', 0.25, { sources: 1, articles: 6, stories: 0 }],
          [
            '2015-02-18',
            '057',
            'agreement',
            'both',
            2,
            'gdelt',
            0.5,
            { sources: 2, articles: 8, stories: 0 },
          ],
          [
            '2016-03-10',
            '057',
            'agreement',
            'both',
            2,
            'icews',
            0.5,
            { sources: 0, articles: 0, stories: 2 },
          ],
        ],
      );
      assert.deepEqual(events[2], {
        id: 'lake:AZE-UZB:2015-02-18:042',
        date: '2015-02-18',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'AZE',
        class: 'visit',
        cameo: '042',
        goldstein: 1.9,
        actors: [
          { name: 'AZERBAIJAN', country: 'AZE', role: 'source' },
          { name: 'UZBEKISTAN', country: 'UZB', role: 'target' },
        ],
        place: { name: 'Tashkent, Toshkent Shahri, Uzbekistan', country: 'UZB' },
        summary: 'AZERBAIJAN (AZE) → UZBEKISTAN (UZB): Make a visit',
        sectors: [],
        reports: 2,
        corroboration: { sources: 2, articles: 10, stories: 1 },
        sources: [
          {
            document: 'gdelt:410000001',
            note: 'GDELT 2015-02-18: AZERBAIJAN (AZE) → UZBEKISTAN (UZB): Make a visit [CAMEO 042]',
            url: 'https://www.azernews.az/nation/78012.html',
          },
          {
            document: 'icews:28235370#3',
            note: 'ICEWS 2015-02-18: Ilham Aliyev (AZE) → Uzbekistan (UZB): Make a visit [CAMEO 042]',
          },
        ],
        provenance: 'gdelt',
        confidence: 0.5,
      });
      assert.deepEqual(
        (await lake.dyadEvents('AZE', 'UZB', { from: '2015-02-18', to: '2015-02-18' })).map((e) => e.cameo),
        ['036', '042', '043', '057'],
      );
    });

    test('coverage: each file covers its named period on the days it holds rows', async () => {
      // 20150218.export.CSV is one GDELT 1.0 day (its row dated 02-17 is outside that day). The ICEWS
      // samples are named for their years but hold rows on 2015-02-18, 02-19, 2016-03-10 and 04-02
      // only: they cover those days, not the years. GDELT and ICEWS on 02-18 cover it once.
      assert.deepEqual([...(await lake.coverageShares()).entries()].sort(), [
        ['2015-02', 2 / 28],
        ['2016-03', 1 / 31],
        ['2016-04', 1 / 30],
      ]);
    });
    test('partners are the countries with lake events with a country', async () => {
      assert.deepEqual(await lake.partners('AZE'), ['ARM', 'RUS', 'USA', 'UZB']);
      assert.deepEqual(await lake.partners('UZB'), ['AZE']);
      assert.deepEqual(await lake.partners('FRA'), []);
    });

    test('an empty home opens as an empty lake', async () => {
      const empty = await (await newEngine(mkdtempSync(join(tmpdir(), 'bilateral-lake-')))).openReader();
      try {
        assert.deepEqual(await empty.aggregates(), []);
        assert.deepEqual(await empty.dyadEvents('AZE', 'UZB'), []);
        assert.deepEqual(await empty.partners('AZE'), []);
        assert.equal(await empty.forEachDyad({}, () => assert.fail('no dyad')), 0);
      } finally {
        empty.close();
      }
    });

    test('forEachDyad streams every dyad of a real GDELT export with the events of dyadEvents', async () => {
      const home = mkdtempSync(join(tmpdir(), 'bilateral-lake-'));
      const engine = await newEngine(home);
      await ingestFiles(home, 'gdelt', [join(FIXTURES, 'gdelt', '20191024143000.export.CSV')], {
        now: () => new Date('2026-01-15T10:00:00Z'),
        lake: engine,
      });
      const real = await engine.openReader();
      try {
        const seen: string[] = [];
        let events = 0;
        const fields = (e: Event) => ({
          id: e.id,
          date: e.date,
          class: e.class,
          cameo: e.cameo,
          goldstein: e.goldstein,
          initiator: e.initiator,
          reports: e.reports,
          confidence: e.confidence,
          provenance: e.provenance,
          until: e.until,
        });
        const pairs = await real.forEachDyad({}, async (dyad, evs) => {
          seen.push(dyad.join('-'));
          events += evs.length;
          const expected = await real.dyadEvents(dyad[0], dyad[1]);
          assert.deepEqual(evs.map(fields), expected.map(fields), dyad.join('-'));
          // One source, the first of dyadEvents' (the most-mentioned row), without its actor names.
          assert.deepEqual(
            evs.map((e) => e.sources.map((s) => [s.document, s.url])),
            expected.map((e) => e.sources.slice(0, 1).map((s) => [s.document, s.url])),
          );
          assert.deepEqual(
            evs.map((e) => e.actors.map((a) => [a.country, a.role])),
            expected.map((e) => e.actors.map((a) => [a.country, a.role])),
          );
          assert.ok(
            evs.every((e) => e.place === undefined && e.sources[0]?.note?.startsWith(`GDELT ${e.date}: `)),
          );
        });
        assert.equal(pairs, seen.length);
        assert.deepEqual(seen, [...seen].sort());
        assert.equal(new Set(seen).size, seen.length);
        const months = await real.aggregates();
        assert.equal(new Set(months.map((m) => m.dyad.join('-'))).size, pairs);
        assert.equal(
          events,
          months.reduce((s, m) => s + m.events, 0),
        );
        // Of the export's 2,111 rows: 74 dyads, 134 events once de-duplicated (the aggregates agree above).
        assert.deepEqual([pairs, events], [74, 134]);
        const day = { from: '2019-10-24', to: '2019-10-24' };
        const dated: string[] = [];
        await real.forEachDyad(day, (_dyad, evs) => {
          dated.push(...evs.map((e) => e.date));
        });
        assert.ok(dated.length > 0 && dated.every((d) => d === '2019-10-24'));
        assert.equal(
          dated.length,
          (await real.aggregates(day)).reduce((s, m) => s + m.events, 0),
        );
      } finally {
        real.close();
      }
    });

    test('coverage: a file ingested for some countries covers only their pairs', async () => {
      const home = mkdtempSync(join(tmpdir(), 'bilateral-lake-countries-'));
      const engine = await newEngine(home);
      await ingestFiles(home, 'gdelt', [join(FIXTURES, 'gdelt', '20191024143000.export.CSV')], {
        countries: ['AZE', 'RUS', 'UZB'],
        lake: engine,
      });
      const filtered = await engine.openReader();
      try {
        const quarter = 15 / (31 * 24 * 60);
        assert.deepEqual([...(await filtered.coverageShares(['AZE', 'UZB']))], [['2019-10', quarter]]);
        assert.deepEqual([...(await filtered.coverageShares(['RUS', 'UZB']))], [['2019-10', quarter]]);
        // The rows of other pairs were left out: the file says nothing about them.
        assert.deepEqual([...(await filtered.coverageShares(['RUS', 'UKR']))], []);
        assert.deepEqual([...(await filtered.coverageShares())], []);
      } finally {
        filtered.close();
      }
    });
  });
}
