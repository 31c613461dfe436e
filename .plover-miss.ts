import { readFileSync } from 'node:fs';
import { extractEvents, codeSentence } from '/work/wt12/src/extract/index.ts';
import { parsePlover, parsePloverTable, ploverType } from '/work/wt12/src/extract-eval/plover.ts';
const rows = parsePlover(readFileSync('/work/wt12/test/plover/plover_gsr.jsonl','utf8'));
const table = parsePloverTable(readFileSync('/work/wt12/test/plover/cameo2plover.json','utf8'));
const only = process.argv[2];
for (const r of rows) {
  if (only && r.expected !== only) continue;
  const ev = extractEvents(r.text, { documentId: 'p' }).events;
  const ok = ev.some(e => ploverType(table, e.cameo) === r.expected && r.countries.every(c => e.dyad.includes(c) || e.actors.some(a => a.country === c)));
  if (ok) continue;
  const cs = codeSentence(r.text);
  console.log(`${r.expected} [${r.countries}] code=${cs?.cameo ?? '-'} ev=${ev.map(e => e.cameo + ':' + e.dyad.join('-')).join(',')} | ${r.text.slice(0, 220)}`);
}
