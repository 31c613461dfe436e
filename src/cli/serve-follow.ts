/**
 * `serve --follow`: the server keeps the lake current as `fetch --follow` does, and answers from
 * each new file as soon as it is committed (the lake reader reloaded, the response cache cleared).
 */

import { followEvents } from '../fetch/fetch-events.ts';
import type { LiveLake } from '../store/lake/live-lake.ts';
import type { Context } from './context.ts';
import { type FetchFlags, fetchSettings } from './fetch-options.ts';
import { fetchReporter } from './format/fetch-progress.ts';
import { UserError } from './io.ts';

/** A follower running beside the server, stopped by `stop()`. */
export type ServeFollower = { lake: LiveLake; stop(): Promise<void> };

/**
 * Starts following `dataset` (`--follow` alone: GDELT) into the lake of the context's home; the
 * returned lake is the one to serve, reloaded whenever a round stored rows.
 */
export async function startFollowing(
  ctx: Context,
  dataset: string | true,
  flags: FetchFlags,
): Promise<ServeFollower> {
  if (flags.to !== undefined) throw new UserError('--follow keeps fetching new files: drop --to');
  const settings = fetchSettings(dataset === true ? 'gdelt' : dataset, flags, ctx.io.now);
  const home = ctx.home().dir;
  const lake = await ctx.liveLake();
  const engine = await ctx.lakeEngine();
  const stopping = new AbortController();
  // The server's log is a file or a journal, not a terminal: a line per file.
  const reporter = fetchReporter((l) => ctx.note(l), false, ctx.io.cwd);
  const following = followEvents(home, settings.source, settings.range, {
    ...settings.options,
    ...(engine ? { ingest: { ...settings.options.ingest, lake: engine } } : {}),
    onProgress: reporter.onProgress,
    onEvent: reporter.onEvent,
    pollMs: settings.pollMs,
    signal: stopping.signal,
    onPollError: (err) => ctx.note(`could not look for new files: ${err.message}; trying again later`),
    onRound: (round) => {
      if (round.files.some((f) => f.stored > 0)) void lake.reload();
    },
  }).catch((err: unknown) => {
    // The server goes on answering from the lake it has.
    ctx.note(`following stopped: ${err instanceof Error ? err.message : String(err)}`);
  });
  return {
    lake,
    stop: async () => {
      stopping.abort();
      await following;
      lake.close();
    },
  };
}
