/**
 * One sentence (or a dateline and a sentence), a fixed reference date, every field of every event
 * asserted: chrono-node's testSingleCase habit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ExtractedEvent, extractEvents } from './index.ts';

const REFERENCE_DATE = '2024-01-15';

type Case = { name: string; text: string; events: ExtractedEvent[] };

const CASES: Case[] = [
  {
    name: 'a state visit: the visitor acts, the capital is the place',
    text: 'On 22 August 2023, President of Uzbekistan Shavkat Mirziyoyev arrived in Baku on a state visit.',
    events: [
      {
        id: 'doc#1',
        date: '2023-08-22',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'UZB',
        class: 'state_visit',
        cameo: '042',
        goldstein: 1.9,
        actors: [
          {
            name: 'Shavkat Mirziyoyev',
            country: 'UZB',
            role: 'President',
          },
        ],
        summary:
          'On 22 August 2023, President of Uzbekistan Shavkat Mirziyoyev arrived in Baku on a state visit.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 22 August 2023, President of Uzbekistan Shavkat Mirziyoyev arrived in Baku on a state visit.',
            start: 0,
            end: 95,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        place: {
          name: 'Baku',
          country: 'AZE',
        },
      },
    ],
  },
  {
    name: 'a phone call',
    text: 'On 24 July 2022, President Ilham Aliyev had a telephone conversation with President Shavkat Mirziyoyev of Uzbekistan.',
    events: [
      {
        id: 'doc#1',
        date: '2022-07-24',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'AZE',
        class: 'phone_call',
        cameo: '041',
        goldstein: 1,
        actors: [
          {
            name: 'Ilham Aliyev',
            country: 'AZE',
            role: 'President',
          },
          {
            name: 'Shavkat Mirziyoyev',
            country: 'UZB',
            role: 'President',
          },
        ],
        summary:
          'On 24 July 2022, President Ilham Aliyev had a telephone conversation with President Shavkat Mirziyoyev of Uzbekistan.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 24 July 2022, President Ilham Aliyev had a telephone conversation with President Shavkat Mirziyoyev of Uzbekistan.',
            start: 0,
            end: 117,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: 'a treaty signing, both presidents resolved from "the presidents of X and Y"',
    text: 'On 22 December 2022 in Astana, the presidents of Kazakhstan and Uzbekistan signed the Treaty on Allied Relations.',
    events: [
      {
        id: 'doc#1',
        date: '2022-12-22',
        precision: 'day',
        dyad: ['KAZ', 'UZB'],
        initiator: 'both',
        class: 'agreement',
        cameo: '057',
        goldstein: 8,
        actors: [
          {
            name: 'Kassym-Jomart Tokayev',
            country: 'KAZ',
            role: 'head of state',
          },
          {
            name: 'Shavkat Mirziyoyev',
            country: 'UZB',
            role: 'head of state',
          },
        ],
        summary:
          'On 22 December 2022 in Astana, the presidents of Kazakhstan and Uzbekistan signed the Treaty on Allied Relations.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 22 December 2022 in Astana, the presidents of Kazakhstan and Uzbekistan signed the Treaty on Allied Relations.',
            start: 0,
            end: 113,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        place: {
          name: 'Astana',
          country: 'KAZ',
        },
        rung: 'ALLIED_TREATY_SIGNED',
      },
    ],
  },
  {
    name: '"15 MOU\'s were adopted" is one mou event with count 15',
    text: "On 23 August 2023 in Baku, Azerbaijan and Uzbekistan signed an agreement on the Supreme Interstate Council. 15 MOU's were adopted at the talks.",
    events: [
      {
        id: 'doc#1',
        date: '2023-08-23',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'agreement',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary:
          'On 23 August 2023 in Baku, Azerbaijan and Uzbekistan signed an agreement on the Supreme Interstate Council.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 23 August 2023 in Baku, Azerbaijan and Uzbekistan signed an agreement on the Supreme Interstate Council.',
            start: 0,
            end: 107,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        place: {
          name: 'Baku',
          country: 'AZE',
        },
      },
      {
        id: 'doc#2',
        date: '2023-08-23',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'mou',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary: "15 MOU's were adopted at the talks.",
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: "15 MOU's were adopted at the talks.",
            start: 108,
            end: 143,
          },
        ],
        provenance: 'extracted',
        confidence: 0.55,
        count: 15,
      },
    ],
  },
  {
    name: 'an action plan: its period ("for 2023-2024") is not the date',
    text: 'On 23 August 2023, Azerbaijan and Uzbekistan signed the Action Plan for deepening strategic partnership for 2023-2024.',
    events: [
      {
        id: 'doc#1',
        date: '2023-08-23',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'mou',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary:
          'On 23 August 2023, Azerbaijan and Uzbekistan signed the Action Plan for deepening strategic partnership for 2023-2024.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 23 August 2023, Azerbaijan and Uzbekistan signed the Action Plan for deepening strategic partnership for 2023-2024.',
            start: 0,
            end: 118,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: 'a date range "14-15 October 2019"',
    text: 'On 14-15 October 2019 the foreign ministers of Azerbaijan and Uzbekistan held talks in Baku.',
    events: [
      {
        id: 'doc#1',
        date: '2019-10-14',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'meeting',
        cameo: '040',
        goldstein: 1,
        actors: [
          {
            name: 'Elmar Mammadyarov',
            country: 'AZE',
            role: 'foreign minister',
          },
          {
            name: 'Abdulaziz Kamilov',
            country: 'UZB',
            role: 'foreign minister',
          },
        ],
        summary:
          'On 14-15 October 2019 the foreign ministers of Azerbaijan and Uzbekistan held talks in Baku.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 14-15 October 2019 the foreign ministers of Azerbaijan and Uzbekistan held talks in Baku.',
            start: 0,
            end: 92,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        end: '2019-10-15',
        place: {
          name: 'Baku',
          country: 'AZE',
        },
      },
    ],
  },
  {
    name: '"from 3 to 5 May 2021", "the President of Azerbaijan" resolved at the date',
    text: 'From 3 to 5 May 2021 the President of Azerbaijan paid an official visit to Uzbekistan.',
    events: [
      {
        id: 'doc#1',
        date: '2021-05-03',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'AZE',
        class: 'official_visit',
        cameo: '042',
        goldstein: 1.9,
        actors: [
          {
            name: 'Ilham Aliyev',
            country: 'AZE',
            role: 'head of state',
          },
        ],
        summary: 'From 3 to 5 May 2021 the President of Azerbaijan paid an official visit to Uzbekistan.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'From 3 to 5 May 2021 the President of Azerbaijan paid an official visit to Uzbekistan.',
            start: 0,
            end: 86,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        end: '2021-05-05',
        place: {
          name: 'Uzbekistan',
          country: 'UZB',
        },
      },
    ],
  },
  {
    name: 'a bare year "in 1998"',
    text: 'Azerbaijan and Uzbekistan established diplomatic relations in 1998.',
    events: [
      {
        id: 'doc#1',
        date: '1998',
        precision: 'year',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'diplomatic_relations',
        cameo: '054',
        goldstein: 6,
        actors: [],
        summary: 'Azerbaijan and Uzbekistan established diplomatic relations in 1998.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'Azerbaijan and Uzbekistan established diplomatic relations in 1998.',
            start: 0,
            end: 67,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: '"mid-1996" keeps the year only',
    text: 'Georgia and Azerbaijan signed an agreement on transit in mid-1996.',
    events: [
      {
        id: 'doc#1',
        date: '1996',
        precision: 'year',
        dyad: ['AZE', 'GEO'],
        initiator: 'both',
        class: 'agreement',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary: 'Georgia and Azerbaijan signed an agreement on transit in mid-1996.',
        sectors: ['transport'],
        sources: [
          {
            document: 'doc',
            quote: 'Georgia and Azerbaijan signed an agreement on transit in mid-1996.',
            start: 0,
            end: 66,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: '"early 2000s" is a range of years',
    text: 'In the early 2000s Azerbaijan and Georgia signed an agreement on the pipeline.',
    events: [
      {
        id: 'doc#1',
        date: '2000',
        precision: 'year',
        dyad: ['AZE', 'GEO'],
        initiator: 'both',
        class: 'agreement',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary: 'In the early 2000s Azerbaijan and Georgia signed an agreement on the pipeline.',
        sectors: ['energy'],
        sources: [
          {
            document: 'doc',
            quote: 'In the early 2000s Azerbaijan and Georgia signed an agreement on the pipeline.',
            start: 0,
            end: 78,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        end: '2003',
      },
    ],
  },
  {
    name: 'a season is a range of months',
    text: 'In the summer of 2021 Kazakhstan and Uzbekistan signed a memorandum on water management.',
    events: [
      {
        id: 'doc#1',
        date: '2021-06',
        precision: 'month',
        dyad: ['KAZ', 'UZB'],
        initiator: 'both',
        class: 'mou',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary: 'In the summer of 2021 Kazakhstan and Uzbekistan signed a memorandum on water management.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'In the summer of 2021 Kazakhstan and Uzbekistan signed a memorandum on water management.',
            start: 0,
            end: 88,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        end: '2021-08',
      },
    ],
  },
  {
    name: '"on 22 August" takes its year from the document\'s dateline; the host receives',
    text: 'Published 24 August 2023\n\nOn 22 August, President Ilham Aliyev of Azerbaijan received President Shavkat Mirziyoyev of Uzbekistan.',
    events: [
      {
        id: 'doc#1',
        date: '2023-08-22',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'UZB',
        class: 'visit',
        cameo: '043',
        goldstein: 2.8,
        actors: [
          {
            name: 'Ilham Aliyev',
            country: 'AZE',
            role: 'President',
          },
          {
            name: 'Shavkat Mirziyoyev',
            country: 'UZB',
            role: 'President',
          },
        ],
        summary:
          'On 22 August, President Ilham Aliyev of Azerbaijan received President Shavkat Mirziyoyev of Uzbekistan.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 22 August, President Ilham Aliyev of Azerbaijan received President Shavkat Mirziyoyev of Uzbekistan.',
            start: 26,
            end: 129,
          },
        ],
        provenance: 'extracted',
        confidence: 0.65,
      },
    ],
  },
  {
    name: '"a few days ago" keeps only the month it falls in',
    text: 'Baku, 1 September 2023. A few days ago, the President of Uzbekistan paid a state visit to Azerbaijan.',
    events: [
      {
        id: 'doc#1',
        date: '2023-08',
        precision: 'month',
        dyad: ['AZE', 'UZB'],
        initiator: 'UZB',
        class: 'state_visit',
        cameo: '042',
        goldstein: 1.9,
        actors: [
          {
            name: 'Shavkat Mirziyoyev',
            country: 'UZB',
            role: 'head of state',
          },
        ],
        summary: 'A few days ago, the President of Uzbekistan paid a state visit to Azerbaijan.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'A few days ago, the President of Uzbekistan paid a state visit to Azerbaijan.',
            start: 24,
            end: 101,
          },
        ],
        provenance: 'extracted',
        confidence: 0.55,
        place: {
          name: 'Azerbaijan',
          country: 'AZE',
        },
      },
    ],
  },
  {
    name: '"the same year" resolves from the sentence before',
    text: 'Diplomatic relations between Azerbaijan and Turkey were established in January 1992. The embassy of Azerbaijan in Ankara was opened the same year.',
    events: [
      {
        id: 'doc#1',
        date: '1992-01',
        precision: 'month',
        dyad: ['AZE', 'TUR'],
        initiator: 'both',
        class: 'diplomatic_relations',
        cameo: '054',
        goldstein: 6,
        actors: [],
        summary: 'Diplomatic relations between Azerbaijan and Turkey were established in January 1992.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'Diplomatic relations between Azerbaijan and Turkey were established in January 1992.',
            start: 0,
            end: 84,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
      {
        id: 'doc#2',
        date: '1992',
        precision: 'year',
        dyad: ['AZE', 'TUR'],
        initiator: 'AZE',
        class: 'embassy_opening',
        cameo: '054',
        goldstein: 6,
        actors: [{ name: 'embassy of Azerbaijan', country: 'AZE', role: 'government', sector: 'GOV' }],
        summary: 'The embassy of Azerbaijan in Ankara was opened the same year.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'The embassy of Azerbaijan in Ankara was opened the same year.',
            start: 85,
            end: 146,
          },
        ],
        provenance: 'extracted',
        confidence: 0.65,
        place: {
          name: 'Ankara',
          country: 'TUR',
        },
      },
    ],
  },
  {
    name: '"both Presidents" are the pair\'s heads of state at the date',
    text: 'In August 2023 both Presidents signed an agreement to establish the Supreme Interstate Council between Uzbekistan and Azerbaijan.',
    events: [
      {
        id: 'doc#1',
        date: '2023-08',
        precision: 'month',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'agreement',
        cameo: '057',
        goldstein: 8,
        actors: [
          {
            name: 'Ilham Aliyev',
            country: 'AZE',
            role: 'head of state',
          },
          {
            name: 'Shavkat Mirziyoyev',
            country: 'UZB',
            role: 'head of state',
          },
        ],
        summary:
          'In August 2023 both Presidents signed an agreement to establish the Supreme Interstate Council between Uzbekistan and Azerbaijan.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'In August 2023 both Presidents signed an agreement to establish the Supreme Interstate Council between Uzbekistan and Azerbaijan.',
            start: 0,
            end: 129,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: '"the President of Uzbekistan" in 2023 is Mirziyoyev; "at the invitation of" is no event',
    text: 'On 1 March 2023, the President of Uzbekistan arrived in Baku at the invitation of the President of Azerbaijan.',
    events: [
      {
        id: 'doc#1',
        date: '2023-03-01',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'UZB',
        class: 'visit',
        cameo: '042',
        goldstein: 1.9,
        actors: [
          {
            name: 'Shavkat Mirziyoyev',
            country: 'UZB',
            role: 'head of state',
          },
          {
            name: 'Ilham Aliyev',
            country: 'AZE',
            role: 'head of state',
          },
        ],
        summary:
          'On 1 March 2023, the President of Uzbekistan arrived in Baku at the invitation of the President of Azerbaijan.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 1 March 2023, the President of Uzbekistan arrived in Baku at the invitation of the President of Azerbaijan.',
            start: 0,
            end: 110,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        place: {
          name: 'Baku',
          country: 'AZE',
        },
      },
    ],
  },
  {
    name: 'an event at a multilateral summit carries its setting, and the city (Phoenix) its place',
    text: 'On 11 November 2022, at the 9th summit of the Organization of Turkic States in Samarkand, Azerbaijan and Uzbekistan signed an agreement on transport.',
    events: [
      {
        id: 'doc#1',
        date: '2022-11-11',
        precision: 'day',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'agreement',
        cameo: '057',
        goldstein: 8,
        actors: [],
        place: { name: 'Samarkand', country: 'UZB' },
        summary:
          'On 11 November 2022, at the 9th summit of the Organization of Turkic States in Samarkand, Azerbaijan and Uzbekistan signed an agreement on transport.',
        sectors: ['transport'],
        sources: [
          {
            document: 'doc',
            quote:
              'On 11 November 2022, at the 9th summit of the Organization of Turkic States in Samarkand, Azerbaijan and Uzbekistan signed an agreement on transport.',
            start: 0,
            end: 149,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        setting: '9th summit of the Organization of Turkic States',
      },
    ],
  },
  {
    name: 'Armenia–Azerbaijan: an armed clash',
    text: 'On 12 September 2022 Azerbaijani and Armenian forces clashed on the border, killing dozens of soldiers.',
    events: [
      {
        id: 'doc#1',
        date: '2022-09-12',
        precision: 'day',
        dyad: ['ARM', 'AZE'],
        initiator: 'both',
        class: 'armed_clash',
        cameo: '190',
        goldstein: -10,
        actors: [{ name: 'Armenian forces', country: 'ARM', role: 'military', sector: 'MIL' }],
        summary:
          'On 12 September 2022 Azerbaijani and Armenian forces clashed on the border, killing dozens of soldiers.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote:
              'On 12 September 2022 Azerbaijani and Armenian forces clashed on the border, killing dozens of soldiers.',
            start: 0,
            end: 103,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: 'Armenia–Azerbaijan: an accusation',
    text: 'On 13 September 2022 Armenia accused Azerbaijan of shelling its territory.',
    events: [
      {
        id: 'doc#1',
        date: '2022-09-13',
        precision: 'day',
        dyad: ['ARM', 'AZE'],
        initiator: 'ARM',
        class: 'criticism',
        cameo: '1123',
        goldstein: -2,
        actors: [],
        summary: 'On 13 September 2022 Armenia accused Azerbaijan of shelling its territory.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'On 13 September 2022 Armenia accused Azerbaijan of shelling its territory.',
            start: 0,
            end: 74,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: 'Armenia–Azerbaijan: an agreed ceasefire',
    text: 'On 10 October 2020 Armenia and Azerbaijan agreed to a humanitarian ceasefire.',
    events: [
      {
        id: 'doc#1',
        date: '2020-10-10',
        precision: 'day',
        dyad: ['ARM', 'AZE'],
        initiator: 'both',
        class: 'agreement',
        cameo: '0871',
        goldstein: 9,
        actors: [],
        summary: 'On 10 October 2020 Armenia and Azerbaijan agreed to a humanitarian ceasefire.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'On 10 October 2020 Armenia and Azerbaijan agreed to a humanitarian ceasefire.',
            start: 0,
            end: 77,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: 'Armenia–Azerbaijan: talks between named leaders',
    text: 'On 14 May 2023 Aliyev and Pashinyan held talks in Brussels.',
    events: [
      {
        id: 'doc#1',
        date: '2023-05-14',
        precision: 'day',
        dyad: ['ARM', 'AZE'],
        initiator: 'both',
        class: 'meeting',
        cameo: '040',
        goldstein: 1,
        actors: [
          {
            name: 'Ilham Aliyev',
            country: 'AZE',
            role: 'President',
          },
          {
            name: 'Nikol Pashinyan',
            country: 'ARM',
            role: 'Prime Minister',
          },
        ],
        summary: 'On 14 May 2023 Aliyev and Pashinyan held talks in Brussels.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'On 14 May 2023 Aliyev and Pashinyan held talks in Brussels.',
            start: 0,
            end: 59,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
        place: {
          name: 'Brussels',
          country: 'BEL',
        },
      },
    ],
  },
  {
    name: 'an expulsion of diplomats',
    text: 'On 14 March 2018 Britain expelled 23 Russian diplomats.',
    events: [
      {
        id: 'doc#1',
        date: '2018-03-14',
        precision: 'day',
        dyad: ['GBR', 'RUS'],
        initiator: 'GBR',
        class: 'expel_diplomats',
        cameo: '166',
        goldstein: -7,
        actors: [{ name: 'Russian diplomats', country: 'RUS', role: 'government', sector: 'GOV' }],
        summary: 'On 14 March 2018 Britain expelled 23 Russian diplomats.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'On 14 March 2018 Britain expelled 23 Russian diplomats.',
            start: 0,
            end: 55,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: 'a sanction is not an armed clash',
    text: 'On 8 August 2018 the United States imposed new sanctions on Russia.',
    events: [
      {
        id: 'doc#1',
        date: '2018-08-08',
        precision: 'day',
        dyad: ['RUS', 'USA'],
        initiator: 'USA',
        class: 'sanction',
        cameo: '163',
        goldstein: -8,
        actors: [],
        summary: 'On 8 August 2018 the United States imposed new sanctions on Russia.',
        sectors: [],
        sources: [
          {
            document: 'doc',
            quote: 'On 8 August 2018 the United States imposed new sanctions on Russia.',
            start: 0,
            end: 67,
          },
        ],
        provenance: 'extracted',
        confidence: 0.8,
      },
    ],
  },
  {
    name: 'no date in the text: the publication date, marked so',
    text: 'Azerbaijan and Uzbekistan signed an agreement on culture.',
    events: [
      {
        id: 'doc#1',
        date: REFERENCE_DATE,
        precision: 'day',
        dated_by: 'publication',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'agreement',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary: 'Azerbaijan and Uzbekistan signed an agreement on culture.',
        sectors: ['culture'],
        sources: [
          {
            document: 'doc',
            quote: 'Azerbaijan and Uzbekistan signed an agreement on culture.',
            start: 0,
            end: 57,
          },
        ],
        provenance: 'extracted',
        confidence: 0.65,
      },
    ],
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const result = extractEvents(c.text, { documentId: 'doc', referenceDate: REFERENCE_DATE });
    assert.deepEqual(result.events, c.events);
  });
}

test('a multilateral summit sets the setting; a bilateral visit has none', () => {
  const [atSummit] = extractEvents(CASES[16]?.text ?? '', { documentId: 'doc' }).events;
  const [visit] = extractEvents(CASES[0]?.text ?? '', { documentId: 'doc' }).events;
  assert.equal(atSummit?.setting, '9th summit of the Organization of Turkic States');
  assert.equal(visit?.setting, undefined);
});

test('a planned or invited visit is intent, not a visit', () => {
  const text =
    '24 July 2022\n\nPresident Ilham Aliyev invited President Shavkat Mirziyoyev to pay a state visit to Azerbaijan next year.';
  const events = extractEvents(text, { documentId: 'doc', referenceDate: '2022-07-24' }).events;
  assert.deepEqual(
    events.map((e) => [e.date, e.class, e.cameo, e.initiator]),
    [['2022-07-24', 'intent', '036', 'AZE']],
  );
});

test('"last year" dates only its own sentence, not the events after it', () => {
  const text =
    'Shusha, July 18, 2023 – Trade between Azerbaijan and Uzbekistan grew by 64 percent last year. The co-chairs signed the protocol of the session.';
  const events = extractEvents(text, { documentId: 'doc', referenceDate: '2023-07-18' }).events;
  assert.deepEqual(
    events.map((e) => [e.date, e.class, e.dyad]),
    [['2023-07-18', 'agreement', ['AZE', 'UZB']]],
  );
});

test('the document result names the document, its language and its sentence count', () => {
  const result = extractEvents(CASES[0]?.text ?? '', { documentId: 'doc', title: 'A visit' });
  assert.deepEqual(result.document, { id: 'doc', title: 'A visit', language: 'en', sentences: 1 });
});

test('"is expected to visit" with a future date is no event; the visit happens when it is reported', () => {
  const planned = extractEvents(
    'President Mirziyoyev is expected to visit Azerbaijan in the autumn of 2024.',
    {
      documentId: 'doc',
      referenceDate: '2024-06-30',
    },
  );
  assert.deepEqual(planned.events, []);
});

test('the second day of a visit and its talks fold into the visit, as extra evidence', () => {
  const text =
    'On 22 August 2023, President of Uzbekistan Shavkat Mirziyoyev arrived in Baku on a state visit. On 23 August the presidents of Azerbaijan and Uzbekistan held talks in a narrow format.';
  const events = extractEvents(text, { documentId: 'doc' }).events;
  assert.deepEqual(
    events.map((e) => [e.date, e.class, e.initiator, e.sources.map((s) => s.start)]),
    [['2023-08-22', 'state_visit', 'UZB', [0, 96]]],
  );
});

test('"since February" bounds a time, it does not date what follows', () => {
  const text =
    'SAMARKAND, 16 September 2022 – Russian President Vladimir Putin met Chinese President Xi Jinping on 15 September, their first meeting since February.\n\nPutin also held talks with Iranian President Ebrahim Raisi the same day.';
  const events = extractEvents(text, { documentId: 'doc' }).events;
  assert.deepEqual(
    events.map((e) => [e.date, e.dyad, e.class]),
    [
      ['2022-09-15', ['CHN', 'RUS'], 'meeting'],
      ['2022-09-15', ['IRN', 'RUS'], 'meeting'],
    ],
  );
});
