import { plural } from '../../core/plural.ts';
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { countryName } from '../../core/countries.ts';
import { HttpUrl } from '../../core/dossier-schema.ts';
import { type ExtractedEvent, type ExtractResult, extractEvents, isDay } from '../../extract/index.ts';
import { documentIdOf } from '../../extract/document-id.ts';
import { extractionRecords } from '../../extract/to-records.ts';
import { describeCounts, dryRunExtraction, saveExtraction } from '../../store/save-extraction.ts';
import type { Context } from '../context.ts';
import { formatSpan } from '../format/dates.ts';
import { sourceWords } from '../format/source-words.ts';
import { table } from '../format/table.ts';
import { UserError } from '../io.ts';
import { resolveDyad } from '../resolve.ts';

type ExtractFlags = {
  dyad?: string;
  save?: boolean;
  dryRun?: boolean;
  title?: string;
  url?: string;
  date?: string;
  publisher?: string;
  lang?: string;
};

/** The options a reference is made of, checked: a bad one is named, nothing is read or stored. */
function checkFlags(flags: ExtractFlags): void {
  if (flags.date !== undefined && !isDay(flags.date))
    throw new UserError(`--date must be a day written YYYY-MM-DD, got "${flags.date}"`);
  if (flags.url !== undefined && !HttpUrl.safeParse(flags.url).success)
    throw new UserError(`--url must be an http or https address, got "${flags.url}"`);
  if (flags.lang !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/.test(flags.lang))
    throw new UserError(`--lang must be a language code such as en or ru, got "${flags.lang}"`);
  if (flags.title !== undefined && (flags.title.trim() === '' || flags.title.length > 1000))
    throw new UserError('--title must be between 1 and 1,000 characters');
  if (flags.publisher !== undefined && (flags.publisher.trim() === '' || flags.publisher.length > 200))
    throw new UserError('--publisher must be between 1 and 200 characters');
  if (flags.save && flags.dryRun) throw new UserError('--save and --dry-run: choose one');
}

/**
 * `bilateral extract FILE|- [--dyad A,B] [--date YYYY-MM-DD] [--save|--dry-run]`: the events and
 * records a text states, with the document as a reference cites it.
 */
export function registerExtract(program: Command, ctx: Context): void {
  program
    .command('extract')
    .argument('<file>', 'a text file, or - for standard input')
    .option('--dyad <A,B>', 'keep only events between these two countries')
    .option('--date <YYYY-MM-DD>', 'the publication date (default: the dateline, if the text has one)')
    .option('--save', 'store the document, its dated events and its records in the knowledge base')
    .option('--dry-run', 'show what --save would store, storing nothing')
    .option('--title <title>', 'the document title (default: its first line)')
    .option('--url <url>', 'where the document was published')
    .option('--publisher <name>', 'who published it (default: named at its head, or by its address)')
    .option('--lang <code>', 'its language (default: read from the text)')
    .description('find the events, agreements, mechanisms, statements and figures a text states')
    .action(async (file: string, flags: ExtractFlags) => {
      checkFlags(flags);
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
      let dyad: [string, string] | undefined;
      if (flags.dyad) {
        const parts = flags.dyad.split(',').map((s) => s.trim());
        if (parts.length !== 2 || !parts[0] || !parts[1])
          throw new UserError(`--dyad must be two countries separated by a comma, got "${flags.dyad}"`);
        dyad = resolveDyad(parts[0], parts[1]);
      }
      const result = extractEvents(text, {
        documentId: documentIdOf(text),
        ...(flags.title ? { title: flags.title.trim() } : {}),
        ...(dyad ? { dyad } : {}),
        ...(flags.date ? { referenceDate: flags.date } : {}),
        ...(flags.url ? { url: flags.url } : {}),
        ...(flags.publisher ? { publisher: flags.publisher.trim() } : {}),
        ...(flags.lang ? { language: flags.lang } : {}),
      });
      // Without a title line, the file's name stands for the title.
      if (!result.document.title) result.document.title = file === '-' ? 'standard input' : basename(file);
      if (flags.save || flags.dryRun) {
        const { kb } = ctx.home();
        const { document, pairs } = extractionRecords(result, text);
        const origin = `extract:${file === '-' ? 'stdin' : basename(file)}`;
        const counts = flags.save
          ? saveExtraction(kb, document, pairs, origin)
          : dryRunExtraction(kb, document, pairs, origin);
        ctx.note(
          `${flags.save ? 'saved' : 'dry run, nothing stored; would save'} document ${document.id}: ${describeCounts(counts)}`,
        );
      }
      if (ctx.json) return ctx.outJson(result);
      printResult(ctx, result);
    });
}

