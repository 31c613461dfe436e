/** Figures with a number, a unit and a period; the document as a reference cites it; clean summaries. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../extract.ts';
import { readDocumentHead } from '../recognize/document-head.ts';
import { cleanSummary } from '../refine/clean-summary.ts';

test('indicators: a trade figure with its period in USD million; a goal is a target of its own, dated when it was discussed', () => {
  // Kazinform, 20 November 2012; UzDaily, 8 August 2024 (the sentence before dates the meeting).
  const text =
    'Kazakh, Uzbek leaders exchanged congratulations\n\nThe commodity turnover in 2011 made USD 1.95 bln and rose by 23.9% against 2010 between Kazakhstan and Uzbekistan.\n\nOn August 8, 2024, the first meeting of the Supreme Interstate Council of Kazakhstan and Uzbekistan was held at the Akorda Residence. The possibilities of increasing trade turnover to US$10 billion in the coming years were thoroughly discussed.';
  const r = extractEvents(text, { documentId: 'doc' });
  assert.deepEqual(
    r.records.indicators.map((x) => [x.id, x.dyad, x.kind, x.period, x.value, x.unit, x.sources[0]?.quote]),
    [
      [
        'doc#indicator-1',
        ['KAZ', 'UZB'],
        'trade_turnover',
        '2011',
        1950,
        'USD million',
        'The commodity turnover in 2011 made USD 1.95 bln and rose by 23.9% against 2010 between Kazakhstan and Uzbekistan.',
      ],
      [
        'doc#indicator-2',
        ['KAZ', 'UZB'],
        'trade_turnover_target',
        '2024',
        10000,
        'USD million',
        'The possibilities of increasing trade turnover to US$10 billion in the coming years were thoroughly discussed.',
      ],
    ],
  );
  // A figure with no period of its own is left out rather than dated by guess.
  const undated = extractEvents(
    'Trade turnover between Azerbaijan and Uzbekistan amounted to US$ 252 million.',
    {
      documentId: 'doc',
    },
  );
  assert.deepEqual(undated.records.indicators, []);
});

test('the document head: its title line and its publisher, named at the head or by the address', () => {
  // The head of a Kun.uz story (21 December 2022) and of a Trend story (28 February 2024).
  const kun =
    'Kassym-Jomart Tokayev arrives in Uzbekistan on a state visit\n\nAt the invitation of Shavkat Mirziyoyev, President of Kazakhstan Kassym-Jomart Tokayev arrived in Uzbekistan on December 21 on a state visit, the presidential press service reported.';
  assert.deepEqual(
    readDocumentHead(
      kun,
      'https://m.kun.uz/en/news/2022/12/21/kassym-jomart-tokayev-arrives-in-uzbekistan-on-a-state-visit',
    ),
    {
      title: 'Kassym-Jomart Tokayev arrives in Uzbekistan on a state visit',
      publisher: 'Kun.uz',
    },
  );
  assert.deepEqual(readDocumentHead(kun), {
    title: 'Kassym-Jomart Tokayev arrives in Uzbekistan on a state visit',
  });
  const trend =
    "Kazakhstan ratifies Treaty on Allied Relations with Uzbekistan\nBAKU, Azerbaijan, February 28. Kazakhstan's Parliament has ratified the Treaty on Allied Relations with Uzbekistan, signed in Tashkent on December 22, 2022, Trend reports.";
  assert.deepEqual(readDocumentHead(trend), {
    title: 'Kazakhstan ratifies Treaty on Allied Relations with Uzbekistan',
    publisher: 'Trend News Agency',
  });
  // One line is a story, not a title; a dateline is not a title.
  assert.deepEqual(readDocumentHead('Aliyev phoned Mirziyoyev on 10 July 2023.'), {});
  assert.deepEqual(readDocumentHead('TASHKENT, December 22, 2022.\nThe presidents met.'), {});
  // Given options win over what the head says; the dateline gives the publication date.
  const r = extractEvents(trend, {
    documentId: 'doc',
    referenceDate: '2024-02-28',
    url: 'https://en.trend.az/casia/kazakhstan/3867856.html',
  });
  assert.deepEqual(r.document, {
    id: 'doc',
    language: 'en',
    sentences: 2,
    title: 'Kazakhstan ratifies Treaty on Allied Relations with Uzbekistan',
    publisher: 'Trend News Agency',
    published: '2024-02-28',
    url: 'https://en.trend.az/casia/kazakhstan/3867856.html',
  });
});

test('summaries are short clean sentences: no dateline, no "In total,", no press attribution, at most 220 characters', () => {
  assert.equal(
    cleanSummary(
      'ASTANA, December 22, 2022. President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev today signed the Treaty on Allied Relations between the two countries, the Akorda press service reports.',
    ),
    'President of Kazakhstan Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev today signed the Treaty on Allied Relations between the two countries.',
  );
  assert.equal(
    cleanSummary('In total, 15 documents were signed during the visit.'),
    '15 documents were signed during the visit.',
  );
  assert.equal(
    cleanSummary(
      "BAKU, Azerbaijan, February 28 - Kazakhstan's Parliament has ratified the Treaty on Allied Relations with Uzbekistan, Trend reports.",
    ),
    "Kazakhstan's Parliament has ratified the Treaty on Allied Relations with Uzbekistan.",
  );
  const long = cleanSummary(
    'On 14-15 October 2019 at 7th summit of the Organization of Turkic States an agreement was reached to diversify the activities of the joint intergovernmental commission and to organize mutual visits of delegations from two countries, with further talks planned.',
  );
  assert.equal(long.length <= 220, true);
  assert.equal(long.endsWith('…'), true);
  assert.equal(long.startsWith('On 14-15 October 2019 at 7th summit'), true);
});
