import { plural } from '../../core/plural.ts';
import type { Command } from 'commander';
import { countryName } from '../../core/countries.ts';
import { timelineOf } from '../../service/timeline.ts';
import { EVENT_CLASS_NAMES, REFERENCE_CLASSES } from '../../core/event-classes.ts';
import type { Conflict, Event } from '../../core/types.ts';
import type { Context } from '../context.ts';
import { formatSpan } from '../format/dates.ts';
import { table } from '../format/table.ts';
import { UserError } from '../io.ts';
import { monthOption, rangeOptions, resolveDyad } from '../resolve.ts';

export type TimelineOptions = {
  from?: string;
  to?: string;
  class?: string;
  source?: string;
  sector?: string;
};

/** Parses `--class a,b` against the known classes. */
export function classOption(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = [...EVENT_CLASS_NAMES, ...REFERENCE_CLASSES.map((c) => c.name)];
  const unknown = list.filter((c) => !known.includes(c));
  if (unknown.length)
    throw new UserError(`--class: unknown class ${unknown.map((c) => `"${c}"`).join(', ')}`, [
      `classes: ${known.join(', ')}`,
    ]);
  return list;
}

/** `bilateral timeline A B`: a pair's events in date order. */
export function registerTimeline(program: Command, ctx: Context): void {
  program
    .command('timeline')
    .argument('<a>', 'first country (any name or code)')
    .argument('<b>', 'second country')
    .option('--from <YYYY-MM>', 'first month')
    .option('--to <YYYY-MM>', 'last month')
    .option('--class <classes>', 'only these event classes, comma-separated')
    .option('--sector <sectors>', 'only events in these sectors, comma-separated')
    .option(
      '--source <kb|lake|all>',
      'curated and extracted events with the reference data sets (kb, the default), the event lake, or all',
    )
    .description("a pair's events in date order, each with its sources")
    .action(async (a: string, b: string, opts: TimelineOptions) => {
      const dyad = resolveDyad(a, b);
      const from = monthOption('from', opts.from);
      const to = monthOption('to', opts.to);
      rangeOptions(from, to);
      const classes = classOption(opts.class);
      const source = opts.source ?? 'kb';
      if (source !== 'kb' && source !== 'lake' && source !== 'all')
        throw new UserError(`--source must be kb, lake or all, got "${opts.source}"`);
      const sectors = opts.sector
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const { kb } = ctx.home();
      const { events, conflicts } = await timelineOf(
        kb,
        source === 'kb' ? undefined : await ctx.lake(),
        dyad,
        {
          source,
          ...(source === 'lake' ? {} : { reference: await ctx.reference() }),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(classes ? { classes } : {}),
          ...(sectors?.length ? { sectors } : {}),
        },
      );
      if (ctx.json) return ctx.outJson({ dyad, events, conflicts });
      printTimeline(ctx, dyad, events, conflicts);
    });
}

function printTimeline(ctx: Context, dyad: [string, string], events: Event[], conflicts: Conflict[]): void {
  const title = `${countryName(dyad[0])} – ${countryName(dyad[1])}`;
  if (events.length === 0) {
    ctx.out(`${title}: no events in this range.`);
    return;
  }
  const disputed = new Set(conflicts.map((c) => c.subject.slice('event:'.length)));
  ctx.out(`${title}: ${plural(events.length, 'event')}, ${events[0]!.date} … ${events.at(-1)!.date}\n`);
  ctx.out(
    table(
      ['date', 'class', 'by', 'src', 'summary'],
      events.map((e) => [
        formatSpan(e.date, e.end) + (disputed.has(e.id) ? ' ⚑' : ''),
        e.class + (e.count && e.count > 1 ? ` ×${e.count}` : ''),
        e.initiator ?? '',
        String(e.sources.length),
        e.summary,
      ]),
    ),
  );
  if (conflicts.length === 0) return;
  ctx.out('\n⚑ Sources disagree:');
  for (const c of conflicts) {
    ctx.out(
      `  ${c.subject} ${c.field}: ${c.claims.map((cl) => `${cl.value} (${cl.sources.length} source${cl.sources.length === 1 ? '' : 's'})`).join(' · ')}`,
    );
  }
}
