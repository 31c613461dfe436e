/** Agreements and institutions, in words: dates written out, kinds and levels without codes. */
import { dateInWords } from '../../src/core/date-words.ts';
import { byId, clear, el, sourceLink } from './dom.ts';
import type { Agreement, Mechanism } from './types.ts';

function firstLink(sources: { url?: string }[]): Node | string {
  const url = sources.find((s) => s.url)?.url;
  return url ? sourceLink(url, 'source') : '';
}

const words = (code: string) => code.replace(/_/g, ' ').toLowerCase();
const LEVELS: Record<string, string> = {
  state: 'heads of state',
  government: 'governments',
  agency: 'agencies',
};

/** The agreements table: signed, title, kind, signed for, latest step, milestone. */
export function showAgreements(list: Agreement[]): void {
  const table = byId<HTMLTableElement>('agreements');
  clear(table);
  table.append(
    el(
      'tr',
      {},
      ...['Signed', 'Title', 'Kind', 'Signed for', 'Latest step', 'Milestone', ''].map((h) =>
        el('th', {}, h),
      ),
    ),
  );
  for (const a of list) {
    const last = a.status.at(-1);
    table.append(
      el(
        'tr',
        {},
        el('td', { class: 'nowrap' }, a.signed ? dateInWords(a.signed.date) : ''),
        el('td', {}, a.title),
        el('td', {}, words(a.kind)),
        el('td', {}, LEVELS[a.level] ?? a.level),
        el('td', {}, last ? `${words(last.status)}, ${dateInWords(last.date)}` : ''),
        el('td', {}, a.rung ? words(a.rung) : ''),
        el('td', {}, firstLink(a.sources)),
      ),
    );
  }
}

/** The institutions table: title, kind, established, meetings. */
export function showMechanisms(list: Mechanism[]): void {
  const table = byId<HTMLTableElement>('mechanisms');
  clear(table);
  table.append(
    el('tr', {}, ...['Institution', 'Kind', 'Established', 'Meetings', ''].map((h) => el('th', {}, h))),
  );
  for (const m of list) {
    table.append(
      el(
        'tr',
        {},
        el('td', {}, m.title),
        el('td', {}, m.kind === 'other' ? '' : words(m.kind)),
        el('td', { class: 'nowrap' }, m.established ? dateInWords(m.established.date) : ''),
        el(
          'td',
          {},
          m.meetings.map((x) => dateInWords(x.date) + (x.place ? `, ${x.place.name}` : '')).join('; '),
        ),
        el('td', {}, firstLink(m.sources)),
      ),
    );
  }
}
