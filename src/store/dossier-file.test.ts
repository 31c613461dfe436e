import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PACKAGE_ROOT } from './paths.ts';
import { formatInputError, readDossierFile } from './dossier-file.ts';

const DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'dossiers');

/** Each broken dossier, the place its first problem is reported at, and what is said. */
const BROKEN: [file: string, line: number, field: string, message: RegExp][] = [
  ['bad-date.yaml', 22, 'events[1].date', /month 13 is not between 01 and 12/],
  ['unknown-country.yaml', 30, 'events[1].place.country', /unknown country code "UZX"/],
  ['no-source.yaml', 12, 'events[0].sources', /missing: every fact needs at least one source/],
  ['duplicate-id.yaml', 21, 'events[1].id', /duplicate event id "kaz-uzb-1992-11-23-relations"/],
  ['invalid-yaml.yaml', 30, '', /invalid YAML/],
  ['wrong-type.yaml', 26, 'events[1].confidence', /expected number/],
  ['unknown-class.yaml', 24, 'events[1].class', /must be one of the event classes/],
  [
    'bad-document-ref.yaml',
    34,
    'events[1].sources[0].document',
    /document "akorda-2022-12-23", which is not defined/,
  ],
  ['end-before-start.yaml', 23, 'events[1].end', /end 2022-12-20 is before 2022-12-21/],
  ['unknown-field.yaml', 31, 'events[1].summery', /unknown field "summery"/],
  ['dangling-event.yaml', 43, 'agreements[0].event', /event "kaz-uzb-2022-12-23-state-visit" is not defined/],
  ['bad-cameo.yaml', 25, 'events[1].cameo', /unknown CAMEO code "999"/],
  ['empty-quote.yaml', 35, 'events[1].sources[0].quote', /a quote cannot be empty/],
  ['no-words.yaml', 34, 'events[1].sources[0]', /needs the quote .* or a note \(a paraphrase\)/],
  ['wrong-type.json', 4, 'dyad', /expected tuple|expected array/],
  ['invalid.json', 24, '', /invalid JSON/],
  ['coverage-backwards.yaml', 74, 'coverage[1].to', /coverage: from is after to/],
];

for (const [file, line, field, message] of BROKEN) {
  test(`rejects ${file} at line ${line}, field ${field || '(syntax)'}`, () => {
    const path = join(DIR, 'broken', file);
    const result = readDossierFile(path);
    assert.equal(result.ok, false);
    if (result.ok) return;
    // The problem the file was broken with, wherever it comes in the list.
    const first = result.errors.find((e) => e.field === field) ?? result.errors[0]!;
    assert.equal(first.file, path);
    assert.equal(first.line, line, formatInputError(first));
    assert.equal(first.field, field, formatInputError(first));
    assert.match(first.message, message);
    assert.ok(first.column >= 1);
  });
}

test('a missing file is reported by name', () => {
  const result = readDossierFile('/nonexistent/dossier.yaml');
  assert.deepEqual(result, {
    ok: false,
    errors: [{ file: '/nonexistent/dossier.yaml', line: 0, column: 0, field: '', message: 'no such file' }],
  });
});

test('the YAML and JSON forms of one dossier give the same records', () => {
  const yaml = readDossierFile(join(DIR, 'kaz-uzb-mini.yaml'));
  const json = readDossierFile(join(DIR, 'kaz-uzb-mini.json'));
  assert.ok(yaml.ok && json.ok);
  assert.deepEqual(yaml.records, json.records);
});

