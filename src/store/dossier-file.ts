/**
 * Reads a dossier file (YAML or JSON), validates it, and reports every problem with the file, line,
 * column and field it is at.
 */
import { readFileSync, statSync } from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { type DossierRecords, dossierRecords } from '../core/dossier-records.ts';
import { DossierSchema } from '../core/dossier-schema.ts';

/** The largest dossier file read (bytes). */
export const MAX_DOSSIER_BYTES = 20 * 1024 * 1024;

/** How many alias expansions a YAML dossier may make. */
export const MAX_ALIAS_COUNT = 100;

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

type TextResult = { ok: true; text: string } | { ok: false; error: InputError };

const refusal = (file: string, message: string): TextResult => ({
  ok: false,
  error: { file, line: 0, column: 0, field: '', message },
});

const TOO_LARGE = `larger than ${MAX_DOSSIER_BYTES / 1024 / 1024} MB; a dossier is text a person wrote`;

/** A dossier's text, refused when it is larger than {@link MAX_DOSSIER_BYTES}. */
export function checkDossierText(file: string, text: string): TextResult {
  return text.length > MAX_DOSSIER_BYTES ? refusal(file, TOO_LARGE) : { ok: true, text };
}

/** Reads a dossier file, bounded before it is read: no folder, nothing over {@link MAX_DOSSIER_BYTES}. */
export function readDossierText(file: string): TextResult {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return refusal(file, 'is a folder, not a file');
    if (st.size > MAX_DOSSIER_BYTES) return refusal(file, TOO_LARGE);
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return refusal(file, code === 'ENOENT' ? 'no such file' : (err as Error).message);
  }
}

/**
 * Parses and validates one dossier. `text` may be given to avoid reading the file; `knownDocuments`
 * are document ids already stored that sources may cite.
 */
export function readDossierFile(
  file: string,
  text?: string,
  knownDocuments: ReadonlySet<string> = new Set(),
): DossierFileResult {
  const read = text === undefined ? readDossierText(file) : checkDossierText(file, text);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const content = read.text;
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
  let data: unknown;
  try {
    // YAML aliases are references: a few can stand for billions of nodes. Bounded, and reported as bad input.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          field: '',
          message: `invalid YAML: ${(err as Error).message.replace(/\s+/g, ' ')} (at most ${MAX_ALIAS_COUNT} alias expansions)`,
        },
      ],
    };
  }
  const parsed = DossierSchema.safeParse(data, {
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
