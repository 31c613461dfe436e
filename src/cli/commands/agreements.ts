import type { Command } from 'commander';
import { countryName } from '../../core/countries.ts';
import type { Agreement, AgreementStatus, Mechanism } from '../../core/types.ts';
import type { Context } from '../context.ts';
import { formatSpan } from '../format/dates.ts';
import { table } from '../format/table.ts';
import { resolveDyad } from '../resolve.ts';

/** `ratified AZE 2025-04-30 → in force 2025-06` */
export function statusLine(history: AgreementStatus[]): string {
  return history
    .map((s) => `${s.status.replace('_', ' ')}${s.party ? ` ${s.party}` : ''} ${s.date}`)
    .join(' → ');
}

/** `bilateral agreements A B`: the agreements and institutions that bind a pair. */
export function registerAgreements(program: Command, ctx: Context): void {
  program
    .command('agreements')
    .argument('<a>', 'first country')
    .argument('<b>', 'second country')
    .description('agreements (kind, date, level, status) and the mechanisms that bind a pair')
    .action((a: string, b: string) => {
      const dyad = resolveDyad(a, b);
      const { kb } = ctx.home();
      const agreements = kb.agreements(dyad);
      const mechanisms = kb.mechanisms(dyad);
      if (ctx.json) return ctx.outJson({ dyad, agreements, mechanisms });
      printAgreements(ctx, dyad, agreements, mechanisms);
    });
}

function printAgreements(
  ctx: Context,
  dyad: [string, string],
  agreements: Agreement[],
  mechanisms: Mechanism[],
): void {
  ctx.out(
    `${countryName(dyad[0])} – ${countryName(dyad[1])}: ${agreements.length} agreements, ${mechanisms.length} mechanisms\n`,
  );
  if (agreements.length) {
    ctx.out(
      table(
        ['signed', 'kind', 'level', 'rung', 'title · status'],
        agreements.map((x) => [
          x.signed ? formatSpan(x.signed.date, x.signed.end) : '?',
          x.kind,
          x.level,
          x.rung ?? '',
          x.status.length > 1 ? `${x.title} · ${statusLine(x.status)}` : x.title,
        ]),
      ),
    );
  }
  for (const m of mechanisms) {
    ctx.out(
      `\n${m.title} (${m.kind.replace(/_/g, ' ')})${m.established ? `, established ${m.established.date}` : ''}`,
    );
    const attrs = Object.entries(m.attributes).map(([k, v]) => `${k}: ${v}`);
    if (attrs.length) ctx.out(`  ${attrs.join(' · ')}`);
    for (const mt of m.meetings)
      ctx.out(
        `  ${formatSpan(mt.date, mt.end)}${mt.number ? ` #${mt.number}` : ''}${mt.place ? ` ${mt.place.name}` : ''}${mt.summary ? ` — ${mt.summary}` : ''}`,
      );
  }
}
