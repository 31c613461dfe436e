import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../core/types.ts';
import { ReferenceList } from './references.ts';
import { timelineItem } from './sections.ts';

const URL_TM = 'https://www.turkmenistan.ru/ru/articles/48760.html';

/** An event as the Russian reader extracts it: an English summary, the Russian sentence as its quote. */
function event(summary: string, quote: string): Event {
  return {
    id: 'doc-tm#3',
    date: '2025-11-17',
    precision: 'day',
    dyad: ['TKM', 'UZB'],
    initiator: 'both',
    class: 'declaration',
    cameo: '057',
    goldstein: 3.5,
    actors: [],
    summary,
    sectors: [],
    sources: [{ document: 'doc-tm', quote, url: URL_TM }],
    provenance: 'extracted',
    confidence: 0.55,
  };
}

test('an English summary of a Russian source carries the source’s own words', () => {
  // turkmenistan.ru, 17 November 2025.
  const quote =
    'Президенты подписали совместное заявление и поделились с представителями средств массовой информации оценками итогов переговоров.';
  const refs = new ReferenceList({ 'doc-tm': { id: 'doc-tm', language: 'ru', url: URL_TM } });
  assert.deepEqual(
    timelineItem(
      event('The presidents of Turkmenistan and Uzbekistan signed a declaration.', quote),
      refs,
      new Map(),
    ),
    {
      id: 'doc-tm#3',
      date: '2025-11-17',
      classLabel: 'declaration',
      text: 'The presidents of Turkmenistan and Uzbekistan signed a declaration.',
      cites: [1],
      disputed: [],
      original: quote,
    },
  );
});

test('a summary in the source’s own script, or a quote mostly in Latin letters, adds nothing', () => {
  const refs = new ReferenceList({});
  const english = 'The Presidents signed a joint statement.';
  assert.equal(timelineItem(event(english, english), refs, new Map()).original, undefined);
  // The dossier's notes name a Russian title inside English words.
  const mixed =
    "Treaty name variants: 'Treaty on Allied Relations' / 'Договор о союзническом взаимодействии' (Aliyev 2025, RU)";
  assert.equal(timelineItem(event(english, mixed), refs, new Map()).original, undefined);
});
