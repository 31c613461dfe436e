import type { Command } from 'commander';
import { countryName } from '../../core/countries.ts';
import type { Explanation, Level, LevelPoint } from '../../core/level/index.ts';
import { explainOf, levelOf } from '../../service/level.ts';
import type { EventSource } from '../../service/timeline.ts';
import type { Context } from '../context.ts';
import { terminalChart } from '../format/chart.ts';
import { table } from '../format/table.ts';
import { UserError } from '../io.ts';
import { monthOption, resolveDyad } from '../resolve.ts';

type LevelFlags = { from?: string; to?: string; explain?: string; events?: string; mode?: string };

/** The choice of events, checked. */
export function eventsOption(value: string | undefined): EventSource | undefined {
  if (value === undefined) return undefined;
  if (value === 'kb' || value === 'lake' || value === 'all') return value;
  throw new UserError(`--events must be kb, lake or all, got "${value}"`);
}

const signed = (x: number, digits = 2) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
const label = (p: LevelPoint) => `${p.level}-${p.sublevel}`;

/** The months where the named level or the rung changed, with the first and last month. */
export function labelChanges(series: readonly LevelPoint[]): LevelPoint[] {
  return series.filter(
    (p, i) =>
      i === 0 ||
      i === series.length - 1 ||
      label(p) !== label(series[i - 1]!) ||
      p.rung !== series[i - 1]!.rung,
  );
}

/** `bilateral level A B`: the monthly relations level with its labels, and why a month moved. */
export function registerLevel(program: Command, ctx: Context): void {
  program
    .command('level')
    .argument('<a>', 'first country')
    .argument('<b>', 'second country')
    .option('--from <YYYY-MM>', 'first month (default: the first month with data)')
    .option('--to <YYYY-MM>', 'last month (default: this month)')
    .option('--explain <YYYY-MM>', "list that month's contributions, largest first")
    .option('--events <kb|lake|all>', 'which events count (default all)')
    .option('--mode <hybrid|persistent>', 'hybrid (default) or persistent (no decay, fixed baseline)')
    .description('the monthly relations level score on the −9…+9 scale, with exact explanations')
    .action(async (a: string, b: string, flags: LevelFlags) => {
      const dyad = resolveDyad(a, b);
      const from = monthOption('from', flags.from);
      const to = monthOption('to', flags.to);
      const explain = monthOption('explain', flags.explain);
      if (explain && explain.length !== 7) throw new UserError('--explain must be a month, YYYY-MM');
      if (flags.mode && flags.mode !== 'hybrid' && flags.mode !== 'persistent')
        throw new UserError(`--mode must be hybrid or persistent, got "${flags.mode}"`);
      const events = eventsOption(flags.events);
      if (from && to && from.slice(0, 7) > to.slice(0, 7))
        throw new UserError(`--from ${from} is after --to ${to}`);
      const home = ctx.home();
      const lake = await ctx.lake();
      const now = ctx.month();
      const q = {
        now,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(explain ? { explain } : {}),
        ...(events ? { events } : {}),
        ...(flags.mode ? { mode: flags.mode as 'hybrid' | 'persistent' } : {}),
      };
      const level = await levelOf(home.kb, lake, dyad, q);
      if (explain && !level.explain) level.explain = await explainOf(home.kb, lake, dyad, explain, q);
      if (ctx.json) return ctx.outJson(level);
      printLevel(ctx, level);
    });
}

function printLevel(ctx: Context, level: Level): void {
  const { series } = level;
  const [a, b] = level.dyad;
  if (series.length === 0) {
    ctx.out(`${countryName(a)} – ${countryName(b)}: no months in range.`);
    return;
  }
  const last = series.at(-1)!;
  ctx.out(
    `${countryName(a)} – ${countryName(b)}: ${last.display.toFixed(1)} ${label(last)} in ${last.month} (90% band ${last.band[0].toFixed(1)} … ${last.band[1].toFixed(1)}; method ${level.method.version})\n`,
  );
  ctx.out(terminalChart(series));
  ctx.out('');
  ctx.out(
    table(
      ['month', 'level', 'score', 'rung'],
      labelChanges(series).map((p) => [p.month, label(p), p.display.toFixed(1), p.rung]),
    ),
  );
  if (level.explain) printExplanation(ctx, level.explain);
}

function printExplanation(ctx: Context, ex: Explanation): void {
  const sum = ex.contributions.reduce((s, c) => s + c.dS, 0);
  ctx.out(`\nWhy ${ex.month} moved ${signed(ex.delta, 3)} (contributions sum to ${signed(sum, 3)}):`);
  // Old events fade by tiny amounts every month: show what moved the score, fold the rest into one line.
  const shown = ex.contributions.filter((c) => Math.abs(c.dS) >= 0.0005);
  const rest = ex.contributions.filter((c) => Math.abs(c.dS) < 0.0005);
  const rows = shown.map((c) => [signed(c.dS, 3), c.kind, c.date ?? '', c.title]);
  if (rest.length)
    rows.push([
      signed(
        rest.reduce((s, c) => s + c.dS, 0),
        3,
      ),
      'fade',
      '',
      `${rest.length} older events fading by less than 0.001 each`,
    ]);
  ctx.out(table(['dS', 'kind', 'date', 'what'], rows));
  const cited = shown.filter((c) => c.sources?.length);
  if (cited.length === 0) return;
  ctx.out('\nSources:');
  for (const c of cited.slice(0, 12)) {
    const s = c.sources![0]!;
    ctx.out(`  ${c.ref}: ${s.url ?? s.document} — “${s.quote.replace(/\s+/g, ' ').slice(0, 140)}”`);
  }
}
