/** The report's stylesheet: inline, system fonts only, A4 print rules. */
export const REPORT_CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #fff; color: #1c1c1c;
  font: 10.5pt/1.5 Georgia, 'DejaVu Serif', 'Times New Roman', serif; }
.report { max-width: 186mm; margin: 0 auto; padding: 12mm 0 16mm; }
@media print { .report { padding: 0; max-width: none; } }
h1, h2, h3, .kicker, .meta, table, figcaption, .card, .tag, .refs, footer {
  font-family: 'Helvetica Neue', Helvetica, Arial, 'DejaVu Sans', sans-serif; }
header { border-bottom: 2px solid #0d47a1; padding-bottom: 8px; margin-bottom: 14px;
  display: flex; justify-content: space-between; align-items: flex-end; gap: 16px; }
.kicker { margin: 0; font-size: 8.5pt; letter-spacing: .08em; text-transform: uppercase; color: #0d47a1; }
h1 { margin: 4px 0 6px; font-size: 20pt; line-height: 1.2; color: #0b2545; }
.meta { margin: 0; font-size: 8.5pt; color: #555; }
.card { flex: none; min-width: 34mm; text-align: center; border: 1px solid #c5cae9; border-radius: 4px;
  padding: 6px 10px; background: #f3f6fd; }
.card .value { display: block; font-size: 24pt; font-weight: 700; color: #0d47a1; line-height: 1.1; }
.card .label { display: block; font-size: 8.5pt; color: #333; }
h2 { font-size: 13pt; color: #0b2545; margin: 20px 0 6px; padding-bottom: 2px; border-bottom: 1px solid #d5d9e0;
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 12px 0 4px; color: #1c1c1c; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6px; }
.summary p { margin-bottom: 5px; }
sup.cite { font-size: 7pt; line-height: 0; color: #0d47a1; white-space: nowrap; }
sup.cite a { color: inherit; text-decoration: none; }
a { color: #0d47a1; }
figure { margin: 8px 0 10px; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #444; margin-top: 2px; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 4px 0 10px; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: 600; color: #0b2545; border-bottom: 1.5px solid #0b2545; padding: 3px 5px; }
td { vertical-align: top; border-bottom: 1px solid #e3e6eb; padding: 3px 5px; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
.tag { display: inline-block; font-size: 7.5pt; padding: 0 4px; border-radius: 3px; background: #eceff1; color: #37474f;
  white-space: nowrap; }
.tag.milestone { background: #fff3e0; color: #8d4a00; }
.flag { color: #b71c1c; font-weight: 700; text-decoration: none; }
ol.timeline { list-style: none; margin: 4px 0 10px; padding: 0; border-left: 2px solid #c5cae9; }
ol.timeline li { position: relative; margin: 0 0 6px; padding-left: 12px; break-inside: avoid; page-break-inside: avoid; }
ol.timeline li::before { content: ''; position: absolute; left: -5px; top: 6px; width: 8px; height: 8px;
  border-radius: 50%; background: #0d47a1; }
ol.timeline li.milestone::before { background: #ef6c00; }
ol.timeline time { font-family: 'Helvetica Neue', Helvetica, Arial, sans-serif; font-weight: 600; font-size: 9pt;
  margin-right: 4px; }
.mechanism { break-inside: avoid; page-break-inside: avoid; margin-bottom: 8px; }
.mechanism ul { margin: 2px 0 0 0; padding-left: 16px; }
.attrs { font-size: 9pt; color: #333; }
blockquote { margin: 3px 0 6px 10px; padding-left: 8px; border-left: 3px solid #c5cae9; color: #333; font-style: italic; }
.statement, .dispute { break-inside: avoid; page-break-inside: avoid; margin-bottom: 8px; }
.dispute { border-left: 3px solid #b71c1c; padding-left: 8px; }
.dispute ul { margin: 2px 0; padding-left: 16px; }
.note { color: #555; font-size: 9pt; }
.empty { color: #555; font-style: italic; }
ol.refs { font-size: 8pt; padding-left: 26px; margin: 4px 0; }
ol.refs li { margin-bottom: 1px; overflow-wrap: anywhere; break-inside: avoid; page-break-inside: avoid; }
#level { break-before: page; page-break-before: always; }
.brief p { margin-bottom: 7px; }
ul.disputes { padding-left: 16px; }
ul.disputes li { margin-bottom: 3px; break-inside: avoid; }
footer { margin-top: 16px; padding-top: 6px; border-top: 1px solid #d5d9e0; font-size: 8pt; color: #555; }
`;
