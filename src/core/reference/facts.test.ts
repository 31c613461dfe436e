import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEVEL_PARAMS } from '../level/params.ts';
import {
  allianceFacts,
  conflictFacts,
  disputeFacts,
  referenceFacts,
  representationFacts,
  rivalryFacts,
  warFacts,
} from './facts.ts';
import {
  ARM_AZE_MID,
  ARM_AZE_RIVALRY,
  atop,
  AZE_UZB_DE,
  CUB_USA_DE,
  IRN_IRQ_WAR,
  RUS_UKR_UCDP,
} from './real-rows.ts';
import { noRows } from './rows.ts';

test('a COW war is the WAR state over its years, cited by data set, version and lines', () => {
  assert.deepEqual(warFacts(['IRN', 'IRQ'], IRN_IRQ_WAR), [
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
      summary: 'Inter-state war 199 between the two, 1980–1981; battle deaths of the two 1,250,000',
      sectors: ['security'],
      sources: [
        {
          document: 'COW Inter-State War 4.0',
          note: 'cow_war_inter.csv.gz lines 1808, 1809: warnum 199, years 1980–1981, batdeath1 + batdeath2 1250000',
        },
      ],
      provenance: 'reference',
      confidence: 1,
      reference: {
        dataset: 'cow_war',
        title: 'COW Inter-State War',
        version: '4.0',
        file: 'cow_war_inter.csv.gz',
        lines: [1808, 1809],
        rows: 2,
      },
      end: '1981',
      until: '1981-12',
      rung: 'WAR',
    },
  ]);
});

test('a UCDP conflict with the two on opposite sides is WAR from its episode month; one running to 2024 holds on', () => {
  assert.deepEqual(conflictFacts(['RUS', 'UKR'], RUS_UKR_UCDP), [
    {
      id: 'ref:ucdp:RUS-UKR:13243:2022',
      date: '2022-02',
      precision: 'month',
      dyad: ['RUS', 'UKR'],
      initiator: 'both',
      class: 'armed_conflict',
      cameo: '190',
      goldstein: -10,
      actors: [],
      summary:
        'Armed conflict 13243 (interstate) with the two on opposite sides, 2022–2024 and after; war (1,000 battle deaths or more in a year)',
      sectors: ['security'],
      sources: [
        {
          document: 'UCDP/PRIO Armed Conflict Dataset data to 2024',
          note: 'ucdp_acd.csv.gz lines 633, 634, 635: conflict_id 13243, type_of_conflict interstate, years 2022–2024, intensity_level up to 2, start_date2 2022-02-24, ep_end_date NA',
        },
      ],
      provenance: 'reference',
      confidence: 1,
      reference: {
        dataset: 'ucdp_acd',
        title: 'UCDP/PRIO Armed Conflict Dataset',
        version: 'data to 2024',
        file: 'ucdp_acd.csv.gz',
        lines: [633, 634, 635],
        rows: 3,
      },
      end: '2024-12',
      rung: 'WAR',
    },
  ]);
});

test('a MID is a held state from its start month to start + longest duration, scaled by its fatality level', () => {
  assert.deepEqual(disputeFacts(['ARM', 'AZE'], ARM_AZE_MID), [
    {
      id: 'ref:mid:ARM-AZE:4319',
      date: '1996-12',
      precision: 'month',
      dyad: ['ARM', 'AZE'],
      initiator: 'both',
      class: 'mid_force',
      cameo: '190',
      goldstein: -10,
      actors: [],
      summary: 'Militarized interstate dispute 4319, 1996-12 to 1997-05: use of force; fatalities 26–100',
      sectors: ['security'],
      sources: [
        {
          document: 'COW Militarized Interstate Disputes 5.0',
          note: 'cow_mid_ddydisps.csv.gz lines 5026, 5027: dispnum 4319, years 1996–1997, hostlev 4, fatality 2, stmon 12, maxdur 151 days',
        },
      ],
      provenance: 'reference',
      confidence: 1,
      reference: {
        dataset: 'cow_mid',
        title: 'COW Militarized Interstate Disputes',
        version: '5.0',
        file: 'cow_mid_ddydisps.csv.gz',
        lines: [5026, 5027],
        rows: 2,
      },
      end: '1997-05',
      until: '1997-05',
      fatality: 2,
    },
  ]);
});

