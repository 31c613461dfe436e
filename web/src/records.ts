/** Agreements, mechanisms and the places where sources disagree. */
import { byId, clear, el, sourceLink } from './dom.ts';
import type { Agreement, Conflict, Mechanism } from './types.ts';

function firstLink(sources: { url?: string }[]): Node | string {
  const url = sources.find((s) => s.url)?.url;
  return url ? sourceLink(url, 'source') : '';
}

/** The agreements table: signed, title, kind, level, latest status, rung. */
export function showAgreements(list: Agreement[]): void {
  const table = byId<HTMLTableElement>('agreements');
  clear(table);
  table.append(
    el('tr', {}, ...['signed', 'title', 'kind', 'level', 'status', 'rung', ''].map((h) => el('th', {}, h))),
  );
  for (const a of list) {
    const last = a.status.at(-1);
    table.append(
      el(
        'tr',
        {},
        el('td', { class: 'nowrap' }, a.signed?.date ?? ''),
        el('td', {}, a.title),
        el('td', {}, a.kind.replace(/_/g, ' ')),
        el('td', {}, a.level),
        el('td', {}, last ? `${last.status.replace(/_/g, ' ')} ${last.date}` : ''),
        el('td', {}, a.rung ? a.rung.replace(/_/g, ' ').toLowerCase() : ''),
        el('td', {}, firstLink(a.sources)),
      ),
    );
  }
}

/** The mechanisms table: title, kind, established, meetings. */
export function showMechanisms(list: Mechanism[]): void {
  const table = byId<HTMLTableElement>('mechanisms');
  clear(table);
  table.append(el('tr', {}, ...['title', 'kind', 'established', 'meetings', ''].map((h) => el('th', {}, h))));
  for (const m of list) {
    table.append(
      el(
        'tr',
        {},
        el('td', {}, m.title),
        el('td', {}, m.kind.replace(/_/g, ' ')),
        el('td', { class: 'nowrap' }, m.established?.date ?? ''),
        el('td', {}, m.meetings.map((x) => x.date + (x.place ? ` ${x.place.name}` : '')).join('; ')),
        el('td', {}, firstLink(m.sources)),
      ),
    );
  }
}

/** Every disputed fact with each version and its sources: nothing is silently picked. */
export function showConflicts(list: Conflict[]): void {
  const ul = byId('conflicts');
  clear(ul);
  if (list.length === 0) ul.append(el('li', {}, 'No recorded disagreement between sources.'));
  for (const c of list) {
    ul.append(
      el(
        'li',
        {},
        el('strong', {}, `${c.subject} — ${c.field}`),
        c.note ? el('p', { class: 'meta' }, c.note) : null,
        el(
          'ul',
          {},
          ...c.claims.map((claim) =>
            el(
              'li',
              {},
              el('span', { class: 'claim' }, claim.value),
              claim.note ? ` (${claim.note})` : '',
              ...claim.sources.map((s) =>
                s.quote
                  ? el('blockquote', {}, s.quote, ' ', s.url ? sourceLink(s.url, 'source') : '')
                  : el('p', { class: 'note' }, s.note ?? '', ' ', s.url ? sourceLink(s.url, 'source') : ''),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
