/** The report as Markdown that pastes into a brief: the brief first, then the record, numbered references. */
import { citationLead, unnumbered } from '../core/citation.ts';
import { escapeMarkdown as md, markdownHref } from './escape.ts';
import { citeRuns, dateLabel, money, plural, recordCounts, score, signed, spanLabel } from './format.ts';
import { coverageSentence, methodNote } from './method-note.ts';
import type { Cited, ReportModel } from './types.ts';

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

/** A section, or nothing when it has nothing to say. */
function part(title: string, body: string[]): string[] {
  return body.length ? [`## ${title}`, '', ...body, ''] : [];
}

function briefPart(m: ReportModel): string[] {
  return m.brief.flatMap((p) => [
    `**${md(p.heading)}.** ${p.sentences
      .map((s) => `${s.paragraph ? '\n\n' : ''}${cited(s)}`)
      .join(' ')
      .replace(/ \n\n/g, '\n\n')}`,
    '',
  ]);
}

function levelPart(m: ReportModel): string[] {
  const l = m.level;
  if (!l.measurable) return [];
  const out = [md(coverageSentence(l)), ''];
  if (l.milestones.length) {
    out.push('Milestones of the ladder (pins on the chart):', '');
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
          `${md(d.ref === 'baseline' ? 'The pull of the highest tie in force' : d.title)}${d.original ? ` “${md(d.original)}”` : ''}${cite(d.cites)}`,
          d.date ? dateLabel(d.date) : '',
          `${signed(d.dS)}${d.fading ? ' (effect wearing off)' : ''}`,
        ]),
        [2],
      ),
    );
  return out;
}

function structuralPart(m: ReportModel): string[] {
  const s = m.structural;
  if (!s) return [];
  const out = [
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
          .map((u) => [
            String(u.year),
            String(u.joint),
            `${Math.round(u.identical * 100)}%`,
            `${Math.round(u.agreement * 100)}%`,
          ]),
        [1, 2, 3],
      ),
      '',
    );
  const trade = s.trade.at(-1);
  const igo = s.igos.at(-1);
  out.push(
    md(
      [
        s.contiguity.length ? `Contiguity: ${s.contiguity.join('; ')}.` : 'The two share no border.',
        trade ? `Trade turnover was ${money(trade.turnover, 'USD million')} in ${trade.period}.` : '',
        igo
          ? `They shared ${plural(igo.shared, 'membership')} of intergovernmental organisations in ${igo.year}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
    '',
    `Sources: ${md(s.sources.join('; '))}.`,
  );
  return out;
}

function frameworkPart(m: ReportModel): string[] {
  const out: string[] = [];
  for (const x of m.framework) {
    const about = [
      x.kindLabel ? `${x.kindLabel.charAt(0).toUpperCase()}${x.kindLabel.slice(1)}.` : '',
      x.established?.text ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    const attrs = x.attributes.map((a) => a.value).join('; ');
    const text = [about, attrs ? `${attrs.charAt(0).toUpperCase()}${attrs.slice(1)}.` : '']
      .filter(Boolean)
      .join(' ');
    out.push(
      ...(text
        ? [`### ${md(x.title)}`, '', `${md(text)}${cite(x.cites)}${flag(x.disputed)}`]
        : [`### ${md(x.title)}${cite(x.cites)}${flag(x.disputed)}`]),
      '',
    );
    for (const mt of x.meetings)
      out.push(
        `- ${md(spanLabel(mt.date, mt.end))}${mt.place ? `, ${md(mt.place)}` : ''}: ${md(mt.text)}${cite(mt.cites)}`,
      );
    if (x.meetings.length) out.push('');
  }
  return out;
}

function agreementsPart(m: ReportModel): string[] {
  if (m.agreements.length === 0) return [];
  return [
    table(
      ['Signed', 'Title', 'Kind', 'Signed for', 'Later steps'],
      m.agreements.map((a) => [
        a.date ? md(dateLabel(a.date)) : 'date not recorded',
        `${md(a.title)}${a.milestone ? ` (milestone: ${md(a.milestone)})` : ''}${cite(a.cites)}${flag(a.disputed)}`,
        md(a.kindLabel),
        md(a.levelLabel),
        a.status.map(cited).join('; '),
      ]),
    ),
  ];
}

function sectorsPart(m: ReportModel): string[] {
  const s = m.sectors;
  const out: string[] = [];
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
    if (s.unassigned)
      out.push('', `${plural(s.unassigned, 'further event names', 'further events name')} no sector.`);
  }
  if (m.trade.length)
    out.push(
      ...(out.length ? [''] : []),
      'Trade turnover:',
      '',
      table(
        ['Period', 'Turnover'],
        m.trade.map((t) => [md(t.period), `${md(money(t.value, t.unit))}${cite(t.cites)}`]),
        [1],
      ),
    );
  return out;
}

function statementsPart(m: ReportModel): string[] {
  const out: string[] = [];
  for (const s of m.statements) {
    out.push(`**${md(dateLabel(s.date))}** (${md(s.classLabel)}) ${md(s.text)}${cite(s.cites)}`, '');
    for (const q of s.quotes) out.push(`> “${md(q.text)}”${cite(q.cites)}`, '');
  }
  return out;
}

function disputesPart(m: ReportModel): string[] {
  return m.conflicts.map(
    (c) => `- ⚑ ${md(c.what)}: ${c.claims.map((cl) => `${md(cl.value)}${cite(cl.cites)}`).join('; ')}.`,
  );
}

function chronologyPart(m: ReportModel): string[] {
  if (m.chronology.length === 0) return [];
  return [
    'The recorded events the brief does not already tell.',
    '',
    table(
      ['Date', 'Kind', 'Event'],
      m.chronology.map((e) => [
        md(spanLabel(e.date, e.end)),
        md(e.classLabel),
        `${md(e.text)}${e.original ? ` “${md(e.original)}”` : ''}${cite(e.cites)}${flag(e.disputed)}`,
      ]),
    ),
  ];
}

function referencesPart(m: ReportModel): string[] {
  return m.references.map((r) => {
    const href = markdownHref(r.url);
    return `${r.n}. ${md(citationLead(unnumbered(r)))}${href ? `${citationLead(unnumbered(r)) ? ', ' : ''}<${href}>` : ''}`;
  });
}

/** Renders the model as Markdown. */
export function renderMarkdown(m: ReportModel): string {
  const cur = m.level.current;
  const lines = [
    `# ${md(m.title)}`,
    '',
    `*As of ${md(m.asOfLabel)}${cur ? ` · level ${score(cur.display)}, ${cur.level} (${cur.sublevel})${cur.month === m.asOf ? '' : ` in ${md(dateLabel(cur.month))}, the last month with evidence`}` : ' · level not measurable'} · ${recordCounts(m.counts)} · ${plural(m.references.length, 'source')}*`,
    '',
    ...part('Brief', briefPart(m)),
    ...part('Level of relations', levelPart(m)),
    ...part('Structural record', structuralPart(m)),
    ...part('Institutions', frameworkPart(m)),
    ...part('Agreements', agreementsPart(m)),
    ...part('Cooperation by sector', sectorsPart(m)),
    ...part('Statements', statementsPart(m)),
    ...part('Where sources disagree', disputesPart(m)),
    ...part('Appendix: chronology', chronologyPart(m)),
    ...part('References', referencesPart(m)),
    `*${md(methodNote(m))}*`,
    '',
  ];
  return lines.join('\n');
}
