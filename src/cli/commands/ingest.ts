import type { Command } from 'commander';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { IngestInputError } from '../../ingest/ingest-input-error.ts';
import { ingestFiles } from '../../ingest/ingest-files.ts';
import type { FileSummary } from '../../ingest/ingest-summary.ts';
import type { Context } from '../context.ts';
import { UserError } from '../io.ts';
import { countriesOption } from '../resolve.ts';

/** `file: read 2111, stored 2111, quarantined 0, duplicates 0 (0.4 s)` */
export function summaryLine(f: FileSummary, cwd: string): string {
  const name = f.file.startsWith(`${cwd}/`) ? f.file.slice(cwd.length + 1) : f.file;
  if (f.alreadyIngested) return `${name}: already ingested (sha256 ${f.sha256.slice(0, 12)}…), nothing added`;
  const q = Object.entries(f.quarantined);
  const quarantined = q.reduce((s, [, n]) => s + n, 0);
  const reasons = q.length ? ` (${q.map(([r, n]) => `${r} ${n}`).join(', ')})` : '';
  const filtered = Object.values(f.filtered).reduce((s, n) => s + n, 0);
  return `${name}: read ${f.read}, stored ${f.stored}, quarantined ${quarantined}${reasons}, duplicates ${f.duplicates}${filtered ? `, filtered ${filtered} (countries)` : ''}`;
}

/** `bilateral ingest gdelt|icews FILE...`: event-data files into the lake, idempotently. */
export function registerIngest(program: Command, ctx: Context): void {
  program
    .command('ingest')
    .argument('<dataset>', 'gdelt (1.0 or 2.0 event exports: plain, .zip or .gz) or icews (event files)')
    .argument('<files...>', 'files to add')
    .option(
      '--countries <list>',
      'keep only rows between these countries (A,B,…); count the rest as filtered',
    )
    .description('add GDELT or ICEWS event files to the lake; malformed rows are counted and set aside')
    .action(async (dataset: string, files: string[], flags: { countries?: string }) => {
      if (dataset !== 'gdelt' && dataset !== 'icews')
        throw new UserError(`dataset must be gdelt or icews, got "${dataset}"`);
      const countries = countriesOption(flags.countries);
      const home = ctx.home();
      const lake = await ctx.lakeEngine();
      const paths = files.map((f) => resolve(ctx.io.cwd, f));
      // A bar on a terminal; a plain summary line per file otherwise (logs, pipes, CI).
      const bar = ctx.io.stderrIsTTY
        ? new cliProgress.SingleBar(
            {
              format: '{file} [{bar}] {percentage}% | {value}/{total} rows | {speed} rows/s | ETA {eta}s',
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      let current = '';
      const started = Date.now();
      let summary: Awaited<ReturnType<typeof ingestFiles>>;
      try {
        summary = await ingestFiles(home.dir, dataset, paths, {
          now: ctx.io.now,
          ...(countries ? { countries } : {}),
          ...(lake ? { lake } : {}),
          ...(bar
            ? {
                onProgress: (rows: number, total: number, file: string) => {
                  const speed = Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
                  if (file !== current) {
                    if (current) bar.stop();
                    current = file;
                    bar.start(Math.max(total, rows), rows, { file: file.split('/').at(-1), speed });
                  } else {
                    bar.setTotal(Math.max(total, rows));
                    bar.update(rows, { speed });
                  }
                },
              }
            : {}),
        });
      } catch (err) {
        if (err instanceof IngestInputError) throw new UserError(err.message);
        throw err;
      } finally {
        bar?.stop();
      }
      for (const f of summary.files) ctx.note(summaryLine(f, ctx.io.cwd));
      const rows = summary.files.reduce((s, f) => s + f.read, 0);
      ctx.note(
        `${summary.files.length} file${summary.files.length === 1 ? '' : 's'}, ${rows} rows in ${summary.seconds.toFixed(2)} s (${Math.round(rows / Math.max(summary.seconds, 0.001))} rows/s)`,
      );
      if (ctx.json) ctx.outJson(summary);
    });
}
