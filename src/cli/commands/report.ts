import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ChromiumMissingError, type ReportFormat, reportFor } from '../../report/index.ts';
import type { Context } from '../context.ts';
import { UserError } from '../io.ts';
import { monthOption, resolveDyad } from '../resolve.ts';

export type ReportCommandOptions = { format?: string; output?: string; asOf?: string };

const FORMATS: readonly ReportFormat[] = ['md', 'html', 'pdf'];

/** Parses `--format`. */
export function formatOption(value: string | undefined): ReportFormat {
  const f = (value ?? 'md').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(f))
    throw new UserError(`--format must be md, html or pdf, got "${value}"`);
  return f as ReportFormat;
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeAtomic(file: string, content: string | Buffer): void {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`-o ${file}: cannot write (${code ?? (err as Error).message})`);
  }
}

/** The current month of a date, `YYYY-MM` (UTC). */

/** `bilateral report A B`: the brief on a pair's level of relations, in Markdown, HTML or PDF. */
export function registerReport(program: Command, ctx: Context): void {
  program
    .command('report')
    .argument('<a>', 'first country (any name or code)')
    .argument('<b>', 'second country')
    .option('--format <format>', 'md (default), html or pdf')
    .option('-o, --output <file>', 'write to this file (needed for pdf)')
    .option('--as-of <YYYY-MM>', 'the last month the report covers (default: this month)')
    .description('the report "Level of bilateral relations between A and B", every fact cited')
    .action(async (a: string, b: string, opts: ReportCommandOptions) => {
      const dyad = resolveDyad(a, b);
      const format = formatOption(opts.format);
      const asOfText = monthOption('as-of', opts.asOf);
      // A bare year means the report as of its last month.
      const asOf = asOfText && asOfText.length === 4 ? `${asOfText}-12` : asOfText;
      if (format === 'pdf' && !opts.output)
        throw new UserError('--format pdf writes a binary file: give it one with -o FILE', [
          `e.g. bilateral report ${dyad[0]} ${dyad[1]} --format pdf -o report.pdf`,
        ]);
      const now = ctx.month();
      if (asOf && asOf > now) throw new UserError(`--as-of ${asOfText} is after this month (${now})`);
      const file = opts.output ? resolve(ctx.io.cwd, opts.output) : undefined;
      const { kb } = ctx.home();
      let out: string | Buffer;
      try {
        const lake = await ctx.lake();
        out = await reportFor(kb, dyad, {
          format,
          now,
          ...(asOf ? { asOf } : {}),
          ...(lake ? { lake } : {}),
          reference: await ctx.reference(),
          indicators: await ctx.referenceData(),
        });
      } catch (err) {
        if (err instanceof ChromiumMissingError)
          throw new UserError(`cannot make a PDF: ${err.message}`, [err.hint]);
        throw err;
      }
      if (!file) {
        if (ctx.json) ctx.outJson({ dyad, format, asOf: asOf ?? now, report: String(out) });
        else ctx.io.stdout(String(out));
        return;
      }
      writeAtomic(file, out);
      if (ctx.json) ctx.outJson({ dyad, format, file, bytes: Buffer.byteLength(out) });
      else ctx.note(`wrote ${file} (${format}, ${Buffer.byteLength(out)} bytes)`);
    });
}
