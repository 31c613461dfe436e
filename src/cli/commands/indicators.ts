import type { Command } from 'commander';
import { countryName } from '../../core/countries.ts';
import { indicatorsOf } from '../../service/indicators.ts';
import type { Context } from '../context.ts';
import { table } from '../format/table.ts';
import { resolveDyad } from '../resolve.ts';

const fixed = (x: number | null, digits: number): string => (x === null ? '' : x.toFixed(digits));

/** `bilateral indicators A B`: the structural record beside the level, year by year. */
export function registerIndicators(program: Command, ctx: Context): void {
  program
    .command('indicators')
    .argument('<a>', 'first country')
    .argument('<b>', 'second country')
    .description(
      'UN voting agreement, trade turnover, shared IGOs, ICEWS event counts and contiguity of a pair, by year (beside the level, not in it)',
    )
    .action(async (a: string, b: string) => {
      const dyad = resolveDyad(a, b);
      const { kb } = ctx.home();
      const ind = await indicatorsOf(kb, await ctx.referenceData(), dyad);
      if (ctx.json) return ctx.outJson(ind);
      ctx.out(
        `${countryName(dyad[0])} – ${countryName(dyad[1])}: structural indicators (not inputs of the level)\n`,
      );
      ctx.out(
        ind.contiguity.length === 0
          ? 'contiguity  none recorded (COW Direct Contiguity 3.2)'
          : `contiguity  ${ind.contiguity.map((c) => `${c.label} ${c.from} … ${c.to}`).join('; ')}`,
      );
      const years = new Map<string, string[]>();
      const row = (y: string) => {
        let r = years.get(y);
        if (!r) {
          r = [y, '', '', '', '', '', ''];
          years.set(y, r);
        }
        return r;
      };
      for (const u of ind.un) {
        const r = row(String(u.year));
        r[1] = String(u.joint);
        r[2] = u.identical.toFixed(2);
        r[3] = u.agreement.toFixed(2);
      }
      for (const t of ind.trade)
        row(t.period)[4] = `${fixed(t.turnover, 1)}${t.source === 'dossier' ? ' (dossier)' : ''}`;
      for (const i of ind.igos) row(String(i.year))[5] = String(i.shared);
      for (const q of ind.icews)
        row(String(q.year))[6] = `${q.verbCoop}/${q.matlCoop}/${q.verbConf}/${q.matlConf}`;
      const rows = [...years.values()].sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
      ctx.out('');
      ctx.out(
        table(
          ['year', 'UN joint', 'identical', 'agreement', 'trade US$ m', 'IGOs', 'ICEWS vc/mc/vf/mf'],
          rows,
        ),
      );
      ctx.out('');
      ctx.out(
        'UN: joint roll-call votes, share identical, Voeten agreement (abstain = half). ICEWS: verbal / material cooperation, verbal / material conflict events, both directions.',
      );
      for (const s of ind.sources) ctx.out(`  ${s.title} ${s.version} (${s.years}): ${s.citation}`);
    });
}
