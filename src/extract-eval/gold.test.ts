import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseGoldFile } from './gold.ts';

const GOOD = `# comment
source: composed in the style of a read-out
title: A call
dyad: [AZE, UZB]
referenceDate: '2022-07-24'
events:
  - dyad: [AZE, UZB]
    class: phone_call
    date: '2022-07-24'
    initiator: AZE
    cameo: '041'
    quote: made a phone call today
  - dyad: [AZE, UZB]
    class: mou
    date: 2023
    end: '2024'
    initiator: both
    count: 15
    setting: OTS
`;

test('a valid gold file parses with every field', () => {
  assert.deepEqual(parseGoldFile(GOOD, 'call'), {
    gold: {
      name: 'call',
      source: 'composed in the style of a read-out',
      title: 'A call',
      dyad: ['AZE', 'UZB'],
      referenceDate: '2022-07-24',
      events: [
        {
          dyad: ['AZE', 'UZB'],
          class: 'phone_call',
          date: '2022-07-24',
          initiator: 'AZE',
          cameo: '041',
          quote: 'made a phone call today',
          line: 7,
        },
        {
          dyad: ['AZE', 'UZB'],
          class: 'mou',
          date: '2023',
          end: '2024',
          initiator: 'both',
          count: 15,
          setting: 'OTS',
          line: 13,
        },
      ],
    },
    problems: [],
  });
});

test('bad events are reported with file, line and field, and no gold is returned', () => {
  const bad = `source: x
events:
  - dyad: [UZB, AZE]
    class: visit
    date: '2023-02-30'
  - dyad: [AZE, UZB]
    class: junket
    date: '2023-08'
    initiator: TUR
    count: 0
    cameo: 57
    colour: red
  - dyad: [AZE, UZB]
    class: visit
    date: '2023-08'
    end: '2023-07'
`;
  assert.deepEqual(parseGoldFile(bad, 'bad'), {
    problems: [
      'bad.gold.yaml:3: event 1 field "dyad" must be sorted and distinct: [AZE, UZB]',
      'bad.gold.yaml:3: event 1 field "date": day 30 does not exist in 2023-02',
      'bad.gold.yaml:6: event 2: unknown field "colour"',
      'bad.gold.yaml:6: event 2 field "class": "junket" is not a known event class',
      'bad.gold.yaml:6: event 2 field "initiator": "TUR" is not a side of the dyad',
      'bad.gold.yaml:6: event 2 field "count" must be a positive whole number',
      'bad.gold.yaml:6: event 2 field "cameo" must be a quoted CAMEO code such as \'057\'',
      'bad.gold.yaml:13: event 3 field "end": 2023-07 is before 2023-08',
    ],
  });
});

test('file-level problems: missing source, events not a list, event off the file dyad, YAML syntax', () => {
  assert.deepEqual(parseGoldFile('events: 3\n', 'f'), {
    problems: [
      'f.gold.yaml:1: field "source" must say where the text comes from',
      'f.gold.yaml:1: field "events" must be a list',
    ],
  });
  const offDyad =
    "source: s\ndyad: [AZE, UZB]\nevents:\n  - { dyad: [AZE, TUR], class: visit, date: '2020' }\n";
  assert.deepEqual(parseGoldFile(offDyad, 'f'), {
    problems: ['f.gold.yaml:4: event 1 field "dyad" is not the file\'s dyad AZE-UZB'],
  });
  const syntax = parseGoldFile('source: [unclosed\n', 'f');
  assert.equal(syntax.gold, undefined);
  assert.equal(syntax.problems.length > 0, true);
  assert.match(syntax.problems[0]!, /^f\.gold\.yaml:\d+: /);
  assert.deepEqual(parseGoldFile('- 1\n', 'f'), {
    problems: ['f.gold.yaml:1: the file must be a mapping with source and events'],
  });
});
