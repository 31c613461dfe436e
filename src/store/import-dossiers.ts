/**
 * Imports dossier files into the knowledge base: every file is validated before anything is written,
 * and the batch is stored in one transaction, so one bad file stores nothing. Importing the same
 * content again adds nothing.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import type { DossierRecords } from '../core/dossier-records.ts';
import { checkDossierText, type InputError, readDossierFile, readDossierText } from './dossier-file.ts';
import type { KnowledgeBase, SaveCounts } from './kb/knowledge-base.ts';

export type ImportedFile = {
  file: string;
  sha256: string;
  dossier: string;
  counts: Record<string, SaveCounts>;
};
export type ImportResult = { ok: true; files: ImportedFile[] } | { ok: false; errors: InputError[] };

/** Document ids a file declares, read leniently (the full validation comes after). */
function declaredDocuments(text: string): string[] {
  try {
    const data = parse(text) as { documents?: { id?: unknown }[] } | null;
    return (data?.documents ?? []).map((d) => d?.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

/** Validates then stores a batch of dossier files; `now` stamps the import record. */
export function importDossiers(
  kb: KnowledgeBase,
  inputs: readonly { file: string; text?: string }[],
  now: Date,
): ImportResult {
  const errors: InputError[] = [];
  const texts: { file: string; text: string }[] = [];
  for (const { file, text } of inputs) {
    const read = text === undefined ? readDossierText(file) : checkDossierText(file, text);
    if (read.ok) texts.push({ file, text: read.text });
    else errors.push(read.error);
  }
  const known = kb.documentIds();
  for (const t of texts) for (const id of declaredDocuments(t.text)) known.add(id);

  const loaded: { file: string; sha256: string; records: DossierRecords }[] = [];
  const owner = new Map<string, string>();
  for (const { file, text } of texts) {
    const result = readDossierFile(file, text, known);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const r = result.records;
    for (const [kind, list] of [
      ['event', r.events],
      ['agreement', r.agreements],
      ['mechanism', r.mechanisms],
      ['indicator', r.indicators],
      ['conflict', r.conflicts],
    ] as const) {
      list.forEach((fact, i) => {
        const key = `${kind}:${fact.id}`;
        const first = owner.get(key);
        if (first !== undefined && first !== file)
          errors.push({
            file,
            line: 0,
            column: 0,
            field: `${kind}s[${i}].id`,
            message: `id "${fact.id}" is also defined in ${first}`,
          });
        owner.set(key, file);
      });
    }
    loaded.push({ file, sha256: createHash('sha256').update(text).digest('hex'), records: r });
  }
  if (errors.length > 0) return { ok: false, errors };

  const files = kb.transaction(() =>
    loaded.map(({ file, sha256, records }) => {
      const counts = kb.saveDossier(records, `dossier:${records.id}`);
      kb.recordImport(sha256, `dossier:${records.id}`, file, now.toISOString());
      return { file, sha256, dossier: records.id, counts };
    }),
  );
  return { ok: true, files };
}
