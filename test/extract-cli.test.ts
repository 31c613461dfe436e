import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { memoryIO } from '../src/cli/memory-io.ts';
import { run } from '../src/cli/run.ts';
import type { Event } from '../src/core/types.ts';
import { PACKAGE_ROOT } from '../src/store/paths.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-extract-cli-'));
after(() => rmSync(HOME, { recursive: true, force: true }));
const SEED = 'test/extract-gold/seed-aze-uzb.txt';

async function cli(argv: string[], stdin?: string) {
  const m = memoryIO({ cwd: PACKAGE_ROOT, ...(stdin !== undefined ? { stdin } : {}) });
  const code = await run(['--home', HOME, ...argv], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

test('extract --save stores the document and its events once; the timeline then shows them', async () => {
  const first = await cli(['--json', 'extract', SEED, '--dyad', 'Uzbekistan,Azerbaijan', '--save']);
  assert.equal(first.code, 0, first.stderr);
  const out = JSON.parse(first.stdout) as { document: { id: string; sentences: number }; events: Event[] };
  assert.match(out.document.id, /^doc-[0-9a-f]{16}$/);
  assert.equal(out.events.length, 16);
  assert.match(
    first.stderr,
    /saved document doc-[0-9a-f]{16}: documents 1 added, 0 updated, 0 unchanged; events 16 added, 0 updated, 0 unchanged; agreements 4 added, 0 updated, 0 unchanged; mechanisms 4 added, 0 updated, 0 unchanged; indicators 0 added, 0 updated, 0 unchanged\n/,
  );
  // A second save of the same text adds nothing, table by table.
  const again = await cli(['extract', SEED, '--dyad', 'AZE,UZB', '--save']);
  assert.equal(again.code, 0);
  assert.match(
    again.stderr,
    /documents 0 added, 0 updated, 1 unchanged; events 0 added, 0 updated, 16 unchanged; agreements 0 added, 0 updated, 4 unchanged; mechanisms 0 added, 0 updated, 4 unchanged; indicators 0 added, 0 updated, 0 unchanged\n/,
  );

  const timeline = await cli(['--json', 'timeline', 'AZE', 'UZB']);
  const { events } = JSON.parse(timeline.stdout) as { events: Event[] };
  const extracted = events.filter((e) => e.provenance === 'extracted');
  assert.equal(extracted.length, 16);
  for (const e of extracted) {
    assert.equal(e.sources[0]!.document, out.document.id);
    assert.ok(e.sources[0]!.start !== undefined && e.sources[0]!.end !== undefined);
  }
  assert.deepEqual(
    extracted.filter((e) => e.class === 'diplomatic_relations').map((e) => [e.date, e.precision]),
    [['1995-10-02', 'day']],
  );
});

test('extract reads standard input and rejects empty or missing input', async () => {
  const r = await cli(
    ['--json', 'extract', '-'],
    'On 12 May 2021 the President of Kazakhstan paid a state visit to Uzbekistan.',
  );
  assert.equal(r.code, 0, r.stderr);
  const { events } = JSON.parse(r.stdout) as { events: Event[] };
  assert.deepEqual(
    events.map((e) => [e.date, e.class, e.dyad, e.initiator]),
    [['2021-05-12', 'state_visit', ['KAZ', 'UZB'], 'KAZ']],
  );
  assert.equal((await cli(['extract', '-'], '   ')).code, 1);
  const missing = await cli(['extract', 'no/such.txt']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no\/such\.txt: no such file/);
  assert.equal((await cli(['extract', SEED, '--dyad', 'AZE'])).code, 1);
});

const NEWS =
  'Switzerland said today it had expelled two Russian diplomats based in Geneva for spying, adding to a long series of espionage scares.';

test('extract --date: "today" is the publication date; the table marks undated and publication-dated events', async () => {
  const dated = await cli(['--json', 'extract', '-', '--date', '1994-05-20'], NEWS);
  assert.equal(dated.code, 0, dated.stderr);
  const out = JSON.parse(dated.stdout) as {
    events: { date: string | null; precision: string; dyad: string[] }[];
  };
  assert.deepEqual(
    out.events.map((e) => [e.date, e.precision, e.dyad]),
    [['1994-05-20', 'day', ['CHE', 'RUS']]],
  );
  const undated = await cli(
    ['extract', '-'],
    'Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit.',
  );
  assert.equal(undated.code, 0, undated.stderr);
  assert.match(undated.stdout, /^unknown\s+IRQ-JOR\s+visit\s+042\s+IRQ/m);
  const published = await cli(
    ['extract', '-', '--date', '1999-10-26'],
    'The United States and Jordan have agreed upon a new free-trade pact between the two countries.',
  );
  assert.match(published.stdout, /^1999-10-26 \(published\)\s+JOR-USA\s+intent/m);
});

test('extract --save stores only the dated events', async () => {
  const r = await cli(
    ['extract', '-', '--save'],
    'Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.',
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /; events 0 added, 0 updated, 0 unchanged;/);
});

test('extract --date rejects what is not a day, naming the option', async () => {
  for (const bad of ['2024-02-30', '2024-08', 'yesterday']) {
    const r = await cli(['extract', '-', '--date', bad], NEWS);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`--date must be a day written YYYY-MM-DD, got "${bad}"`));
    assert.doesNotMatch(r.stderr, /\bat\s+\S+:\d+/);
  }
});

