import { csvRecords } from '../core/csv.ts';

/** A CAMEO codebook row that has an example sentence. */
export type CodebookExample = { code: string; root: string; name: string; example: string };

/**
 * The example sentences of the CAMEO codebook CSV (the `icews` package's table: columns `code`, `name`,
 * `example`, `root_code`), one per row that has an example; rows whose example is `NA` are skipped.
 */
export function codebookExamples(csvText: string): CodebookExample[] {
  const out: CodebookExample[] = [];
  for (const r of csvRecords(csvText)) {
    const example = r['example']?.trim();
    const code = r['code']?.trim();
    const root = r['root_code']?.trim();
    if (!example || !code || !root) continue;
    out.push({ code, root: normalizeRoot(root), name: r['name']?.trim() ?? '', example });
  }
  return out;
}

/**
 * A root code as two digits: "1" and "01" give "01"; a code of three or four digits ("010", "0871") is
 * cut to its root. Text that is not digits is returned trimmed, so it shows as itself in a confusion table.
 */
export function normalizeRoot(code: string): string {
  const digits = code.trim();
  if (!/^\d{1,4}$/.test(digits)) return digits;
  if (digits.length === 1) return `0${digits}`;
  return digits.slice(0, 2);
}
