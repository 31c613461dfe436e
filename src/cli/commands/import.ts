import type { Command } from 'commander';
import { resolve } from 'node:path';
import { formatInputError } from '../../store/dossier-file.ts';
import { importDossiers } from '../../store/import-dossiers.ts';
import type { Context } from '../context.ts';
import { UserError } from '../io.ts';

/** `bilateral import FILE...`: load dossier files, all or nothing. */
export function registerImport(program: Command, ctx: Context): void {
  program
    .command('import')
    .argument('<files...>', 'dossier files (.yaml, .yml or .json)')
    .description('load dossier files into the knowledge base (atomic: one bad file stores nothing)')
    .action((files: string[]) => {
      const { kb } = ctx.home();
      const result = importDossiers(
        kb,
        files.map((f) => ({ file: resolve(ctx.io.cwd, f) })),
        ctx.io.now(),
      );
      if (!result.ok) {
        const shown = result.errors.map((e) =>
          formatInputError({ ...e, file: relativeTo(ctx.io.cwd, e.file) }),
        );
        throw new UserError(
          `import failed; nothing was stored (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'})`,
          shown,
        );
      }
      if (ctx.json)
        return ctx.outJson({
          files: result.files.map((f) => ({ ...f, file: relativeTo(ctx.io.cwd, f.file) })),
        });
      for (const f of result.files) {
        const parts = Object.entries(f.counts)
          .filter(([, c]) => c.added + c.updated + c.unchanged > 0)
          .map(([k, c]) => `${k} ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged`);
        ctx.out(`${relativeTo(ctx.io.cwd, f.file)} (dossier ${f.dossier}): ${parts.join('; ') || 'empty'}`);
      }
    });
}

function relativeTo(cwd: string, file: string): string {
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}
