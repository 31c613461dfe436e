/**
 * Reads a dossier file (YAML or JSON), validates it, and reports every problem with the file, line,
 * column and field it is at.
 */
import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { type DossierRecords, dossierRecords } from '../core/dossier-records.ts';
import { DossierSchema } from '../core/dossier-schema.ts';

/** One problem in an input file, located. */
export type InputError = { file: string; line: number; column: number; field: string; message: string };

/** `file:line:column: field: message`, the form editors and terminals link. */
export function formatInputError(e: InputError): string {
  const where = `${e.file}:${e.line}:${e.column}`;
  return e.field ? `${where}: ${e.field}: ${e.message}` : `${where}: ${e.message}`;
}

/** `events[3].sources[0].quote` */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

export type DossierFileResult =
  | { ok: true; records: DossierRecords; text: string }
  | { ok: false; errors: InputError[] };

/**
 * Parses and validates one dossier. `text` may be given to avoid reading the file; `knownDocuments`
 * are document ids already stored that sources may cite.
 */
export function readDossierFile(
  file: string,
  text?: string,
  knownDocuments: ReadonlySet<string> = new Set(),
): DossierFileResult {
  let content: string;
  try {
    content = text ?? readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    return { ok: false, errors: [{ file, line: 0, column: 0, field: '', message: reason }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        file,
        ...at(e.pos[0]),
        field: '',
        message: `invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  /** The line of the deepest node that exists along a path (a missing field points at its parent). */
  const locate = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
  const parsed = DossierSchema.safeParse(doc.toJS(), {
    error: (issue) => {
      if (issue.code !== 'invalid_type' || issue.input !== undefined) return undefined;
      const last = issue.path?.at(-1);
      return last === 'sources'
        ? 'missing: every fact needs at least one source'
        : `missing: a ${issue.expected} is required`;
    },
  });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        // An unknown key is located at the key itself, so the line shown is the misspelt one.
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        const message =
          issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys.join('", "')}"` : issue.message;
        return { file, ...locate(path), field: fieldPath(path), message };
      }),
    };
  }
  const { records, problems } = dossierRecords(parsed.data, knownDocuments);
  if (problems.length > 0) {
    return {
      ok: false,
      errors: problems.map((p) => ({
        file,
        ...locate(p.path),
        field: fieldPath(p.path),
        message: p.message,
      })),
    };
  }
  return { ok: true, records, text: content };
}