/** The date column: the span, "unknown" when the text gives none, "(published)" when the publication date stands in. */
function dateCell(e: { date: string | null; end?: string; dated_by?: 'publication' }): string {
  if (e.date === null) return 'unknown';
  const span = formatSpan(e.date, e.end);
  return e.dated_by === 'publication' ? `${span} (published)` : span;
}

/** "Trend News Agency, 23 August 2024, en.trend.az/…": the document as its references will cite it. */
function documentLine(d: ExtractResult['document']): string {
  return [d.publisher, d.title ? `'${d.title}'` : undefined, d.published, d.url, d.language]
    .filter((x) => x !== undefined)
    .join(', ');
}

function printResult(ctx: Context, result: ExtractResult): void {
  const { document, events, records } = result;
  ctx.out(`${plural(events.length, 'event')} in ${plural(document.sentences, 'sentence')}`);
  ctx.out(`document  ${documentLine(document)}\n`);
  if (events.length > 0) printEvents(ctx, events);
  if (records.agreements.length > 0) {
    ctx.out('\nAgreements:');
    ctx.out(
      table(
        ['signed', 'kind', 'level', 'rung', 'title · status'],
        records.agreements.map((a) => [
          a.signed ? formatSpan(a.signed.date, a.signed.end) : '',
          a.kind,
          a.level,
          a.rung ?? '',
          [
            a.title,
            ...a.status
              .filter((s) => s.status !== 'signed')
              .map((s) => `${s.status}${s.party ? ` (${s.party})` : ''} ${s.date}`),
          ].join(' · '),
        ]),
      ),
    );
  }
  if (records.mechanisms.length > 0) {
    ctx.out('\nMechanisms:');
    for (const m of records.mechanisms) {
      const est = m.established ? `, established ${formatSpan(m.established.date)}` : '';
      ctx.out(`  ${m.kind}  ${m.title}${est}`);
      for (const x of m.meetings)
        ctx.out(
          `    ${formatSpan(x.date, x.end)}${x.number ? ` meeting no. ${x.number}` : ' meeting'}${x.place ? `, ${x.place.name}` : ''}`,
        );
    }
  }
  if (records.indicators.length > 0) {
    ctx.out('\nIndicators:');
    for (const x of records.indicators)
      ctx.out(`  ${x.period}  ${x.kind}  ${x.value} ${x.unit}  (${x.dyad.join('-')})`);
  }
  if (records.statements.length > 0) {
    ctx.out('\nStatements:');
    for (const s of records.statements)
      ctx.out(
        `  ${dateCell(s)}  ${s.speaker?.name ?? 'unnamed speaker'}: ${sourceWords({ document: '', quote: s.quote }, 140)}`,
      );
  }
  if (records.milestones.length > 0) {
    ctx.out('\nMilestones:');
    for (const m of records.milestones)
      ctx.out(
        `  ${dateCell(m)}  ${m.rung ?? '(council)'}  ${m.label}: ${sourceWords({ document: '', quote: m.words }, 100)}`,
      );
  }
}

function printEvents(ctx: Context, events: ExtractedEvent[]): void {
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
