/** The report as one self-contained HTML page: inline CSS and SVG, no scripts, no outside requests. */
import { levelChartSvg } from './charts/level-chart.ts';
import { sectorChartSvg } from './charts/sector-chart.ts';
import { periodsChartSvg, tradeChartSvg, unChartSvg } from './charts/structural-charts.ts';
import { citationLead, unnumbered, shortAddress } from '../core/citation.ts';
import { escapeHtml as esc, safeHref } from './escape.ts';
import { citeRuns, dateLabel, money, plural, recordCounts, score, signed, spanLabel } from './format.ts';
import { REPORT_CSS } from './html-style.ts';
import { coverageSentence, methodNote, notMeasurableReason } from './method-note.ts';
import type { Cited, ReportModel } from './types.ts';

/** `[1–3, 7]` as links to the references. */
function cite(cites: readonly number[]): string {
  if (cites.length === 0) return '';
  const runs = citeRuns(cites).map(([a, b]) =>
    a === b
      ? `<a href="#ref-${a}">${a}</a>`
      : `<a href="#ref-${a}">${a}</a>${b === a + 1 ? ', ' : '–'}<a href="#ref-${b}">${b}</a>`,
  );
  return `<sup class="cite">[${runs.join(', ')}]</sup>`;
}

const cited = (c: Cited) => `${esc(c.text)}${cite(c.cites)}`;

/** The ⚑ marks that lead to the disagreements about an item. */
function flags(anchors: readonly string[]): string {
  return anchors.map((a) => ` <a class="flag" href="#${esc(a)}" title="sources disagree">⚑</a>`).join('');
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}">\n<h2>${esc(title)}</h2>\n${body}\n</section>`;
}

const empty = (text: string) => `<p class="empty">${esc(text)}</p>`;

function header(m: ReportModel): string {
  const cur = m.level.current;
  const card = cur
    ? `<div class="card"><span class="value">${score(cur.display)}</span><span class="label">${esc(cur.level)} · ${esc(cur.sublevel)}${cur.month === m.asOf ? '' : ` · ${esc(dateLabel(cur.month))}`}</span></div>`
    : `<div class="card"><span class="value">–</span><span class="label">not measurable</span></div>`;
  return `<header>
<div>
<p class="kicker">Bilateral brief · ${esc(m.names[0])} – ${esc(m.names[1])}</p>
<h1>${esc(m.title)}</h1>
<p class="meta">As of ${esc(m.asOfLabel)} · ${recordCounts(m.counts)} · ${plural(m.references.length, 'source')}${m.level.method ? ` · method ${esc(m.level.method.version)}` : ''}</p>
</div>
${card}
</header>`;
}

function levelSection(m: ReportModel): string {
  const l = m.level;
  if (!l.measurable)
    return section('level', 'Level of relations', empty(`Not measurable: ${notMeasurableReason(l)}.`));
  const chart = levelChartSvg({
    points: l.points,
    milestones: l.milestones.map((x) => ({ month: x.month, label: x.label })),
  });
  const legend = l.milestones
    .map((x, i) => `${i + 1} ${esc(x.label)} (${esc(dateLabel(x.date))})`)
    .join(' · ');
  const drivers = l.drivers.length
    ? `<h3>What moved the level over the last 12 months</h3>
<table><thead><tr><th>Event</th><th>Date</th><th class="num">Contribution</th></tr></thead><tbody>
${l.drivers.map((d) => `<tr><td>${esc(d.ref === 'baseline' ? 'The pull of the highest tie in force' : d.title)}${d.original ? ` <q lang="ru">${esc(d.original)}</q>` : ''}${cite(d.cites)}</td><td class="date">${d.date ? esc(dateLabel(d.date)) : ''}</td><td class="num">${signed(d.dS)}${d.fading ? ' <span class="note">(effect wearing off)</span>' : ''}</td></tr>`).join('\n')}
</tbody></table>`
    : '';
  return section(
    'level',
    'Level of relations',
    `<p>${esc(coverageSentence(l))}</p>\n<figure>${chart}<figcaption>Relations level by month (line; dashed where no source covers the month and the model is carried forward) with its 90% band (shaded), on the scale −9 to +9; shading marks the named levels.${legend ? ` Milestones: ${legend}.` : ''}</figcaption></figure>\n${drivers}`,
  );
}

