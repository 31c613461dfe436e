/** The report as Markdown that pastes into a brief: headings, tables, numbered references. */
import { escapeMarkdown as md, markdownHref } from './escape.ts';
import { citeRuns, dateLabel, plural, score, signed, spanLabel } from './format.ts';
import { coverageSentence, methodNote, notMeasurableReason } from './method-note.ts';
import type { Cited, ReportModel, TimelineItem } from './types.ts';

/** ` [1–3, 7]`: plain numbers, since a pasted brief keeps no links between its parts. */
function cite(cites: readonly number[]): string {
  if (cites.length === 0) return '';
  return ` \\[${citeRuns(cites)
    .map(([a, b]) => (a === b ? `${a}` : `${a}${b === a + 1 ? ', ' : '–'}${b}`))
    .join(', ')}\\]`;
}

const cited = (c: Cited) => `${md(c.text)}${cite(c.cites)}`;
const flag = (anchors: readonly string[]) => (anchors.length ? ' ⚑' : '');

function table(head: string[], rows: string[][], right: number[] = []): string {
  const align = head.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [head, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function levelPart(m: ReportModel): string[] {
  const l = m.level;
  if (!l.measurable) return ['## Level of relations', '', `Not measurable: ${md(notMeasurableReason(l))}.`];
  const out = ['## Level of relations', ''];
  out.push(md(coverageSentence(l)), '');
  if (l.milestones.length) {
    out.push('Milestones of the ladder:', '');
    for (const x of l.milestones) out.push(`- ${md(dateLabel(x.date))}: ${md(x.label)}${cite(x.cites)}`);
    out.push('');
  }
  out.push(
    'Level at the end of each year (the last row: the report month), with its 90% band; a projected year has no source covering its last month:',
    '',
    table(
      ['Year', 'Level', 'Named level', '90% band'],
      l.yearly.map((y) => [
        y.year,
        `${score(y.display)}${y.projected ? ' (projected)' : ''}`,
        `${y.level}, ${y.sublevel}`,
        `${score(y.low)} to ${score(y.high)}`,
      ]),
      [1],
    ),
  );
  if (l.drivers.length)
    out.push(
      '',
      '### What moved the level over the last 12 months',
      '',
      table(
        ['Event', 'Date', 'Contribution'],
        l.drivers.map((d) => [
          `${md(d.title)}${cite(d.cites)}`,
          d.date ? dateLabel(d.date) : '',
          `${signed(d.dS)}${d.fading ? ' (effect wearing off)' : ''}`,
        ]),
        [2],
      ),
    );
  return out;
}

function timelineLines(items: readonly TimelineItem[]): string[] {
  return items.map(
    (e) =>
      `- **${md(spanLabel(e.date, e.end))}** (${md(e.classLabel)}${e.milestone ? `; milestone: ${md(e.milestone)}` : ''}) ${md(e.text)}${cite(e.cites)}${flag(e.disputed)}`,
  );
}

function frameworkPart(m: ReportModel): string[] {
  const out = ['## Institutional framework', ''];
  if (m.framework.length === 0) return [...out, 'No mechanisms recorded.'];
  for (const x of m.framework) {
    out.push(
      `### ${md(x.title)}`,
      '',
      `${md(x.kindLabel)}.${x.established ? ` ${cited(x.established)}` : cite(x.cites)}${flag(x.disputed)}`,
    );
    if (x.attributes.length)
      out.push('', x.attributes.map((a) => `${md(a.name)}: ${md(a.value)}`).join('; '));
    out.push('');
    if (x.meetings.length)
      for (const mt of x.meetings)
        out.push(
          `- ${md(spanLabel(mt.date, mt.end))}${mt.place ? `, ${md(mt.place)}` : ''}: ${md(mt.text)}${cite(mt.cites)}`,
        );
    else out.push('No meeting recorded.');
    out.push('');
  }
  return out;
}

function structuralPart(m: ReportModel): string[] {
  const s = m.structural;
  if (!s) return [];
  const out = [
    '## Structural record',
    '',
    'The public record of the pair in the reference data sets, beside the level (alliances, representation, disputes and wars count in the level as the method says; UN votes, trade and shared memberships do not).',
    '',
  ];
  for (const p of s.periods) out.push(`- ${md(p.label)} (${md(p.source)})`);
  if (s.periods.length) out.push('');
  if (s.un.length)
    out.push(
      'UN General Assembly alignment (every fifth year and the last):',
      '',
      table(
        ['Year', 'Joint votes', 'Identical', 'Agreement'],
        s.un
          .filter((u, i) => u.year % 5 === 0 || i === s.un.length - 1)
          .map((u) => [String(u.year), String(u.joint), u.identical.toFixed(2), u.agreement.toFixed(2)]),
        [1, 2, 3],
      ),
      '',
    );
  const igo = s.igos.at(-1);
  out.push(
    md(
      [
        s.contiguity.length ? `Contiguity: ${s.contiguity.join('; ')}.` : 'No direct contiguity recorded.',
        igo ? `Shared memberships in intergovernmental organisations: ${igo.shared} in ${igo.year}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
    '',
    `Sources: ${md(s.sources.join('; '))}.`,
    '',
  );
  return out;
}

function sectorsPart(m: ReportModel): string[] {
  const s = m.sectors;
  const out = ['## Cooperation by sector', ''];
  if (s.rows.length) {
    out.push(
      'Recorded events naming each sector, by period:',
      '',
      table(
        ['Sector', ...s.periods, 'Total'],
        s.rows.map((r) => [md(r.sector), ...r.counts.map((c) => (c ? String(c) : '')), String(r.total)]),
        s.periods.map((_, i) => i + 1).concat(s.periods.length + 1),
      ),
    );
    if (s.unassigned) out.push('', `${s.unassigned} further events name no sector.`);
  } else out.push('No recorded event names a sector.');
  if (m.trade.length)
    out.push(
      '',
      '### Trade turnover',
      '',
      table(
        ['Period', 'Value', 'Unit'],
        m.trade.map((t) => [md(t.period), `${t.value}${cite(t.cites)}`, md(t.unit)]),
        [1],
      ),
    );
  return out;
}

function statementsPart(m: ReportModel): string[] {
  const out = ['## Statements and quotes', ''];
  if (m.statements.length === 0) return [...out, 'No statements recorded.'];
  for (const s of m.statements) {
    out.push(`**${md(dateLabel(s.date))}** (${md(s.classLabel)}) ${md(s.text)}${cite(s.cites)}`, '');
    for (const q of s.quotes) out.push(`> “${md(q.text)}”${cite(q.cites)}`, '');
  }
  return out;
}

function disputesPart(m: ReportModel): string[] {
  const out = ['## Where sources disagree', ''];
  if (m.conflicts.length === 0) return [...out, 'No disagreement between sources is recorded.'];
  for (const c of m.conflicts) {
    out.push(`⚑ **${md(c.field)}** of ${md(c.subject)}`, '');
    for (const cl of c.claims)
      out.push(`- ${md(cl.value)}${cl.note ? ` (${md(cl.note)})` : ''}${cite(cl.cites)}`);
    if (c.note) out.push('', `*${md(c.note)}*`);
    out.push('');
  }
  return out;
}

function chronologyPart(m: ReportModel): string[] {
  const out = ['## Chronology of recorded events', ''];
  if (m.chronology.length === 0) return [...out, 'No recorded events.'];
  return [
    ...out,
    table(
      ['Date', 'Class', 'Event'],
      m.chronology.map((e) => [
        md(spanLabel(e.date, e.end)),
        md(e.classLabel),
        `${md(e.text)}${e.original ? ` “${md(e.original)}”` : ''}${cite(e.cites)}${flag(e.disputed)}`,
      ]),
    ),
  ];
}

function referencesPart(m: ReportModel): string[] {
  const out = ['## References', ''];
  if (m.references.length === 0) return [...out, 'No sources.'];
  for (const r of m.references) {
    const href = markdownHref(r.url);
    const label = `${md(r.label)}${r.publisher ? `, ${md(r.publisher)}` : ''}`;
    out.push(`${r.n}. ${label}${href ? `: <${href}>` : ''}`);
  }
  return out;
}

/** Renders the model as Markdown. */
export function renderMarkdown(m: ReportModel): string {
  const cur = m.level.current;
  const lines = [
    `# ${md(m.title)}`,
    '',
    `*As of ${md(m.asOfLabel)}${cur ? ` · level ${score(cur.display)}, ${cur.level} (${cur.sublevel})${cur.month === m.asOf ? '' : ` in ${md(dateLabel(cur.month))}, the last month with evidence`}` : ' · level not measurable'} · ${plural(m.counts.events, 'event')}${m.counts.machineEvents ? ` (and ${plural(m.counts.machineEvents, 'machine-coded event')} in the level)` : ''} · ${plural(m.references.length, 'source')}*`,
    '',
    '## Summary',
    '',
    m.summary.map(cited).join(' '),
    '',
    ...levelPart(m),
    '',
    '## Milestones and key events',
    '',
    ...(m.keyEvents.length ? timelineLines(m.keyEvents) : ['No key events recorded.']),
    '',
    ...frameworkPart(m),
    '## Agreements',
    '',
    m.agreements.length
      ? table(
          ['Signed', 'Title', 'Kind', 'Level', 'Status'],
          m.agreements.map((a) => [
            a.date ? md(dateLabel(a.date)) : 'undated',
            `${md(a.title)}${a.milestone ? ` (milestone: ${md(a.milestone)})` : ''}${cite(a.cites)}${flag(a.disputed)}`,
            md(a.kindLabel),
            md(a.levelLabel),
            a.status.map(cited).join('; '),
          ]),
        )
      : 'No agreements recorded.',
    '',
    ...sectorsPart(m),
    '',
    ...structuralPart(m),
    ...statementsPart(m),
    ...disputesPart(m),
    ...chronologyPart(m),
    '',
    ...referencesPart(m),
    '',
    `*${md(methodNote(m))}*`,
    '',
  ];
  return lines.join('\n');
}
