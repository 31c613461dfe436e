/**
 * A home holds one user's knowledge base and event lake. It is created on first use and loaded with
 * the built-in dossiers; when the package ships changed dossiers, they are imported again (imports
 * are idempotent, so nothing the user added is lost).
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatInputError } from './dossier-file.ts';
import { importDossiers } from './import-dossiers.ts';
import { KnowledgeBase } from './kb/knowledge-base.ts';
import { DOSSIER_DIR } from './paths.ts';

export type Home = { dir: string; kb: KnowledgeBase; lakeDir: string; close(): void };

/** The home folder: `--home`, else `BILATERAL_HOME`, else `~/.bilateral`. */
export function resolveHomeDir(
  option: string | undefined,
  env: Record<string, string | undefined>,
  cwd: string,
): string {
  const dir = option ?? env['BILATERAL_HOME'];
  return dir ? resolve(cwd, dir) : join(homedir(), '.bilateral');
}

/** The built-in dossier files, sorted. */
export function builtinDossierFiles(): string[] {
  return readdirSync(DOSSIER_DIR)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(DOSSIER_DIR, f));
}

/** Thrown when the package's own data is broken: an internal failure, not the user's input. */
export class BuiltinDataError extends Error {}

/** Opens a home, creating it and loading (or refreshing) the built-in dossiers when needed. */
export function openHome(dir: string, now: Date): Home {
  // The home holds the write token and the knowledge base: its owner's alone (0700). A folder that
  // already exists is tightened only when it is a home (it has a knowledge base), never a user's
  // folder named by mistake.
  const fresh = !existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (fresh || existsSync(join(dir, 'kb.sqlite'))) chmodSync(dir, 0o700);
  const kb = KnowledgeBase.open(join(dir, 'kb.sqlite'));
  try {
    const files = builtinDossierFiles();
    const hash = createHash('sha256');
    for (const f of files) hash.update(f.slice(DOSSIER_DIR.length)).update(readFileSync(f));
    const digest = hash.digest('hex');
    if (kb.meta('builtin_dossiers') !== digest) {
      const result = importDossiers(
        kb,
        files.map((file) => ({ file })),
        now,
      );
      if (!result.ok)
        throw new BuiltinDataError(
          `built-in dossier is invalid:\n${result.errors.map(formatInputError).join('\n')}`,
        );
      kb.setMeta('builtin_dossiers', digest);
    }
  } catch (err) {
    kb.close();
    throw err;
  }
  return { dir, kb, lakeDir: join(dir, 'lake'), close: () => kb.close() };
}
