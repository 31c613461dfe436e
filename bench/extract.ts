/**
 * Extraction throughput: sentences per second end to end on a corpus built from varied templates,
 * against a plain sentence split of the same corpus; and the time for 1 MB of adversarial input.
 * `npx tsx bench/extract.ts [--sentences N]`
 */
import { extractEvents } from '../src/extract/index.ts';

const arg = process.argv.indexOf('--sentences');
const N = arg > 0 ? Number(process.argv[arg + 1]) : 20_000;

const TEMPLATES = [
  'On {d} {m} {y}, President {a} paid a state visit to {c2}, where he held talks with President {b}.',
  'The foreign ministers of {c1} and {c2} signed a memorandum on cooperation in energy in {m} {y}.',
  'In {y} the Embassy of {c1} was opened in {c2}.',
  '{c1} accused {c2} of violating the ceasefire on {d} {m} {y}.',
  'Both sides exchanged views on regional security and trade.',
  'A few days ago, the intergovernmental commission held its meeting in {cap}.',
  'Armenian and Azerbaijani forces clashed on the border on {d}-{d2} {m} {y}, killing several soldiers.',
  'The leaders discussed the implementation of joint projects in transport and agriculture.',
];
const C = ['Azerbaijan', 'Uzbekistan', 'Kazakhstan', 'Georgia', 'Armenia', 'Turkey'];
const M = ['January', 'March', 'June', 'August', 'October', 'December'];
const P = ['Ilham Aliyev', 'Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'];

function corpus(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = TEMPLATES[i % TEMPLATES.length] as string;
    parts.push(
      t
        .replace('{d}', String((i % 27) + 1))
        .replace('{d2}', String((i % 27) + 2))
        .replace(/\{m\}/g, M[i % M.length] as string)
        .replace(/\{y\}/g, String(1995 + (i % 30)))
        .replace('{c1}', C[i % C.length] as string)
        .replace(/\{c2\}/g, C[(i + 1) % C.length] as string)
        .replace('{cap}', 'Baku')
        .replace('{a}', P[i % P.length] as string)
        .replace('{b}', P[(i + 1) % P.length] as string),
    );
    if (i % 5 === 4) parts.push('\n\n');
  }
  return parts.join(' ');
}

function adversarial(): string[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const MB = 1 << 20;
  const bytes = Array.from({ length: MB }, () => String.fromCharCode(rnd() % 0xffff)).join('');
  const mixed = 'Aliyev Алиев 14-15 October 2019 ولد 中国 Oʻzbekiston '.repeat(MB / 50);
  return [
    'a'.repeat(MB),
    '((((([[[[{{{{....,,,,;;;;!!!!????'.repeat(MB / 32),
    mixed.slice(0, MB),
    bytes,
    '1 2 3 4 5 6 7 8 9 0 - '.repeat(MB / 22),
    'Embassy of '.repeat(MB / 11),
  ];
}

const text = corpus(N);
let t0 = performance.now();
const split = text.split(/(?<=[.!?])\s+/).length;
const splitMs = performance.now() - t0;
t0 = performance.now();
const r = extractEvents(text, { documentId: 'bench' });
const ms = performance.now() - t0;
const perSec = (r.document.sentences / ms) * 1000;
console.log(`corpus: ${N} sentences (${(text.length / 1024).toFixed(0)} KB), ${r.events.length} events`);
console.log(`extract: ${ms.toFixed(0)} ms, ${perSec.toFixed(0)} sentences/s`);
console.log(
  `baseline plain split: ${splitMs.toFixed(1)} ms for ${split} sentences; extract/split ratio ${(ms / splitMs).toFixed(0)}x`,
);
for (const [i, input] of adversarial().entries()) {
  const a0 = performance.now();
  let ok = true;
  try {
    extractEvents(input);
  } catch (e) {
    ok = false;
    console.log(`adversarial #${i} threw: ${String(e)}`);
  }
  console.log(
    `adversarial #${i}: ${(input.length / 1048576).toFixed(2)} MB in ${(performance.now() - a0).toFixed(0)} ms${ok ? '' : ' (EXCEPTION)'}`,
  );
}
