/** Fixed, realistic report inputs for tests and benchmarks (not used at run time). */
import type { Event, Source } from '../core/types.ts';
import type { ReportData } from './types.ts';

const PAGE = 'https://president.example.org/en/news/1';

/** A source of the fixture document. */
export function source(quote: string, url = PAGE): Source {
  return { document: 'doc-1', quote, url };
}

/** A curated event of the dyad KAZ–UZB with sensible defaults. */
export function fixtureEvent(over: Partial<Event> & Pick<Event, 'id' | 'date' | 'class' | 'summary'>): Event {
  return {
    precision: over.date.length === 10 ? 'day' : over.date.length === 7 ? 'month' : 'year',
    dyad: ['KAZ', 'UZB'],
    initiator: 'both',
    cameo: '043',
    goldstein: 2.8,
    actors: [],
    sectors: [],
    sources: [source(over.summary)],
    provenance: 'curated',
    confidence: 1,
    actorLevel: 'head',
    ...over,
  };
}

/** A pair with nothing recorded. */
export function emptyData(asOf = '2026-11'): ReportData {
  return {
    dyad: ['BTN', 'ISL'],
    asOf,
    now: asOf,
    events: [],
    agreements: [],
    mechanisms: [],
    indicators: [],
    conflicts: [],
    documents: {},
  };
}

/** A pair with one event and nothing else. */
export function oneEventData(): ReportData {
  return {
    ...emptyData('2024-06'),
    dyad: ['KAZ', 'UZB'],
    events: [
      fixtureEvent({
        id: 'e1',
        date: '2024-03-12',
        class: 'phone_call',
        summary: 'The presidents spoke by telephone about water sharing.',
        sectors: ['environment and disasters'],
      }),
    ],
    documents: { 'doc-1': { id: 'doc-1', language: 'en', title: 'Press release', url: PAGE } },
  };
}

/** The hostile strings an event's summary and quote may carry. */
export const HOSTILE = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>'] as const;

/** A pair whose source text tries to inject markup, a script and a `javascript:` link. */
export function hostileData(): ReportData {
  const text = `Talks held ${HOSTILE[0]} and ${HOSTILE[1]} | a pipe`;
  return {
    ...oneEventData(),
    events: [
      fixtureEvent({
        id: 'x1',
        date: '2024-03-12',
        class: 'praise',
        summary: text,
        sectors: [HOSTILE[0]],
        sources: [
          { document: 'doc-1', quote: `He said: ${HOSTILE[1]} ${HOSTILE[0]}`, url: 'javascript:alert(3)' },
          { document: 'doc-1', quote: text, url: 'https://news.example.org/a?x="><script>alert(4)</script>' },
        ],
      }),
    ],
    documents: { 'doc-1': { id: 'doc-1', language: 'en', title: `Doc ${HOSTILE[0]}` } },
  };
}
