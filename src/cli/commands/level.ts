import { sourceWords } from '../format/source-words.ts';
import type { Command } from 'commander';
import { countryName } from '../../core/countries.ts';
import {
  lastEvidenceIndex,
  EXPLAIN_LIMIT,
  type Explanation,
  foldExplanation,
  type Level,
  type LevelPoint,
} from '../../core/level/index.ts';
import { explainOf, levelOf } from '../../service/level.ts';
import type { EventSource } from '../../service/timeline.ts';
import type { Context } from '../context.ts';
import { terminalChart } from '../format/chart.ts';
import { table } from '../format/table.ts';
import { UserError } from '../io.ts';
import { monthOption, rangeOptions, resolveDyad } from '../resolve.ts';

type LevelFlags = {
  from?: string;
  to?: string;
  explain?: string;
  events?: string;
  mode?: string;
  all?: boolean;
};

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
    .option('--explain <YYYY-MM>', "list that month's largest contributions, the rest summed in one line")
    .option('--all', `with --explain: list every contribution, not only the ${EXPLAIN_LIMIT} largest`)
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
      rangeOptions(from, to);
      const home = ctx.home();
      const lake = await ctx.lake();
      const now = ctx.month();
      const q = {
        now,
        reference: await ctx.reference(),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(explain ? { explain } : {}),
        ...(events ? { events } : {}),
        ...(flags.mode ? { mode: flags.mode as 'hybrid' | 'persistent' } : {}),
      };
      const level = await levelOf(home.kb, lake, dyad, q);
      if (explain && !level.explain && level.measurable)
        level.explain = await explainOf(home.kb, lake, dyad, explain, q);
      if (level.explain && !flags.all) level.explain = foldExplanation(level.explain);
      if (ctx.json) return ctx.outJson(level);
      printLevel(ctx, level);
    });
}

const evidenceLabel = (p: LevelPoint) => (p.projected ? 'projected' : p.coverage);

/** "Kazakhstan – Uzbekistan: not measurable: …", with what would make it measurable. */
function printNotMeasurable(ctx: Context, level: Level): void {
  const [a, b] = level.dyad;
  ctx.out(`${countryName(a)} – ${countryName(b)}: not measurable: ${level.reason ?? 'no evidence'}.`);
  ctx.out(
    'No number is given without evidence. Import a dossier (bilateral import), save the events of a text (bilateral extract --save) or ingest event data (bilateral ingest) for this pair.',
  );
}

function printLevel(ctx: Context, level: Level): void {
  const { series } = level;
  const [a, b] = level.dyad;
  if (!level.measurable) {
    printNotMeasurable(ctx, level);
    return;
  }
  if (series.length === 0) {
    ctx.out(`${countryName(a)} – ${countryName(b)}: no months in range.`);
    return;
  }
  // The headline is the last month with evidence; projected months never make one.
  const head = series[lastEvidenceIndex(series)];
  const last = series.at(-1)!;
  if (head)
    ctx.out(
      `${countryName(a)} – ${countryName(b)}: ${head.display.toFixed(1)} ${label(head)} in ${head.month}${head === last ? '' : ', the last month with evidence'} (90% band ${head.band[0].toFixed(1)} … ${head.band[1].toFixed(1)}; method ${level.method.version})`,
    );
  else
    ctx.out(
      `${countryName(a)} – ${countryName(b)}: no month from ${series[0]!.month} to ${last.month} is covered by a source; every value below is projected (method ${level.method.version})`,
    );
  for (const span of level.coverage.spans)
    ctx.out(
      `  evidence   ${span.from} … ${span.to}  ${span.routine ? 'covered' : 'partial'}  ${span.label ?? span.source}`,
    );
  const projected = series.filter((p) => p.projected);
  if (projected.length)
    ctx.out(
      `  projected  ${projected.length === 1 ? projected[0]!.month : `${projected.length} months`}${head && head !== last && projected.at(-1) === last ? ` after ${head.month} (to ${last.month}: ${last.display.toFixed(1)} ${label(last)} if nothing further happened)` : ''}; no source covers ${projected.length === 1 ? 'it' : 'them'}, drawn ░`,
    );
  ctx.out('');
  ctx.out(terminalChart(series));
  ctx.out('');
  ctx.out(
    table(
      ['month', 'level', 'score', 'rung', 'evidence'],
      labelChanges(series).map((p) => [p.month, label(p), p.display.toFixed(1), p.rung, evidenceLabel(p)]),
    ),
  );
  if (level.explain) printExplanation(ctx, level.explain);
}

/** The words for a contribution: a fading impulse is the effect of its event wearing off. */
function what(c: Explanation['contributions'][number]): string {
  return c.kind === 'fade' ? `effect wearing off: ${c.title}` : c.title;
}

function printExplanation(ctx: Context, ex: Explanation): void {
  const sum = ex.contributions.reduce((s, c) => s + c.dS, 0) + (ex.folded?.dS ?? 0);
  ctx.out(`\nWhy ${ex.month} moved ${signed(ex.delta, 3)} (contributions sum to ${signed(sum, 3)}):`);
  const rows = ex.contributions.map((c) => [signed(c.dS, 3), c.kind, c.date ?? '', what(c)]);
  if (ex.folded)
    rows.push([
      signed(ex.folded.dS, 3),
      '',
      '',
      `${ex.folded.count} smaller contributions, total ${signed(ex.folded.dS, 3)} (--all lists them)`,
    ]);
  ctx.out(table(['dS', 'kind', 'date', 'what'], rows));
  const cited = ex.contributions.filter((c) => c.sources?.length);
  if (cited.length === 0) return;
  ctx.out('\nSources:');
  for (const c of cited.slice(0, 12)) {
    const s = c.sources![0]!;
    ctx.out(`  ${c.ref}: ${s.url ?? s.document} — ${sourceWords(s, 140)}`);
  }
}
