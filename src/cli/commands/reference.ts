import type { Command } from 'commander';
import { REFERENCE_DATASETS } from '../../core/reference/datasets.ts';
import type { Context } from '../context.ts';
import { table } from '../format/table.ts';

/** `bilateral reference`: the shipped data sets, what the home built from them, and the codes it could not map. */
export function registerReference(program: Command, ctx: Context): void {
  program
    .command('reference')
    .description(
      'the reference data sets (ATOP, COW, UCDP, UN votes…): versions, years, rows built, and country codes left unmapped',
    )
    .action(async () => {
      const { build } = await ctx.referenceData();
      const datasets = REFERENCE_DATASETS.map((d) => ({
        id: d.id,
        title: d.title,
        version: d.version,
        file: d.file,
        years: `${d.firstYear}–${d.lastYear}`,
        feeds: d.level ? 'level' : 'indicators',
        citation: d.citation,
        terms: d.terms,
        unmapped: build.unmapped[d.id] ?? { total: 0, codes: {} },
      }));
      if (ctx.json)
        return ctx.outJson({
          datasets,
          tables: build.tables,
          decisions: build.decisions,
          seconds: build.seconds,
        });
      ctx.out(`Reference data: ${datasets.length} data sets, built in ${build.seconds} s\n`);
      ctx.out(
        table(
          ['data set', 'version', 'years', 'feeds', 'unmapped codes (occurrences by code)'],
          datasets.map((d) => [
            d.title,
            d.version,
            d.years,
            d.feeds,
            d.unmapped.total === 0
              ? '0'
              : `${d.unmapped.total}: ${Object.entries(d.unmapped.codes)
                  .sort((x, y) => y[1] - x[1])
                  .map(([code, n]) => `${code} ×${n}`)
                  .join(', ')}`,
          ]),
        ),
      );
      ctx.out('\nHistorical states:');
      for (const d of build.decisions) ctx.out(`  ${d.code}  ${d.iso3 ?? 'unmapped'}  ${d.state}: ${d.why}`);
    });
}
