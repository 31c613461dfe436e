import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCitation } from '../core/citation.ts';
import type { DocumentRecord } from '../core/types.ts';
import { ReferenceList } from './references.ts';

// Documents as extraction and the built-in dossier store them.
const DOCUMENTS: Record<string, DocumentRecord> = {
  'doc-59199daca501cfc7': {
    id: 'doc-59199daca501cfc7',
    title: 'Kazakhstan and Uzbekistan: from eternal friendship to alliance',
    url: 'https://en.trend.az/casia/kazakhstan/3867856.html',
    publisher: 'Trend News Agency',
    published: '2024-08-23',
    language: 'en',
  },
  'public-record': {
    id: 'public-record',
    title:
      'Azerbaijan–Uzbekistan relations: public record compiled from news, presidential and foreign-ministry pages',
    language: 'en',
  },
  notes: { id: 'notes', language: 'en' },
};

test('references: a document at its own address, a compiled address, a data set and a document without one', () => {
  const refs = new ReferenceList(DOCUMENTS);
  // The extracted source carries no address of its own: it is cited at its document's.
  assert.deepEqual(refs.cite([{ document: 'doc-59199daca501cfc7', quote: 'Allied relations' }]), [1]);
  assert.deepEqual(
    refs.cite([
      {
        document: 'public-record',
        url: 'https://kun.uz/en/news/2024/08/23/mirziyoyev-and-aliyev-hold-first-session-of-the-interstate-supreme-council',
        note: 'The first meeting of the Supreme Interstate Council was held.',
      },
      // The same document at its own address again: one reference.
      {
        document: 'doc-59199daca501cfc7',
        url: 'https://en.trend.az/casia/kazakhstan/3867856.html',
        quote: 'x',
      },
    ]),
    [1, 2],
  );
  assert.deepEqual(
    refs.cite(
      [
        {
          document: 'Thompson–Dreyer strategic rivalries 2012',
          note: 'td_rivalries.csv.gz line 107: rivalryno 106',
        },
      ],
      {
        dataset: 'rivalries',
        title: 'Thompson–Dreyer strategic rivalries',
        version: '2012',
        file: 'td_rivalries.csv.gz',
        lines: [107],
        rows: 1,
      },
    ),
    [3],
  );
  assert.deepEqual(refs.cite([{ document: 'notes', note: 'a curator’s remark' }]), [4]);
  const list = refs.list();
  assert.deepEqual(list, [
    {
      n: 1,
      url: 'https://en.trend.az/casia/kazakhstan/3867856.html',
      title: 'Kazakhstan and Uzbekistan: from eternal friendship to alliance',
      publisher: 'Trend News Agency',
      published: '2024-08-23',
      language: 'en',
    },
    {
      n: 2,
      url: 'https://kun.uz/en/news/2024/08/23/mirziyoyev-and-aliyev-hold-first-session-of-the-interstate-supreme-council',
      language: 'en',
      published: '2024-08-23',
    },
    {
      n: 3,
      dataset: {
        title: 'Thompson–Dreyer strategic rivalries',
        version: '2012',
        file: 'data/reference/td_rivalries.csv.gz',
        lines: [107],
        citation: list[2]!.dataset!.citation!,
        terms: list[2]!.dataset!.terms!,
      },
    },
    { n: 4, language: 'en', title: 'unpublished source without an address' },
  ]);
  assert.match(list[2]!.dataset!.citation!, /Thompson & Dreyer 2012/);
  assert.deepEqual(list.map(formatCitation), [
    '1. Trend News Agency, ‘Kazakhstan and Uzbekistan: from eternal friendship to alliance’, 23 August 2024, in English, en.trend.az/casia/kazakhstan/3867856.html',
    '2. Kun.uz, 23 August 2024, in English, kun.uz/en/news/2024/08/23/mirziyoyev-and-aliyev-hold-first-session-of-the-interstate-supreme-council',
    `3. Thompson–Dreyer strategic rivalries, version 2012 (data set), table data/reference/td_rivalries.csv.gz, line 107, ${list[2]!.dataset!.citation}, ${list[2]!.dataset!.terms}`,
    '4. ‘unpublished source without an address’, in English',
  ]);
});