test('a rivalry running to the data set’s last year (2010) holds on', () => {
  assert.deepEqual(rivalryFacts(['ARM', 'AZE'], [ARM_AZE_RIVALRY]), [
    {
      id: 'ref:rivalry:ARM-AZE:180',
      date: '1991',
      precision: 'year',
      dyad: ['ARM', 'AZE'],
      initiator: 'both',
      class: 'rivalry',
      cameo: '110',
      goldstein: -2,
      actors: [],
      summary: 'Strategic rivalry Armenia-Azerbaijan (spatial), 1991–2010 and after',
      sectors: ['security'],
      sources: [
        {
          document: 'Thompson–Dreyer strategic rivalries 2012',
          note: 'td_rivalries.csv.gz line 181: rivalryno 180, Armenia-Azerbaijan, styear 1991, endyear 2010',
        },
      ],
      provenance: 'reference',
      confidence: 1,
      reference: {
        dataset: 'rivalries',
        title: 'Thompson–Dreyer strategic rivalries',
        version: '2012',
        file: 'td_rivalries.csv.gz',
        lines: [181],
        rows: 1,
      },
      end: '2010',
    },
  ]);
});

test('a multilateral ATOP pact is a rung only while the two exchange diplomats (AZE–UZB, CIS)', () => {
  assert.deepEqual(
    allianceFacts(
      ['AZE', 'UZB'],
      [atop(1993, 7, 49, 155385), atop(2005, 7, 52, 155397)],
      AZE_UZB_DE,
      LEVEL_PARAMS,
    ),
    [
      {
        id: 'ref:atop:AZE-UZB:1993',
        date: '1993',
        precision: 'year',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'alliance',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary:
          'Alliance obligations in force 1993: defence, non-aggression, consultation (multilateral), shared with up to 7 common partners; a multilateral pact between states that did not exchange diplomats: no rung',
        sectors: ['security'],
        sources: [
          {
            document: 'ATOP alliance obligations 5.1',
            note: 'atop_alliance.csv.gz line 155385: defense 1, offense 0, neutral 0, nonagg 1, consul 1; common partners 7 (defence), 49 (other)',
          },
        ],
        provenance: 'reference',
        confidence: 1,
        reference: {
          dataset: 'atop',
          title: 'ATOP alliance obligations',
          version: '5.1',
          file: 'atop_alliance.csv.gz',
          lines: [155385],
          rows: 1,
        },
        until: '1993-12',
      },
      {
        id: 'ref:atop:AZE-UZB:2005',
        date: '2005',
        precision: 'year',
        dyad: ['AZE', 'UZB'],
        initiator: 'both',
        class: 'alliance',
        cameo: '057',
        goldstein: 8,
        actors: [],
        summary:
          'Alliance obligations in force 2005: defence, non-aggression, consultation (multilateral), shared with up to 7 common partners',
        sectors: ['security'],
        sources: [
          {
            document: 'ATOP alliance obligations 5.1',
            note: 'atop_alliance.csv.gz line 155397: defense 1, offense 0, neutral 0, nonagg 1, consul 1; common partners 7 (defence), 52 (other)',
          },
        ],
        provenance: 'reference',
        confidence: 1,
        reference: {
          dataset: 'atop',
          title: 'ATOP alliance obligations',
          version: '5.1',
          file: 'atop_alliance.csv.gz',
          lines: [155397],
          rows: 1,
        },
        until: '2005-12',
        rung: 'DEFENCE_PACT_MULTILATERAL',
      },
    ],
  );
});

