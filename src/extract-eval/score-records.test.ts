import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseGoldFile } from './gold.ts';
import { scoreRecords } from './score-records.ts';

const GOLD = `source: test
dyad: [KAZ, UZB]
events:
  - { dyad: [KAZ, UZB], class: agreement, date: '2022-12-22', quote: signed }
agreements:
  - title: Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of Uzbekistan
    kind: treaty
    signed: '2022-12'
  - title: Agreement on the demarcation of the Kazakh-Uzbek state border
    kind: agreement
milestones:
  - rung: ALLIED_TREATY_SIGNED
    date: '2022-12-22'
  - label: supreme council established
    date: '2024'
statements:
  - speaker: Shavkat Mirziyoyev
    quote: Allied relations are the highest and most trust-based level of interstate partnership
`;

test('gold records parse; a record matches on its title and kind (agreements), rung or label and date (milestones), words and speaker (statements)', () => {
  const { gold, problems } = parseGoldFile(GOLD, 'g');
  assert.deepEqual(problems, []);
  const s = scoreRecords(gold!.records!, {
    agreements: [
      // The parties after "with"/"between" are not part of the name; the date agrees at the gold's precision.
      {
        title: 'the Treaty on Allied Relations with Uzbekistan',
        kind: 'treaty',
        signed: { date: '2022-12-22' },
      },
      { title: 'Agreement on the demarcation of the Kazakh-Uzbek state border', kind: 'treaty' },
      { title: 'Declaration on Allied Relations', kind: 'declaration' },
    ],
    milestones: [
      { rung: 'ALLIED_TREATY_SIGNED', label: 'allied treaty signed', date: '2022-12-22' },
      { label: 'supreme council established', date: '2023-08' },
    ],
    statements: [
      {
        quote: 'Allied relations are the highest and most trust-based   level of interstate partnership',
        speaker: { name: 'Shavkat Mirziyoyev' },
        date: null,
      },
    ],
  });
  assert.deepEqual(
    Object.fromEntries(Object.entries(s).map(([k, v]) => [k, [v.gold, v.extracted, v.matched]])),
    { agreements: [2, 3, 1], milestones: [2, 2, 1], statements: [1, 1, 1] },
  );
  assert.equal(s.agreements.precision, 1 / 3);
  assert.equal(s.agreements.recall, 1 / 2);
});

test('a bad record names its line and field; a file without records is not scored for them', () => {
  const bad = GOLD.replace('kind: treaty', 'kind: pact').replace(
    'rung: ALLIED_TREATY_SIGNED',
    'rung: ALLIANCE',
  );
  assert.deepEqual(parseGoldFile(bad, 'g').problems, [
    'g.gold.yaml:6: agreement field "kind" must be one of treaty, agreement, protocol, memorandum, action_plan, declaration',
    'g.gold.yaml:12: milestone field "rung" is not a rung',
  ]);
  const plain = GOLD.slice(0, GOLD.indexOf('agreements:'));
  assert.equal(parseGoldFile(plain, 'g').gold?.records, undefined);
  const onlyStatements = `${plain}statements: []\n`;
  assert.deepEqual(parseGoldFile(onlyStatements, 'g').gold?.records, {
    agreements: [],
    milestones: [],
    statements: [],
  });
});
