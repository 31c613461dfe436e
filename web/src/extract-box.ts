/** Paste a text, see the events found with their evidence highlighted, save them with the token. */
import { ApiError, api } from './api.ts';
import { byId, clear, el } from './dom.ts';
import type { Event } from './types.ts';

const TOKEN_KEY = 'bilateral.token';

/** The text with every source span (sources[].start/end) wrapped in a <mark>, all as text nodes. */
export function highlighted(text: string, events: Event[]): DocumentFragment {
  const spans = events
    .flatMap((e, i) => e.sources.map((s) => ({ start: s.start, end: s.end, i })))
    .filter(
      (s): s is { start: number; end: number; i: number } =>
        s.start !== undefined && s.end !== undefined && s.end > s.start,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = document.createDocumentFragment();
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) out.append(text.slice(at, start));
    out.append(el('mark', { id: `evidence-${s.i}`, 'data-event': String(s.i) }, text.slice(start, s.end)));
    at = s.end;
  }
  out.append(text.slice(at));
  return out;
}

function showEvents(text: string, events: Event[]): void {
  const list = byId('extract-events');
  clear(list);
  events.forEach((e, i) => {
    const item = el(
      'li',
      { class: 'extracted' },
      el('strong', {}, `${e.date} ${e.class.replace(/_/g, ' ')}`),
      ` (${e.dyad.join('–')}, CAMEO ${e.cameo}, confidence ${e.confidence.toFixed(2)}): `,
      e.summary,
    );
    item.addEventListener('click', () =>
      document.getElementById(`evidence-${i}`)?.scrollIntoView({ block: 'center' }),
    );
    list.append(item);
  });
  const evidence = byId('extract-evidence');
  clear(evidence);
  evidence.append(highlighted(text, events));
}

/**
 * What a save stored, table by table, as `extract --save` prints it: "events 8 added, 0 updated,
 * 0 unchanged; agreements 3 added, …" (a second save of the same text adds nothing).
 */
export function savedCounts(
  counts: Record<string, { added: number; updated: number; unchanged: number }>,
): string {
  return ['events', 'agreements', 'mechanisms', 'indicators']
    .filter((t) => counts[t] !== undefined)
    .map((t) => {
      const c = counts[t]!;
      return `${t} ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged`;
    })
    .join('; ');
}

/** Wires the extraction form. */
export function setupExtract(onSaved: () => void): void {
  const text = byId<HTMLTextAreaElement>('extract-text');
  const status = byId('extract-status');
  const save = byId<HTMLButtonElement>('extract-save');
  const token = byId<HTMLInputElement>('token');
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  token.addEventListener('change', () => sessionStorage.setItem(TOKEN_KEY, token.value.trim()));
  let found: string | undefined;

  byId('extract-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const value = text.value;
    if (!value.trim()) {
      status.textContent = 'Paste a text first.';
      return;
    }
    status.textContent = 'Reading…';
    try {
      const result = await api.extract(value);
      found = value;
      showEvents(value, result.events);
      status.textContent = `${result.events.length} events found.`;
      save.disabled = result.events.length === 0;
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
    }
  });

  save.addEventListener('click', async () => {
    if (found === undefined) return;
    const t = token.value.trim();
    sessionStorage.setItem(TOKEN_KEY, t);
    if (!t) {
      status.textContent = 'Saving needs the write token (bilateral serve --print-token).';
      return;
    }
    try {
      const r = await api.saveDocument(found, t);
      status.textContent = `Saved document ${r.document}: ${savedCounts(r.counts)}.`;
      onSaved();
    } catch (err) {
      status.textContent =
        err instanceof ApiError && err.status === 401 ? `Not saved: ${err.message}` : String(err);
    }
  });
}
