import type { Command } from 'commander';
import { allCountries, type Country, resolveCountry } from '../../core/countries.ts';
import type { Context } from '../context.ts';
import { table } from '../format/table.ts';
import { resolutionFailure } from '../resolve.ts';

function describe(c: Country): string[] {
  const names = [c.names.en, c.names.ru, c.names.az, c.names.uz, c.names.uzCyrl].filter(
    (n, i, a) => n && a.indexOf(n) === i,
  );
  const lines = [
    `${c.iso3}  ${c.names.en}`,
    `  codes      alpha-2 ${c.iso2} · numeric ${c.numeric}${c.fips ? ` · FIPS ${c.fips}` : ''}${c.cow !== undefined ? ` · COW ${c.cow}` : ''}`,
    `  names      ${names.join(' · ')}`,
  ];
  if (c.aliases.length) lines.push(`  aliases    ${c.aliases.join(' · ')}`);
  if (c.demonyms.length) lines.push(`  demonyms   ${c.demonyms.join(' · ')}`);
  if (c.capitals.length) lines.push(`  capital    ${c.capitals.join(' · ')}`);
  return lines;
}

/** `bilateral countries [QUERY]`: resolve a name, alias or code; without a query, list every country. */
export function registerCountries(program: Command, ctx: Context): void {
  program
    .command('countries')
    .argument('[query...]', 'a code, name, alias, demonym or capital, in any of the supported languages')
    .description('resolve a country name, alias or code (or list all countries)')
    .action((words: string[]) => {
      const query = words.join(' ').trim();
      if (!query) {
        const list = allCountries();
        if (ctx.json) return ctx.outJson({ countries: list });
        return ctx.out(
          table(
            ['ISO3', 'ISO2', 'FIPS', 'name'],
            list.map((c) => [c.iso3, c.iso2, c.fips ?? '', c.names.en]),
          ),
        );
      }
      const r = resolveCountry(query);
      if (!r.country) throw resolutionFailure(query, r);
      if (ctx.json) return ctx.outJson({ query, matchedBy: r.matchedBy, country: r.country });
      ctx.out(describe(r.country).join('\n'));
      ctx.out(`  matched by ${r.matchedBy}`);
    });
}