test('a bilateral pact is a defence pact; below the partner threshold the same rows are bilateral', () => {
  const facts = allianceFacts(['AZE', 'UZB'], [atop(2005, 1, 1, 155397)], [], LEVEL_PARAMS);
  assert.equal(facts.length, 1);
  assert.equal(facts[0]!.rung, 'DEFENCE_PACT');
  assert.equal(
    facts[0]!.summary,
    'Alliance obligations in force 2005: defence, non-aggression, consultation (bilateral)',
  );
  const pact = allianceFacts(['AZE', 'UZB'], [{ ...atop(2005, 0, 1, 155397), defense: 0 }], [], LEVEL_PARAMS);
  assert.equal(pact[0]!.rung, 'PACT');
});

test('loss of representation both ways after reciprocal representation is a severance (USA–CUB from 1965)', () => {
  assert.deepEqual(representationFacts(['CUB', 'USA'], CUB_USA_DE), [
    {
      id: 'ref:de:CUB-USA:1955',
      date: '1955',
      precision: 'year',
      dyad: ['CUB', 'USA'],
      initiator: 'both',
      class: 'diplomatic_representation',
      cameo: '054',
      goldstein: 6,
      actors: [],
      summary:
        'Diplomatic representation observed 1955–1960: USA represented in CUB by other, CUB in USA by other',
      sectors: [],
      sources: [
        {
          document: 'COW Diplomatic Exchange 2006.1',
          note: 'diplomatic_exchange.csv.gz lines 5985, 5986: year 1955: DR_at_1 9, DR_at_2 9, DE 1',
        },
      ],
      provenance: 'reference',
      confidence: 1,
      reference: {
        dataset: 'diplomatic_exchange',
        title: 'COW Diplomatic Exchange',
        version: '2006.1',
        file: 'diplomatic_exchange.csv.gz',
        lines: [5985, 5986],
        rows: 2,
      },
      end: '1960',
      until: '1964-12',
      rung: 'EMBASSIES_RECIPROCAL',
    },
    {
      id: 'ref:de:CUB-USA:1965',
      date: '1965',
      precision: 'year',
      dyad: ['CUB', 'USA'],
      initiator: 'both',
      class: 'diplomatic_representation',
      cameo: '054',
      goldstein: 6,
      actors: [],
      summary:
        'Diplomatic representation observed 1965–1970: no diplomatic representation either way, after representation both ways: relations broken',
      sectors: [],
      sources: [
        {
          document: 'COW Diplomatic Exchange 2006.1',
          note: 'diplomatic_exchange.csv.gz lines 5987, 5988: year 1965: DR_at_1 0, DR_at_2 0, DE 0',
        },
      ],
      provenance: 'reference',
      confidence: 1,
      reference: {
        dataset: 'diplomatic_exchange',
        title: 'COW Diplomatic Exchange',
        version: '2006.1',
        file: 'diplomatic_exchange.csv.gz',
        lines: [5987, 5988],
        rows: 2,
      },
      end: '1970',
      rung: 'SEVERED',
    },
  ]);
});

test('all of a pair’s facts, by date; facts that ended before 1946 are left out', () => {
  const rows = noRows();
  rows.wars = IRN_IRQ_WAR;
  rows.rivalries = [
    { rivalry: 1, name: 'old', a: 'IRN', b: 'IRQ', styear: 1900, endyear: 1930, types: '', line: 2 },
  ];
  rows.mids = ARM_AZE_MID.map((r) => ({ ...r, a: 'IRN', b: 'IRQ' }));
  assert.deepEqual(
    referenceFacts(['IRN', 'IRQ'], rows, LEVEL_PARAMS).map((e) => [e.id, e.date]),
    [
      ['ref:war:IRN-IRQ:199', '1980'],
      ['ref:mid:IRN-IRQ:4319', '1996-12'],
    ],
  );
});
