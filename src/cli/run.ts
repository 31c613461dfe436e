/**
 * The CLI as a pure function: argv and an io in, an exit code out. It never exits the process.
 * Exit 0 on success, 1 on bad input (with a message naming the file, line or field), 2 on
 * internal failure.
 */
import { Command, CommanderError } from 'commander';
import { registerAgreements } from './commands/agreements.ts';
import { registerCountries } from './commands/countries.ts';
import { registerExtract } from './commands/extract.ts';
import { registerFetch } from './commands/fetch.ts';
import { registerImport } from './commands/import.ts';
import { registerIndicators } from './commands/indicators.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerLake } from './commands/lake.ts';
import { registerLevel } from './commands/level.ts';
import { registerPartners } from './commands/partners.ts';
import { registerReference } from './commands/reference.ts';
import { registerReport } from './commands/report.ts';
import { registerServe } from './commands/serve.ts';
import { registerTimeline } from './commands/timeline.ts';
import { ClickHouseLakeError } from '../store/lake/clickhouse/clickhouse-lake-error.ts';
import { Context, type GlobalOptions } from './context.ts';
import { type IO, UserError } from './io.ts';

/** Runs one command line; `argv` excludes the node and script paths. */
export async function run(argv: readonly string[], io: IO): Promise<number> {
  const program = new Command('bilateral');
  const ctx = new Context(io, () => program.opts<GlobalOptions>());
  program
    .description('Measure and explain the level of relations between two countries, with every fact cited.')
    .option(
      '--home <dir>',
      'home folder holding the knowledge base and the lake (env BILATERAL_HOME; default ~/.bilateral)',
    )
    .option('--json', 'print machine-readable JSON on stdout')
    .option(
      '--lake <url>',
      'keep the event lake in ClickHouse: clickhouse://USER@HOST:8123/DATABASE (env BILATERAL_LAKE; default: the home)',
    )
    .option('--debug', 'on an internal error, print its stack trace too')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of [
    registerCountries,
    registerImport,
    registerExtract,
    registerIngest,
    registerFetch,
    registerTimeline,
    registerAgreements,
    registerLevel,
    registerPartners,
    registerIndicators,
    registerReference,
    registerReport,
    registerServe,
    registerLake,
  ])
    register(program, ctx);
  program.commands.forEach((c) => {
    c.exitOverride();
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (caught) {
    // A lake that is not set up or not reachable is the user's to fix, as bad input is.
    const err = caught instanceof ClickHouseLakeError ? new UserError(caught.message) : caught;
    if (err instanceof CommanderError) {
      // Help and version print and succeed; every other parse error is the user's input.
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.help'
        ? 0
        : 1;
    }
    if (err instanceof UserError) {
      io.stderr(`error: ${err.message}\n${err.details.map((d) => `  ${d}\n`).join('')}`);
      if (program.opts<GlobalOptions>().json)
        io.stdout(`${JSON.stringify({ error: { message: err.message, details: err.details } })}\n`);
      return 1;
    }
    // A stack trace is for the developer who asks for it; everyone else gets one line.
    const debug = program.opts<GlobalOptions>().debug === true;
    const text = err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err);
    io.stderr(`internal error: ${text}${debug ? '' : ' (--debug shows the stack trace)'}\n`);
    return 2;
  } finally {
    ctx.close();
  }
}