test('extract rejects a bad --url, --lang, --publisher or both --save and --dry-run, naming the option, storing nothing', async () => {
  const cases: [string[], RegExp][] = [
    [['--url', 'javascript:alert(1)'], /--url must be an http or https address, got "javascript:alert\(1\)"/],
    [['--lang', 'English'], /--lang must be a language code such as en or ru, got "English"/],
    [['--publisher', ' '], /--publisher must be between 1 and 200 characters/],
    [['--save', '--dry-run'], /--save and --dry-run: choose one/],
  ];
  for (const [flags, message] of cases) {
    const r = await cli(['extract', '-', '--save', ...flags.filter((f) => f !== '--save')], NEWS);
    assert.equal(r.code, 1, flags.join(' '));
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /\bat\s+\S+:\d+/);
  }
  const timeline = await cli(['--json', 'timeline', 'CHE', 'RUS', '--source', 'kb']);
  const events = JSON.parse(timeline.stdout).events as Event[];
  assert.deepEqual(
    events.filter((e) => e.provenance === 'extracted'),
    [],
  );
});

test('extract reads Russian by its Cyrillic or with --lang ru; a bad --lang is named', async () => {
  const text = 'test/extract-gold/ru-kaz-uzb-phone-call-2022.txt';
  const r = await cli(['--json', 'extract', text, '--date', '2022-04-05']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { document: { language: string }; events: Event[] };
  assert.equal(out.document.language, 'ru');
  assert.deepEqual(
    out.events.map((e) => [e.date, e.dyad.join('-'), e.class, e.initiator, e.summary]),
    [
      [
        '2022-04-05',
        'KAZ-UZB',
        'phone_call',
        'UZB',
        'The president of Uzbekistan spoke by phone with the president of Kazakhstan.',
      ],
    ],
  );
  // The quote is the Russian sentence, verbatim.
  assert.equal(
    out.events[0]?.sources[0]?.quote,
    '5 апреля Президент Республики Узбекистан Шавкат Мирзиёев провел телефонный разговор с Президентом Республики Казахстан Касым-Жомартом Токаевым.',
  );
  const asked = await cli(['--json', 'extract', text, '--date', '2022-04-05', '--lang', 'ru']);
  assert.equal(asked.stdout, r.stdout);
  const bad = await cli(['extract', text, '--lang', 'russian']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--lang must be a language code such as en or ru, got "russian"/);
  assert.doesNotMatch(bad.stderr, /\bat\s+\S+:\d+/);
});