function frameworkSection(m: ReportModel): string {
  if (m.framework.length === 0) return '';
  const body = m.framework
    .map((x) => {
      const attrs = x.attributes.map((a) => a.value).join('; ');
      const meetings = x.meetings.length
        ? `<ul>${x.meetings.map((mt) => `<li>${esc(spanLabel(mt.date, mt.end))}${mt.place ? `, ${esc(mt.place)}` : ''}: ${esc(mt.text)}${cite(mt.cites)}</li>`).join('')}</ul>`
        : '';
      const about = [
        x.established?.text ?? '',
        attrs ? `${attrs.charAt(0).toUpperCase()}${attrs.slice(1)}.` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return `<div class="mechanism"><h3>${esc(x.title)}${x.kindLabel ? ` <span class="tag">${esc(x.kindLabel)}</span>` : ''}${cite(x.cites)}${flags(x.disputed)}</h3>
${about ? `<p class="attrs">${esc(about)}</p>` : ''}
${meetings}</div>`;
    })
    .join('\n');
  return section('framework', 'Institutions', body);
}

function agreementsSection(m: ReportModel): string {
  if (m.agreements.length === 0) return '';
  const rows = m.agreements
    .map(
      (a) =>
        `<tr><td class="date">${a.date ? esc(dateLabel(a.date)) : 'date not recorded'}</td><td>${esc(a.title)}${a.milestone ? ` <span class="tag milestone">${esc(a.milestone)}</span>` : ''}${cite(a.cites)}${flags(a.disputed)}</td><td>${esc(a.kindLabel)}</td><td>${esc(a.levelLabel)}</td><td>${a.status.map(cited).join('; ')}</td></tr>`,
    )
    .join('\n');
  return section(
    'agreements',
    'Agreements',
    `<table><thead><tr><th>Signed</th><th>Title</th><th>Kind</th><th>Signed for</th><th>Later steps</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
  );
}

/** Years shown in a structural table: every fifth year and the last. */
function sampled<T extends { year: number }>(rows: readonly T[]): T[] {
  return rows.filter((r, i) => r.year % 5 === 0 || i === rows.length - 1);
}

function structuralSectionHtml(m: ReportModel): string {
  const s = m.structural;
  if (!s) return '';
  const parts: string[] = [
    `<p>The public record of the pair in the reference data sets, beside the level (alliances, representation, disputes and wars count in the level as the method says; UN votes, trade and shared memberships do not).</p>`,
  ];
  if (s.periods.length)
    parts.push(
      `<figure>${periodsChartSvg(s.periods)}<figcaption>Alliances, diplomatic representation, rivalries, militarized disputes and wars, by year.</figcaption></figure>`,
      `<ul class="periods">${s.periods.map((p) => `<li>${esc(p.label)} <span class="src">(${esc(p.source)})</span></li>`).join('')}</ul>`,
    );
  if (s.un.length)
    parts.push(
      `<figure>${unChartSvg(s.un)}<figcaption>UN General Assembly alignment by year: agreement with an abstention counted as half, and the share of identical votes.</figcaption></figure>`,
      `<table><thead><tr><th>Year</th><th class="num">Joint votes</th><th class="num">Identical</th><th class="num">Agreement</th></tr></thead><tbody>${sampled(
        s.un,
      )
        .map(
          (u) =>
            `<tr><td>${u.year}</td><td class="num">${u.joint}</td><td class="num">${u.identical.toFixed(2)}</td><td class="num">${u.agreement.toFixed(2)}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
  if (s.trade.length)
    parts.push(
      `<figure>${tradeChartSvg(s.trade)}<figcaption>Trade turnover, million US$: COW Dyadic Trade to 2014, then the dossiers' figures.</figcaption></figure>`,
    );
  const igo = s.igos.at(-1);
  const facts = [
    s.contiguity.length ? `Contiguity: ${s.contiguity.join('; ')}.` : 'The two share no border.',
    igo
      ? `They shared ${plural(igo.shared, 'membership')} of intergovernmental organisations in ${igo.year}.`
      : '',
  ].filter(Boolean);
  parts.push(
    `<p>${esc(facts.join(' '))}</p>`,
    `<p class="note">${esc(`Sources: ${s.sources.join('; ')}.`)}</p>`,
  );
  return section('structural', 'Structural record', parts.join('\n'));
}

function sectorsSection(m: ReportModel): string {
  const s = m.sectors;
  const parts: string[] = [];
  if (s.rows.length) {
    parts.push(
      `<figure>${sectorChartSvg(s)}<figcaption>Recorded events naming each sector, by period.</figcaption></figure>`,
    );
    parts.push(`<table><thead><tr><th>Sector</th>${s.periods.map((p) => `<th class="num">${esc(p)}</th>`).join('')}<th class="num">Total</th></tr></thead><tbody>
${s.rows.map((r) => `<tr><td>${esc(r.sector)}</td>${r.counts.map((c) => `<td class="num">${c || ''}</td>`).join('')}<td class="num">${r.total}</td></tr>`).join('\n')}
</tbody></table>`);
    if (s.unassigned)
      parts.push(
        `<p class="note">${plural(s.unassigned, 'further event names', 'further events name')} no sector.</p>`,
      );
  }
  if (m.trade.length)
    parts.push(`<h3>Trade turnover</h3><table><thead><tr><th>Period</th><th class="num">Turnover</th></tr></thead><tbody>
${m.trade.map((t) => `<tr><td>${esc(t.period)}</td><td class="num">${esc(money(t.value, t.unit))}${cite(t.cites)}</td></tr>`).join('\n')}
</tbody></table>`);
  if (parts.length === 0) return '';
  return section('sectors', 'Cooperation by sector', parts.join('\n'));
}

function statementsSection(m: ReportModel): string {
  if (m.statements.length === 0) return '';
  const body = m.statements
    .map(
      (s) =>
        `<div class="statement"><p><time>${esc(dateLabel(s.date))}</time> <span class="tag">${esc(s.classLabel)}</span> ${esc(s.text)}${cite(s.cites)}</p>
${s.quotes.map((q) => `<blockquote>“${esc(q.text)}”${cite(q.cites)}</blockquote>`).join('\n')}</div>`,
    )
    .join('\n');
  return section('statements', 'Statements', body);
}

function disputesSection(m: ReportModel): string {
  if (m.conflicts.length === 0) return '';
  const body = m.conflicts
    .map(
      (c) =>
        `<li class="dispute" id="${esc(c.anchor)}">${esc(c.what)}: ${c.claims.map((cl) => `${esc(cl.value)}${cite(cl.cites)}`).join('; ')}.</li>`,
    )
    .join('\n');
  return section('disputes', 'Where sources disagree', `<ul class="disputes">\n${body}\n</ul>`);
}

function chronologySection(m: ReportModel): string {
  if (m.chronology.length === 0) return '';
  const rows = m.chronology
    .map(
      (e) =>
        `<tr id="event-${esc(e.id)}"><td class="date">${esc(spanLabel(e.date, e.end))}</td><td>${esc(e.classLabel)}</td><td>${esc(e.text)}${e.original ? ` <q lang="ru">${esc(e.original)}</q>` : ''}${cite(e.cites)}${flags(e.disputed)}</td></tr>`,
    )
    .join('\n');
  return section(
    'chronology',
    'Appendix: chronology',
    `<p class="note">The recorded events the brief does not already tell.</p>\n<table><thead><tr><th>Date</th><th>Kind</th><th>Event</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
  );
}

function referencesSection(m: ReportModel): string {
  if (m.references.length === 0) return '';
  const items = m.references
    .map((r) => {
      const href = safeHref(r.url);
      const lead = citationLead(unnumbered(r));
      return `<li id="ref-${r.n}" value="${r.n}">${esc(lead)}${href ? `${lead ? ', ' : ''}<a href="${esc(href)}">${esc(shortAddress(href))}</a>` : ''}</li>`;
    })
    .join('\n');
  return section('references', 'References', `<ol class="refs">\n${items}\n</ol>`);
}

/** The brief: each part a paragraph with its lead-in. */
function briefSection(m: ReportModel): string {
  const body = m.brief
    .map(
      (p) =>
        `<p id="brief-${p.id}"><strong>${esc(p.heading)}.</strong> ${p.sentences.map(cited).join(' ')}</p>`,
    )
    .join('\n');
  return section('brief', 'Brief', `<div class="brief">\n${body}\n</div>`);
}

/** Renders the model as one self-contained HTML document. */
export function renderHtml(m: ReportModel): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(m.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main class="report">
${header(m)}
${briefSection(m)}
${levelSection(m)}${m.structural ? `\n${structuralSectionHtml(m)}` : ''}
${frameworkSection(m)}
${agreementsSection(m)}
${sectorsSection(m)}
${statementsSection(m)}
${disputesSection(m)}
${chronologySection(m)}
${referencesSection(m)}
<footer>${esc(methodNote(m))}</footer>
</main>
</body>
</html>
`;
}
