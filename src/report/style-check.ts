/**
 * A style check of a generated Markdown report: what a person would not write. Field names
 * (snake_case, "key: value; key: value" dumps), internal ids, ISO dates in prose, doubled words and
 * sections with nothing in them. Addresses and file names are left alone.
 */

export type StyleProblem = { line: number; rule: string; text: string };

const RULES: { rule: string; pattern: RegExp }[] = [
  { rule: 'snake_case field name', pattern: /\b[a-z]+_[a-z0-9_]+\b/ },
  { rule: 'code of the ladder or a class', pattern: /\b[A-Z]{2,}_[A-Z_]+\b/ },
  { rule: 'key: value dump', pattern: /(?:^|; )[a-z][A-Za-z ]{1,30}: [^;]{1,60}; [a-z][A-Za-z ]{1,30}: / },
  {
    rule: 'internal id',
    pattern:
      /\b(?:event|agreement|mechanism|indicator|conflict|dossier):[a-z0-9-]+|\b[a-z]{1,4}\d{2,}-[a-z0-9]+(?:-[a-z0-9]+)+/,
  },
  { rule: 'ISO date in prose', pattern: /\b\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?\b/ },
  { rule: 'doubled word', pattern: /\b([A-Za-z]{2,})\s+\1\b/i },
  { rule: 'empty statement', pattern: /^(?:No .* recorded\.|Not measurable\.)$/ },
];

/** A line without what is not prose: addresses, file names, Markdown link targets. */
function prose(line: string): string {
  return line
    .replace(/<https?:[^>]*>/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\b[\w./-]+\.(?:csv|gz|json|ya?ml|parquet|txt)\b/g, '');
}

/** Every problem of a Markdown report, by line (1-based). */
export function styleProblems(markdown: string): StyleProblem[] {
  const lines = markdown.split('\n');
  const out: StyleProblem[] = [];
  lines.forEach((raw, i) => {
    const line = prose(raw);
    for (const { rule, pattern } of RULES) {
      const m = pattern.exec(line);
      if (m) out.push({ line: i + 1, rule, text: m[0] });
    }
  });
  // A heading followed by another heading of the same or a higher level, or by the end: an empty section.
  const headings = lines.flatMap((l, i) => {
    const m = /^(#{2,6}) /.exec(l);
    return m ? [{ i, level: m[1]!.length }] : [];
  });
  headings.forEach((h, k) => {
    const next = headings[k + 1];
    const end = next && next.level <= h.level ? next.i : next ? -1 : lines.length;
    if (end === -1) return;
    const body = lines.slice(h.i + 1, end).filter((l) => l.trim() !== '');
    if (body.length === 0) out.push({ line: h.i + 1, rule: 'empty section', text: lines[h.i]! });
  });
  return out;
}
