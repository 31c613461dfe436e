import type { Command } from 'commander';
import { countryName } from '../../core/countries.ts';
import { partnersOf } from '../../service/partners.ts';
import type { Context } from '../context.ts';
import { table } from '../format/table.ts';
import { UserError } from '../io.ts';
import { monthOption, resolveOrFail } from '../resolve.ts';
import { eventsOption } from './level.ts';

const arrow = (t: number | null) =>
  t === null ? '' : t > 0.05 ? `↑ +${t.toFixed(1)}` : t < -0.05 ? `↓ ${t.toFixed(1)}` : '→ 0.0';

/** `bilateral partners A [--month YYYY-MM]`: A's relations with every country it has data for, ranked. */
export function registerPartners(program: Command, ctx: Context): void {
  program
    .command('partners')
    .argument('<a>', 'the country')
    .option('--month <YYYY-MM>', 'the month to rank (default: this month)')
    .option('--events <kb|lake|all>', 'which events count (default all)')
    .description("a country's level with every partner it has data for, ranked, with the 12-month trend")
    .action(async (a: string, flags: { month?: string; events?: string }) => {
      const iso3 = resolveOrFail(a);
      const month = monthOption('month', flags.month);
      if (month && month.length !== 7) throw new UserError('--month must be YYYY-MM');
      const events = eventsOption(flags.events);
      const home = ctx.home();
      const now = ctx.month();
      const result = await partnersOf(home.kb, await ctx.lake(), iso3, {
        now,
        reference: await ctx.reference(),
        ...(month ? { month } : {}),
        ...(events ? { events } : {}),
      });
      if (ctx.json) return ctx.outJson(result);
      if (result.partners.length === 0) {
        ctx.out(
          `${countryName(iso3)}: no partner is measurable in ${result.month}: no source holds a fact about any of its pairs up to then.`,
        );
        return;
      }
      ctx.out(
        `${countryName(iso3)}: relations with ${result.partners.length} partner${result.partners.length === 1 ? '' : 's'} in ${result.month}\n`,
      );
      ctx.out(
        table(
          ['#', 'partner', 'score', 'level', '12-month trend', 'events', 'rung', 'evidence'],
          result.partners.map((p, i) => [
            String(i + 1),
            `${p.iso3} ${p.name}`,
            p.display.toFixed(1),
            `${p.level}-${p.sublevel}`,
            arrow(p.trend12),
            String(p.events),
            p.rung,
            p.projected ? `projected, evidence to ${p.lastEvidence ?? 'none'}` : p.coverage,
          ]),
        ),
      );
    });
}
