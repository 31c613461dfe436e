/** The pair's brief as the report writes it: the summary beside the chart, the full brief, the disagreements. */
import { byId, clear, el, safeUrl } from './dom.ts';
import type { BriefView, Cited } from './types.ts';

/** ` [1, 3]` as links to the references list below the disagreements. */
function cites(ns: readonly number[]): Node | string {
  if (ns.length === 0) return '';
  // Runs of consecutive numbers as ranges: [1–11, 54].
  const runs: [number, number][] = [];
  for (const n of ns) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const sup = el('sup', { class: 'cite' }, '[');
  runs.forEach(([a, b], i) => {
    if (i) sup.append(', ');
    sup.append(el('a', { href: `#ref-${a}` }, String(a)));
    if (b > a) sup.append(b === a + 1 ? ', ' : '–', el('a', { href: `#ref-${b}` }, String(b)));
  });
  sup.append(']');
  return sup;
}

const sentence = (s: Cited) => [s.text, cites(s.cites), ' '];

function paragraph(view: BriefView, id: string): HTMLElement | null {
  const part = view.brief.find((p) => p.id === id);
  if (!part) return null;
  // A sentence that starts a paragraph (the story's decades) opens a new <p>.
  const box = el('div', { 'data-part': id });
  let p = el('p', {}, el('strong', {}, `${part.heading}. `));
  for (const s of part.sentences) {
    if (s.paragraph) {
      box.append(p);
      p = el('p', {});
    }
    p.append(...sentence(s));
  }
  box.append(p);
  return box;
}

/** Beside the chart: who the two are to each other and where the level stands. */
export function showSummary(view: BriefView): void {
  const box = byId('pair-summary');
  clear(box);
  for (const id of ['standing', 'assessment']) {
    const p = paragraph(view, id);
    if (p) box.append(p);
  }
}

/** The whole brief, part by part. */
export function showBrief(view: BriefView): void {
  byId('brief-section').hidden = view.brief.length === 0;
  const box = byId('brief');
  clear(box);
  for (const part of view.brief) {
    const p = paragraph(view, part.id);
    if (p) box.append(p);
  }
}

/** One line per disputed fact: each version once, with the sources that give it. */
export function showDisagreements(view: BriefView): void {
  const ul = byId('conflicts');
  clear(ul);
  if (view.conflicts.length === 0)
    ul.append(el('li', {}, 'The sources of this record agree with each other.'));
  for (const c of view.conflicts) {
    const li = el('li', {}, el('strong', {}, c.what), ': ');
    c.claims.forEach((cl, i) => {
      if (i) li.append('; ');
      li.append(cl.value, cites(cl.cites));
    });
    ul.append(li);
  }
  const refs = byId('references');
  clear(refs);
  for (const r of view.references) {
    const href = safeUrl(r.url);
    refs.append(
      el(
        'li',
        { id: `ref-${r.n}`, value: String(r.n) },
        r.text,
        href ? ', ' : '',
        href
          ? el(
              'a',
              { href, target: '_blank', rel: 'noopener noreferrer' },
              href.replace(/^https?:\/\/(www\.)?/, ''),
            )
          : '',
      ),
    );
  }
}
