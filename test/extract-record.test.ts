/**
 * From a text to the whole record (issue 14): a passage about Kazakhstan–Uzbekistan, saved with
 * `extract --save` into a fresh home, gives the ladder up to the allied treaty, the agreements, the
 * council and a statement, and the same level (±0.5) as the same facts written by hand as a dossier
 * (test/fixtures/dossiers/kaz-uzb-same-facts.yaml); the report lists them with their references.
 *
 * The passage (test/extract-gold/kaz-uzb-alliance-1992-2024.txt) is made of published wording:
 * - Kazinform, 20 November 2012, "Kazakh, Uzbek leaders exchanged congratulations on 20th
 *   anniversary of diplomatic ties" (en.inform.kz/news/…_a2511762/): relations established on
 *   November 23, 1992; "One of the key documents is the Treaty of Eternal Friendship."; "The
 *   commodity turnover in 2011 made USD 1.95 bln and rose by 23.9% against 2010."
 * - The Treaty on Allied Relations as ratified by Kazakhstan (zakonpravo.kz): the Treaty of Eternal
 *   Friendship "dated October 31, 1998"; signed "in Tashkent on December 22, 2022".
 * - Kun.uz, 21 December 2022: "At the invitation of Shavkat Mirziyoyev, President of Kazakhstan
 *   Kassym-Jomart Tokayev arrived in Uzbekistan on December 21 on a state visit".
 * - Caspian News, 23 December 2022: the allied-relations and border-demarcation agreements signed in
 *   Tashkent on December 22; Mirziyoyev: "Allied relations are the highest and most trust-based
 *   level of interstate partnership."
 * - Trend, 28 February 2024: "Kazakhstan's Parliament has ratified the Treaty on Allied Relations
 *   with Uzbekistan".
 * - UzDaily, 8 August 2024: "The first meeting of the Supreme Interstate Council was held at the
 *   Akorda Residence under the chairmanship of …"; "The possibilities of increasing trade turnover to
 *   US$10 billion in the coming years were thoroughly discussed."
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Agreement, Event, Indicator, Mechanism } from '../src/core/types.ts';
import type { ExtractResult } from '../src/extract/index.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';
import { KnowledgeBase } from '../src/store/kb/knowledge-base.ts';
import { homeCli } from './_home-cli.ts';

const TEXT = 'test/extract-gold/kaz-uzb-alliance-1992-2024.txt';
const DOSSIER = 'test/fixtures/dossiers/kaz-uzb-same-facts.yaml';
const EXTRACTED = mkdtempSync(join(tmpdir(), 'bilateral-extract-record-'));
const CURATED = mkdtempSync(join(tmpdir(), 'bilateral-same-facts-'));
after(() => {
  rmSync(EXTRACTED, { recursive: true, force: true });
  rmSync(CURATED, { recursive: true, force: true });
});
const extracted = homeCli(EXTRACTED);
const curated = homeCli(CURATED);

const COUNTS_FIRST =
  'documents 1 added, 0 updated, 0 unchanged; events 7 added, 0 updated, 0 unchanged; agreements 3 added, 0 updated, 0 unchanged; mechanisms 1 added, 0 updated, 0 unchanged; indicators 2 added, 0 updated, 0 unchanged';
const COUNTS_AGAIN =
  'documents 0 added, 0 updated, 1 unchanged; events 0 added, 0 updated, 7 unchanged; agreements 0 added, 0 updated, 3 unchanged; mechanisms 0 added, 0 updated, 1 unchanged; indicators 0 added, 0 updated, 2 unchanged';

test('--dry-run shows what --save would store and stores nothing; --save stores it once; a second save adds nothing', async () => {
  const dry = await extracted.cli('extract', TEXT, '--dry-run');
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(
    dry.stderr,
    new RegExp(`dry run, nothing stored; would save document doc-[0-9a-f]{16}: ${COUNTS_FIRST}\\n`),
  );
  const before = await extracted.cli('--json', 'agreements', 'KAZ', 'UZB');
  assert.deepEqual(JSON.parse(before.stdout).agreements, []);

  const first = await extracted.cli('extract', TEXT, '--save');
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, new RegExp(`saved document doc-[0-9a-f]{16}: ${COUNTS_FIRST}\\n`));
  const again = await extracted.cli('extract', TEXT, '--save');
  assert.match(again.stderr, new RegExp(`saved document doc-[0-9a-f]{16}: ${COUNTS_AGAIN}\\n`));
  const dryAgain = await extracted.cli('extract', TEXT, '--dry-run');
  assert.match(dryAgain.stderr, new RegExp(COUNTS_AGAIN));
});

test('the saved record: the agreements as a curator writes them, the council with its first meeting, the figures', async () => {
  const r = await extracted.cli('--json', 'extract', TEXT);
  const out = JSON.parse(r.stdout) as ExtractResult;
  const doc = out.document.id;
  const { agreements, mechanisms } = JSON.parse(
    (await extracted.cli('--json', 'agreements', 'KAZ', 'UZB')).stdout,
  ) as {
    agreements: Agreement[];
    mechanisms: Mechanism[];
  };
  const brief = agreements.map((a) => ({
    kind: a.kind,
    title: a.title,
    level: a.level,
    signed: a.signed,
    parties: a.parties,
    rung: a.rung,
    status: a.status.map((s) => [s.status, s.date, s.party, s.body]),
    event: a.event,
  }));
  assert.deepEqual(brief, [
    {
      kind: 'treaty',
      title: 'Treaty of Eternal Friendship',
      level: 'state',
      signed: { date: '1998-10-31', precision: 'day' },
      parties: ['KAZ', 'UZB'],
      rung: 'FRIENDSHIP_TREATY',
      status: [['signed', '1998-10-31', undefined, undefined]],
      event: `${doc}#2`,
    },
    {
      kind: 'treaty',
      title: 'Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of Uzbekistan',
      level: 'state',
      signed: { date: '2022-12-22', precision: 'day', place: { name: 'Tashkent', country: 'UZB' } },
      parties: ['KAZ', 'UZB'],
      rung: 'ALLIED_TREATY_SIGNED',
      // Ratified by one party only: the treaty is signed, not in force.
      status: [
        ['signed', '2022-12-22', undefined, undefined],
        ['ratified', '2024-02-28', 'KAZ', 'Parliament'],
      ],
      event: `${doc}#4`,
    },
    {
      kind: 'agreement',
      title: 'Agreement on the demarcation of the Kazakh-Uzbek state border',
      level: 'state',
      signed: { date: '2022-12-22', precision: 'day', place: { name: 'Tashkent', country: 'UZB' } },
      parties: ['KAZ', 'UZB'],
      rung: undefined,
      status: [['signed', '2022-12-22', undefined, undefined]],
      event: `${doc}#4`,
    },
  ]);
  // Every source is the text's own sentence, verbatim at its offsets.
  const text = readFileSync(join(PACKAGE_ROOT, TEXT), 'utf8');
  for (const a of agreements)
    for (const s of [...a.sources, ...a.status.flatMap((x) => x.sources)]) {
      assert.equal(s.document, doc);
      assert.equal(text.slice(s.start, s.end), s.quote);
    }
  assert.deepEqual(
    mechanisms.map((m) => ({
      kind: m.kind,
      title: m.title,
      meetings: m.meetings.map((x) => [x.date, x.number, x.event]),
    })),
    [
      {
        kind: 'supreme_council',
        title: 'Supreme Interstate Council',
        meetings: [['2024-08-08', 1, `${doc}#7`]],
      },
    ],
  );
  const kb = KnowledgeBase.open(join(EXTRACTED, 'kb.sqlite'));
  const indicators: Indicator[] = kb.indicators(['KAZ', 'UZB']);
  kb.close();
  assert.deepEqual(
    indicators.map((x) => [x.kind, x.period, x.value, x.unit]),
    [
      ['trade_turnover', '2011', 1950, 'USD million'],
      ['trade_turnover_target', '2024', 10000, 'USD million'],
    ],
  );
  // The statement: the speaker's words verbatim, who said them and when; recorded as a praise event.
  assert.deepEqual(
    out.records.statements.map((s) => [s.date, s.speaker?.name, s.quote, s.event]),
    [
      [
        '2022-12-22',
        'Shavkat Mirziyoyev',
        'Allied relations are the highest and most trust-based level of interstate partnership',
        `${doc}#5`,
      ],
    ],
  );
  assert.deepEqual(
    out.records.milestones.map((m) => [m.date, m.rung, m.label, m.words]),
    [
      [
        '1992-11-23',
        'DIPLOMATIC_RELATIONS',
        'diplomatic relations established',
        'Diplomatic relations between Kazakhstan and Uzbekistan were established',
      ],
      ['1998-10-31', 'FRIENDSHIP_TREATY', 'friendship treaty', 'Eternal Friendship'],
      ['2022-12-22', 'ALLIED_TREATY_SIGNED', 'allied treaty signed', 'Allied Relations'],
    ],
  );
  const { events } = JSON.parse(
    (await extracted.cli('--json', 'timeline', 'KAZ', 'UZB', '--source', 'kb')).stdout,
  ) as {
    events: Event[];
  };
  const praise = events.find((e) => e.class === 'praise')!;
  assert.equal(praise.initiator, 'UZB');
  assert.deepEqual(
    praise.sources.map((s) => s.quote),
    [
      '"Allied relations are the highest and most trust-based level of interstate partnership," Shavkat Mirziyoyev said.',
      'Allied relations are the highest and most trust-based level of interstate partnership',
    ],
  );
});

test('the extracted record reaches the allied rung and the level of the same facts written by hand (±0.5)', async () => {
  assert.equal((await curated.cli('import', DOSSIER)).code, 0);
  for (const month of ['2024-08', '2024-12']) {
    const a = await extracted.level('KAZ', 'UZB', '--to', month);
    const b = await curated.level('KAZ', 'UZB', '--to', month);
    const x = a.series[a.series.length - 1]!;
    const y = b.series[b.series.length - 1]!;
    assert.equal(x.month, month);
    assert.equal(x.rung, 'ALLIED_TREATY_SIGNED');
    assert.equal(y.rung, 'ALLIED_TREATY_SIGNED');
    assert.ok(Math.abs(x.score - y.score) <= 0.5, `${month}: extracted ${x.score} vs dossier ${y.score}`);
    assert.ok(x.score >= 5, `${month}: ${x.score}`);
  }
});

test('the report lists the extracted milestones, agreements, council and statement with their references', async () => {
  const r = await extracted.cli('report', 'KAZ', 'UZB', '--format', 'md');
  assert.equal(r.code, 0, r.stderr);
  const md = r.stdout;
  for (const words of [
    'treaty of alliance signed',
    'friendship treaty',
    'Treaty of Eternal Friendship',
    'Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of Uzbekistan',
    'Agreement on the demarcation of the Kazakh-Uzbek state border',
    'ratified by Parliament (Kazakhstan) on 28 February 2024',
    'Supreme Interstate Council',
    'Allied relations are the highest and most trust-based level of interstate partnership',
  ])
    assert.ok(md.includes(words), `the report names "${words}"`);
  assert.doesNotMatch(
    md,
    /No agreements recorded|No statements recorded|No milestone of the ladder is recorded/,
  );
  // The reference is the document by its title, never its id.
  const references = md.slice(md.indexOf('## References'));
  assert.match(
    references,
    /1\. ‘Kazakhstan and Uzbekistan: from eternal friendship to alliance’, in English\n/,
  );
  // The speaker's words once, as a quote; the sentence around them is the statement's text.
  const statements = md.slice(
    md.indexOf('## Statements'),
    md.indexOf('## ', md.indexOf('## Statements') + 3),
  );
  assert.deepEqual(
    statements.split('\n').filter((l) => l.startsWith('> ')),
    ['> “Allied relations are the highest and most trust-based level of interstate partnership” \\[1\\]'],
  );
  assert.doesNotMatch(references, /doc-[0-9a-f]{16}/);
});
