import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Command } from 'commander';
import { registerReport } from '../cli/commands/report.ts';
import { Context, type GlobalOptions } from '../cli/context.ts';
import { UserError } from '../cli/io.ts';
import { memoryIO } from '../cli/memory-io.ts';

const HOME = mkdtempSync(join(tmpdir(), 'bilateral-report-cli-'));
const OUT = mkdtempSync(join(tmpdir(), 'bilateral-report-out-'));
after(() => {
  rmSync(HOME, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

/** Runs `report` alone (run.ts registers it with the other commands). */
async function report(...argv: string[]) {
  const m = memoryIO({ cwd: OUT, now: new Date('2026-11-27T12:00:00Z') });
  const program = new Command('bilateral').option('--home <dir>').option('--json').exitOverride();
  const ctx = new Context(m.io, () => program.opts<GlobalOptions>());
  registerReport(program, ctx);
  try {
    await program.parseAsync(['--home', HOME, 'report', ...argv], { from: 'user' });
    return { error: undefined, stdout: m.stdout(), stderr: m.stderr() };
  } catch (err) {
    if (err instanceof UserError) return { error: err, stdout: m.stdout(), stderr: m.stderr() };
    throw err;
  } finally {
    ctx.close();
  }
}

test('report A B prints Markdown by default', async () => {
  const r = await report('Uzbekistan', 'Azerbaijan', '--as-of', '2025-06');
  assert.equal(r.error, undefined);
  assert.ok(
    r.stdout.startsWith(
      '# Level of bilateral relations between Azerbaijan and Uzbekistan\n\n*As of June 2025',
    ),
  );
});

test('report --format html -o FILE writes the file whole and leaves no temporary file', async () => {
  const r = await report('AZE', 'UZB', '--format', 'html', '-o', 'brief.html');
  assert.equal(r.error, undefined);
  assert.match(r.stderr, /^wrote .*brief\.html \(html, \d+ bytes\)\n$/);
  assert.ok(readFileSync(join(OUT, 'brief.html'), 'utf8').startsWith('<!doctype html>'));
  assert.deepEqual(readdirSync(OUT), ['brief.html']);
});

test('bad input: unknown format, pdf without -o, a month after now, a folder that does not exist', async () => {
  assert.equal(
    (await report('AZE', 'UZB', '--format', 'docx')).error?.message,
    '--format must be md, html or pdf, got "docx"',
  );
  assert.equal(
    (await report('AZE', 'UZB', '--format', 'pdf')).error?.message,
    '--format pdf writes a binary file: give it one with -o FILE',
  );
  assert.equal(
    (await report('AZE', 'UZB', '--as-of', '2027-01')).error?.message,
    '--as-of 2027-01 is after this month (2026-11)',
  );
  assert.match(
    (await report('AZE', 'UZB', '-o', 'no/such/dir/x.md')).error?.message ?? '',
    /^-o .*x\.md: cannot write \(ENOENT\)$/,
  );
  assert.equal(existsSync(join(OUT, 'no')), false);
});