test('a valid dossier is filled in: sorted dyad, precision, CAMEO, Goldstein, provenance', () => {
  const result = readDossierFile(join(DIR, 'kaz-uzb-mini.yaml'));
  assert.ok(result.ok);
  const { records } = result;
  assert.deepEqual(records.dyad, ['KAZ', 'UZB']);
  assert.equal(records.events.length, 2);
  assert.deepEqual(records.events[1], {
    id: 'kaz-uzb-2022-12-22-state-visit',
    date: '2022-12-21',
    end: '2022-12-22',
    precision: 'day',
    dyad: ['KAZ', 'UZB'],
    initiator: 'KAZ',
    class: 'state_visit',
    cameo: '043',
    goldstein: 2.8,
    actors: [
      { name: 'Kassym-Jomart Tokayev', country: 'KAZ', role: 'head_of_state' },
      { name: 'Shavkat Mirziyoyev', country: 'UZB', role: 'head_of_state' },
    ],
    place: { name: 'Tashkent', country: 'UZB' },
    summary: 'State visit of President Tokayev to Uzbekistan; the Treaty on Allied Relations was signed.',
    sectors: ['security', 'trade and investment'],
    sources: [
      { document: 'akorda-2022-12-22', quote: 'The Head of State arrived in Tashkent on a state visit.' },
    ],
    provenance: 'curated',
    confidence: 1,
    actorLevel: 'head',
  });
  assert.deepEqual(records.agreements[0]?.status, [
    {
      status: 'signed',
      date: '2022-12-22',
      precision: 'day',
      sources: [
        { document: 'akorda-2022-12-22', quote: 'The presidents signed the Treaty on Allied Relations.' },
      ],
    },
  ]);
  assert.deepEqual(records.agreements[0]?.parties, ['KAZ', 'UZB']);
  assert.deepEqual(records.mechanisms[0]?.established, {
    date: '2022-12-22',
    precision: 'day',
    by: 'kaz-uzb-allied-treaty',
  });
});

test('hostile dossiers are bad input, located: alias bombs, huge fields, huge files, script addresses, folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-hostile-'));
  try {
    const mini = readFileSync(join(DIR, 'kaz-uzb-mini.yaml'), 'utf8');
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    // Nine levels of nine aliases each: a billion nodes from 1 kB.
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i <= 9; i++)
      bomb += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const cases: [string, string, { line: number; field: string; message: RegExp }][] = [
      [
        'bomb.yaml',
        bomb,
        { line: 1, field: '', message: /^invalid YAML: .*alias.*\(at most 100 alias expansions\)$/i },
      ],
      [
        'long-summary.yaml',
        mini.replace(
          'summary: Kazakhstan and Uzbekistan established diplomatic relations.',
          `summary: ${'x'.repeat(3_000_000)}`,
        ),
        { line: 16, field: 'events[0].summary', message: /^a summary is at most 2,000 characters$/ },
      ],
      [
        'script-url.yaml',
        mini.replace(
          'url: https://www.akorda.kz/en/state-visit-of-kassym-jomart-tokayev-to-uzbekistan-2022-12-22',
          'url: javascript:alert(document.cookie)',
        ),
        { line: 8, field: 'documents[0].url', message: /^must be an http or https address$/ },
      ],
      [
        'data-url.yaml',
        mini.replace(
          '      - document: akorda-2022-12-22\n        quote: Diplomatic',
          '      - url: "data:text/html,<script>alert(1)</script>"\n        quote: Diplomatic',
        ),
        { line: 19, field: 'events[0].sources[0].url', message: /^must be an http or https address$/ },
      ],
    ];
    for (const [name, text, want] of cases) {
      const path = write(name, text);
      const result = readDossierFile(path);
      assert.equal(result.ok, false, name);
      if (result.ok) continue;
      const e = result.errors.find((x) => x.field === want.field) ?? result.errors[0]!;
      assert.equal(e.file, path);
      assert.equal(e.field, want.field, `${name}: ${formatInputError(e)}`);
      assert.equal(e.line, want.line, `${name}: ${formatInputError(e)}`);
      assert.match(e.message, want.message, name);
    }
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 0x20));
    assert.deepEqual(readDossierFile(huge), {
      ok: false,
      errors: [
        {
          file: huge,
          line: 0,
          column: 0,
          field: '',
          message: 'larger than 20 MB; a dossier is text a person wrote',
        },
      ],
    });
    assert.deepEqual(readDossierFile(dir), {
      ok: false,
      errors: [{ file: dir, line: 0, column: 0, field: '', message: 'is a folder, not a file' }],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
