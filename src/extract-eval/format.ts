import type { CorpusResult } from './evaluate.ts';
import type { RootAccuracy } from './root-accuracy.ts';
import type { Score } from './score.ts';

const f3 = (x: number) => x.toFixed(3);

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

const HEADER = ['file', 'gold', 'extr', 'match', 'P', 'R', 'F1', 'class=', 'finer', 'coarser'];

/** name, gold, extracted, matched, P, R, F1: the cells every score table starts with. */
function prfCells(
  name: string,
  s: { gold: number; extracted: number; matched: number; precision: number; recall: number; f1: number },
): string[] {
  return [
    name,
    String(s.gold),
    String(s.extracted),
    String(s.matched),
    f3(s.precision),
    f3(s.recall),
    f3(s.f1),
  ];
}

function scoreCells(name: string, s: Score): string[] {
  return [...prfCells(name, s), String(s.sameClass), String(s.morePrecise), String(s.coarser)];
}

/**
 * The per-file table and the micro-averaged total. `class=`: matches with the exact class; `finer`:
 * matches whose date is more precise than the gold (invented parts); `coarser`: false positives that
 * are right but for a date less precise than the gold. With `details`, each file's misses and false
 * positives follow the table.
 */
export function formatCorpus(result: CorpusResult, details = false): string {
  // With texts in several languages, each language's total stands before the overall one.
  const languages = Object.entries(result.byLanguage ?? {});
  const totals =
    languages.length > 1
      ? languages.map(([language, score]) => scoreCells(`TOTAL ${language} (micro)`, score))
      : [];
  totals.push(scoreCells('TOTAL (micro)', result.total));
  const lines = [...result.files.map((f) => scoreCells(f.name, f.score)), ...totals];
  const widths = HEADER.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const out = [row(HEADER, widths), widths.map((w) => '-'.repeat(w)).join('  ')];
  lines.forEach((l, i) => {
    if (i === lines.length - totals.length) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
    out.push(row(l, widths));
  });
  for (const f of result.files) {
    if (f.error) out.push(`${f.name}: extractor failed: ${f.error}`);
  }
  if (result.records) out.push('', formatRecords(result));
  if (details) {
    for (const f of result.files) {
      if (f.misses.length + f.falsePositives.length + f.morePrecise.length === 0) continue;
      out.push('', `${f.name}:`);
      for (const m of f.misses)
        out.push(`  missed  ${m.date.padEnd(10)} ${m.dyad} ${m.class}  ${m.quote ?? ''}`.trimEnd());
      for (const m of f.falsePositives) {
        out.push(`  extra   ${m.date.padEnd(10)} ${m.dyad} ${m.class}  ${m.quote ?? ''}`.trimEnd());
      }
      for (const m of f.morePrecise) out.push(`  finer   ${m.extracted} for gold ${m.gold} (${m.class})`);
    }
  }
  return out.join('\n');
}

/**
 * Records per kind (agreements, milestones, statements), micro-averaged over the files whose gold
 * annotates them: gold, extracted, matched, precision, recall, F1.
 */
export function formatRecords(result: CorpusResult): string {
  const annotated = result.files.filter((f) => f.records).map((f) => f.name);
  const header = ['records', 'gold', 'extr', 'match', 'P', 'R', 'F1'];
  const lines = Object.entries(result.records ?? {}).map(([kind, s]) => prfCells(kind, s));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [
    `Records (${annotated.length} annotated files: ${annotated.join(', ')})`,
    row(header, widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.map((l) => row(l, widths)),
  ].join('\n');
}

/** Overall and per-root accuracy, then the most frequent confusions (expected → got). */
export function formatRootAccuracy(acc: RootAccuracy, topConfusions = 15): string {
  const out = [`CAMEO root-code accuracy: ${acc.correct}/${acc.total} = ${f3(acc.accuracy)}`];
  out.push(acc.perRoot.map((r) => `${r.root}: ${r.correct}/${r.total}`).join('  '));
  if (acc.confusion.length > 0) {
    out.push(
      'most frequent confusions (expected>got×n): ' +
        acc.confusion
          .slice(0, topConfusions)
          .map((c) => `${c.expected}>${c.got}×${c.count}`)
          .join('  '),
    );
  }
  return out.join('\n');
}
