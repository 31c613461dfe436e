import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../index.ts';

// A PLOVER gold-standard news lead (test/fixtures/news/plover-serbia.txt), and the lead of
// "Saudi severs ties with Iran after embassy attacked", infobalkans.com, 4 January 2016
// (https://www.infobalkans.com/2016/01/04/saudi-severs-ties-iran-after-embassy-attacked).
const AIR_LINKS =
  'Italy announced a suspension of air links with Serbia on Wednesday, one day after a Serbian army jet shot down a helicopter carrying EC truce monitors.';
const SEVERED =
  'Saudi Arabia broke off diplomatic ties with Iran on Jan. 3 after protesters ransacked its embassy in Tehran to protest at the execution of a Shiite cleric whose killing has sparked fury.';

test('a suspension of links is a material measure; only relations said to be broken are severed', () => {
  const links = extractEvents(AIR_LINKS, { referenceDate: '1992-01-10' });
  assert.deepEqual(
    links.events.map((e) => [e.date, e.dyad, e.class, e.cameo, e.initiator]),
    [['1992-01-08', ['ITA', 'SRB'], 'sanction', '160', 'ITA']],
  );
  assert.deepEqual(links.records.milestones, []);

  const severed = extractEvents(SEVERED, { referenceDate: '2016-01-04' });
  assert.deepEqual(
    severed.events.map((e) => [e.date, e.dyad, e.class, e.initiator]),
    [['2016-01-03', ['IRN', 'SAU'], 'relations_severed', 'SAU']],
  );
  assert.deepEqual(
    severed.records.milestones.map((m) => [m.date, m.rung, m.label]),
    [['2016-01-03', 'SEVERED', 'relations severed']],
  );
});
