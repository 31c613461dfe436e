import { sourceWords } from '../format/source-words.ts';
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { countryName } from '../../core/countries.ts';
import { datedEvents, type ExtractedEvent, extractEvents, isDay } from '../../extract/index.ts';
import { documentIdOf } from '../../extract/document-id.ts';
import type { Context } from '../context.ts';
import { formatSpan } from '../format/dates.ts';
import { table } from '../format/table.ts';
import { UserError } from '../io.ts';
import { resolveDyad } from '../resolve.ts';

type ExtractFlags = {
  dyad?: string;
  save?: boolean;
  title?: string;
  id?: string;
  url?: string;
  date?: string;
  lang?: string;
};

/** `bilateral extract FILE|- [--dyad A,B] [--date YYYY-MM-DD] [--save]`: the events a text states. */
export function registerExtract(program: Command, ctx: Context): void {
  program
    .command('extract')
    .argument('<file>', 'a text file, or - for standard input')
    .option('--dyad <A,B>', 'keep only events between these two countries')
    .option('--date <YYYY-MM-DD>', 'the publication date (default: the dateline, if the text has one)')
    .option('--save', 'store the document and its dated events in the knowledge base')
    .option('--title <title>', 'the document title (default: its first line)')
    .option('--url <url>', 'where the document was published')
    .option('--lang <en|ru>', 'the language of the text (default: Russian for Cyrillic text, else English)')
    .description('find the dated events a narrative text states, coded to event classes and CAMEO')
    .action(async (file: string, flags: ExtractFlags) => {
      let text: string;
      try {
        text = file === '-' ? await ctx.io.readStdin() : readFileSync(resolve(ctx.io.cwd, file), 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new UserError(
          `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`,
        );
      }
      if (text.trim() === '')
        throw new UserError(`${file === '-' ? 'standard input' : file}: the text is empty`);
      if (flags.lang !== undefined && flags.lang !== 'en' && flags.lang !== 'ru')
        throw new UserError(`--lang must be en or ru, got "${flags.lang}"`);
      if (flags.date !== undefined && !isDay(flags.date))
        throw new UserError(`--date must be a day written YYYY-MM-DD, got "${flags.date}"`);
      let dyad: [string, string] | undefined;
      if (flags.dyad) {
        const parts = flags.dyad.split(',').map((s) => s.trim());
        if (parts.length !== 2 || !parts[0] || !parts[1])
          throw new UserError(`--dyad must be two countries separated by a comma, got "${flags.dyad}"`);
        dyad = resolveDyad(parts[0], parts[1]);
      }
      const title =
        flags.title ??
        (text
          .split('\n')
          .find((l) => l.trim())
          ?.trim()
          .slice(0, 200) ||
          basename(file));
      const documentId = documentIdOf(text);
      const result = extractEvents(text, {
        documentId,
        title,
        ...(dyad ? { dyad } : {}),
        ...(flags.date ? { referenceDate: flags.date } : {}),
        ...(flags.lang ? { language: flags.lang } : {}),
      });
      if (flags.url && !URL.canParse(flags.url))
        throw new UserError(`--url is not a valid address: "${flags.url}"`);
      if (flags.save) {
        const { kb } = ctx.home();
        const counts = kb.transaction(() => {
          kb.saveDocument(
            {
              id: documentId,
              title,
              language: result.document.language,
              text,
              ...(flags.url ? { url: flags.url } : {}),
            },
            `extract:${file === '-' ? 'stdin' : basename(file)}`,
          );
          // An event the text does not date never enters the level.
          return kb.saveEvents(datedEvents(result.events), `document:${documentId}`);
        });
        ctx.note(
          `saved document ${documentId}: ${counts.added} events added, ${counts.updated} updated, ${counts.unchanged} unchanged`,
        );
      }
      if (ctx.json) return ctx.outJson(result);
      printEvents(ctx, result.document.sentences, result.events);
    });
}

/** The date column: the span, "unknown" when the text gives none, "(published)" when the publication date stands in. */
function dateCell(e: ExtractedEvent): string {
  if (e.date === null) return 'unknown';
  const span = formatSpan(e.date, e.end);
  return e.dated_by === 'publication' ? `${span} (published)` : span;
}

function printEvents(ctx: Context, sentences: number, events: ExtractedEvent[]): void {
  ctx.out(`${events.length} events in ${sentences} sentences\n`);
  if (events.length === 0) return;
  ctx.out(
    table(
      ['date', 'pair', 'class', 'cameo', 'by', 'conf', 'summary'],
      events.map((e) => [
        dateCell(e),
        e.dyad.join('-'),
        e.class + (e.count && e.count > 1 ? ` ×${e.count}` : ''),
        e.cameo,
        e.initiator ?? '',
        e.confidence.toFixed(2),
        e.summary,
      ]),
    ),
  );
  ctx.out('\nEvidence:');
  for (const e of events) {
    const s = e.sources[0];
    if (s)
      ctx.out(
        `  ${dateCell(e)} ${e.class} (${countryName(e.dyad[0])}–${countryName(e.dyad[1])}): ${sourceWords(s, 160)}${s.start !== undefined ? ` @${s.start}` : ''}`,
      );
  }
}
