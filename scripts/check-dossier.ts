/**
 * Checks a dossier file beyond its schema: `npx tsx scripts/check-dossier.ts FILE...`.
 * Runs `DossierSchema` and then the cross-references the schema cannot see (unique ids, sources that
 * name known documents, links between events, agreements, mechanisms and conflicts). Prints each
 * problem with its path and line; exits 1 when there is any.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { type Dossier, DossierSchema } from '../src/core/dossier-schema.ts';
import { compareDates } from '../src/core/partial-date.ts';

/** Sectors a dossier may use (the brief's list). */
const SECTORS = new Set([
  'energy',
  'transport',
  'agriculture',
  'industry',
  'trade and investment',
  'culture',
  'education',
  'youth and sports',
  'media',
  'tourism',
  'security',
  'environment and disasters',
  'health',
  'digital',
]);

type Problem = { path: (string | number)[]; message: string };

/** Problems of cross-reference and consistency in a dossier that already passed the schema. */
function crossCheck(d: Dossier): Problem[] {
  const out: Problem[] = [];
  const docs = new Set(d.documents.map((x) => x.id));
  const ids = new Map<string, string>();
  const kinds = { event: new Set<string>(), agreement: new Set<string>(), mechanism: new Set<string>() };
  const indicatorIds = new Set<string>();
  const register = (id: string, path: (string | number)[]) => {
    const where = path.join('.');
    const seen = ids.get(id);
    if (seen) out.push({ path: [...path, 'id'], message: `id "${id}" is also used at ${seen}` });
    else ids.set(id, where);
  };
  d.events.forEach((e, i) => {
    register(e.id, ['events', i]);
    kinds.event.add(e.id);
  });
  d.agreements.forEach((a, i) => {
    register(a.id, ['agreements', i]);
    kinds.agreement.add(a.id);
  });
  d.mechanisms.forEach((m, i) => {
    register(m.id, ['mechanisms', i]);
    kinds.mechanism.add(m.id);
  });
  d.indicators.forEach((x, i) => {
    register(x.id, ['indicators', i]);
    indicatorIds.add(x.id);
  });
  d.conflicts.forEach((c, i) => {
    register(c.id, ['conflicts', i]);
  });

  const checkSources = (sources: { document?: string | undefined }[], path: (string | number)[]) => {
    sources.forEach((s, j) => {
      if (s.document !== undefined && !docs.has(s.document)) {
        out.push({ path: [...path, 'sources', j, 'document'], message: `unknown document "${s.document}"` });
      }
    });
  };
  const ref = (set: Set<string>, id: string | undefined, path: (string | number)[], what: string) => {
    if (id !== undefined && !set.has(id)) out.push({ path, message: `no ${what} with id "${id}"` });
  };
  const range = (date: string, end: string | undefined, path: (string | number)[]) => {
    if (end !== undefined && compareDates(end, date) < 0) {
      out.push({ path: [...path, 'end'], message: `end ${end} is before ${date}` });
    }
  };
  const sectors = (list: string[], path: (string | number)[]) => {
    list.forEach((s, j) => {
      if (!SECTORS.has(s))
        out.push({ path: [...path, 'sectors', j], message: `sector "${s}" is not in the list` });
    });
  };

  d.events.forEach((e, i) => {
    const p = ['events', i];
    checkSources(e.sources, p);
    range(e.date, e.end, p);
    sectors(e.sectors, p);
    if (e.initiator !== null && e.initiator !== 'both' && !d.dyad.includes(e.initiator)) {
      out.push({ path: [...p, 'initiator'], message: `initiator ${e.initiator} is not in the dyad` });
    }
  });
  d.agreements.forEach((a, i) => {
    const p = ['agreements', i];
    checkSources(a.sources, p);
    sectors(a.sectors, p);
    ref(kinds.event, a.event, [...p, 'event'], 'event');
    if (a.signed) range(a.signed.date, a.signed.end, [...p, 'signed']);
    a.status.forEach((s, j) => {
      checkSources(s.sources, [...p, 'status', j]);
    });
  });
  d.mechanisms.forEach((m, i) => {
    const p = ['mechanisms', i];
    checkSources(m.sources, p);
    ref(kinds.agreement, m.established?.by, [...p, 'established', 'by'], 'agreement');
    m.meetings.forEach((x, j) => {
      checkSources(x.sources, [...p, 'meetings', j]);
      ref(kinds.event, x.event, [...p, 'meetings', j, 'event'], 'event');
      range(x.date, x.end, [...p, 'meetings', j]);
    });
  });
  d.indicators.forEach((x, i) => {
    checkSources(x.sources, ['indicators', i]);
  });
  d.conflicts.forEach((c, i) => {
    const p = ['conflicts', i];
    const [kind, ...rest] = c.subject.split(':');
    const id = rest.join(':');
    const set = kind === 'indicator' ? indicatorIds : kinds[kind as keyof typeof kinds];
    if (!set?.has(id)) out.push({ path: [...p, 'subject'], message: `no ${kind} with id "${id}"` });
    c.claims.forEach((cl, j) => {
      checkSources(cl.sources, [...p, 'claims', j]);
    });
  });
  return out;
}

function checkFile(file: string): number {
  const text = readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) console.error(`${file}: ${e.message}`);
    return doc.errors.length;
  }
  const where = (path: (string | number)[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return `:${lines.linePos(node.range[0]).line}`;
    }
    return '';
  };
  const parsed = DossierSchema.safeParse(doc.toJS());
  const problems: Problem[] = parsed.success
    ? crossCheck(parsed.data)
    : parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
  for (const p of problems) console.error(`${file}${where(p.path)} ${p.path.join('.')}: ${p.message}`);
  if (parsed.success && problems.length === 0) {
    const d = parsed.data;
    console.log(
      `${file}: ok — ${d.events.length} events, ${d.agreements.length} agreements, ${d.mechanisms.length} mechanisms, ` +
        `${d.indicators.length} indicators, ${d.conflicts.length} conflicts`,
    );
  }
  return problems.length;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/check-dossier.ts FILE...');
  process.exit(1);
}
let total = 0;
for (const f of files) total += checkFile(f);
process.exit(total > 0 ? 1 : 0);
