import type { Command } from 'commander';
import { fetchEvents, followEvents, planFetch } from '../../fetch/fetch-events.ts';
import type { FetchSummary } from '../../fetch/fetch-summary.ts';
import { HttpError } from '../../fetch/http-client.ts';
import { LakeBusyError } from '../../store/lake/lake-lock.ts';
import type { Context } from '../context.ts';
import { type FetchFlags, fetchFlags, fetchSettings } from '../fetch-options.ts';
import { fetchReporter, fetchSummaryText } from '../format/fetch-progress.ts';
import { UserError } from '../io.ts';
import { stopSignal } from '../stop-signal.ts';

type Flags = FetchFlags & { dryRun?: boolean; follow?: boolean };

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * `bilateral fetch gdelt|icews [options]`: downloads the files a source lists for a range of days,
 * verifies each against the list, and ingests it. Exit 1 when a file could not be had (the others
 * are ingested), with each failure and its reason in the summary.
 */
export function registerFetch(program: Command, ctx: Context, stop: () => Promise<void> = stopSignal): void {
  fetchFlags(
    program
      .command('fetch')
      .argument('<dataset>', 'gdelt (GDELT 2.0, or 1.0 with --gdelt-version 1) or icews (Harvard Dataverse)')
      .description('download, verify and ingest GDELT or ICEWS event files; --follow keeps the lake current'),
  )
    .option('--dry-run', 'list what would be fetched (files, size, estimated rows); download nothing')
    .option('--follow', 'after catching up, look for new files every --poll-interval until stopped')
    .action(async (dataset: string, flags: Flags) => {
      const settings = fetchSettings(dataset, flags, ctx.io.now);
      if (flags.follow && flags.to !== undefined)
        throw new UserError('--follow keeps fetching new files: drop --to');
      if (flags.follow && flags.dryRun) throw new UserError('--dry-run and --follow do not go together');
      const home = ctx.home().dir;
      const { source, range, countries } = settings;
      const lake = await ctx.lakeEngine();
      const options = lake
        ? { ...settings.options, ingest: { ...settings.options.ingest, lake } }
        : settings.options;
      try {
        if (flags.dryRun) {
          const plan = await planFetch(home, source, range, countries, lake);
          const [first, last] = [plan.files[0], plan.files.at(-1)];
          ctx.note(
            `${plan.files.length} files to fetch (${first ? `${first.file} … ${last?.file}` : 'none'}), ${mb(plan.bytes)}, about ${plan.estimatedRows.toLocaleString('en')} rows; ${plan.skipped} already in the lake`,
          );
          if (ctx.json) ctx.outJson(plan);
          return;
        }
        const reporter = fetchReporter((l) => ctx.note(l), ctx.io.stderrIsTTY, ctx.io.cwd);
        const run = { ...options, onProgress: reporter.onProgress, onEvent: reporter.onEvent };
        let summary: FetchSummary;
        try {
          if (flags.follow) {
            const stopping = new AbortController();
            void stop().then(() => stopping.abort());
            ctx.note(`following: new files every ${settings.pollMs / 1000} s until stopped (Ctrl-C)`);
            summary = await followEvents(home, source, range, {
              ...run,
              pollMs: settings.pollMs,
              signal: stopping.signal,
              onPollError: (err) =>
                ctx.note(`could not look for new files: ${err.message}; trying again later`),
            });
          } else summary = await fetchEvents(home, source, range, run);
        } finally {
          reporter.stop();
        }
        ctx.note(fetchSummaryText(summary));
        if (ctx.json) ctx.outJson(summary);
        if (summary.failed.length > 0) ctx.exitCode = 1;
      } catch (err) {
        // The list could not be had: nothing was fetched.
        if (err instanceof HttpError) throw new UserError(`could not read the file list: ${err.message}`);
        if (err instanceof LakeBusyError) throw new UserError(err.message);
        throw err;
      }
    });
}
