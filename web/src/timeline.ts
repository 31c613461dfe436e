/** The pair's events on a vis-timeline, filterable by class, sector and provenance; a click opens the sources. */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { Timeline } from 'vis-timeline/standalone';
import { byId, clear, el, sourceLink } from './dom.ts';
import type { Event } from './types.ts';

let timeline: Timeline | undefined;
let shown = new Map<string, Event>();

/** The item's end for ranges: vis-timeline needs a full date. */
function itemOf(e: Event) {
  // Item content is an element built with text nodes: vis-timeline would read a string as HTML.
  const content = el(
    'span',
    { class: `ev ev-${e.provenance}`, 'data-id': e.id },
    `${e.class.replace(/_/g, ' ')}: ${e.summary}`,
  );
  const start = e.date.length === 4 ? `${e.date}-07-01` : e.date.length === 7 ? `${e.date}-15` : e.date;
  const end = e.end && e.end.length === 10 && e.end > start ? e.end : undefined;
  return {
    id: e.id,
    content,
    start,
    ...(end ? { end, type: 'range' } : { type: 'point' }),
    className: `cls-${e.class}`,
  };
}

/** Draws (or redraws) the timeline with these events. */
export function drawTimeline(events: Event[]): void {
  shown = new Map(events.map((e) => [e.id, e]));
  byId('timeline-count').textContent = `(${events.length} events)`;
  const items = events.map(itemOf);
  const node = byId('timeline');
  if (!timeline) {
    timeline = new Timeline(
      node,
      items as never,
      {
        stack: true,
        maxHeight: 560,
        margin: { item: { horizontal: 4, vertical: 3 } },
        zoomKey: 'ctrlKey',
        verticalScroll: true,
        showTooltips: false,
        xss: { disabled: false },
      } as never,
    );
    timeline.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      const e = id === undefined ? undefined : shown.get(String(id));
      if (e) showEvent(e);
    });
  } else {
    timeline.setItems(items as never);
  }
  timeline.fit({ animation: false });
}

/** The detail panel: what happened, who, and every source with its quote. */
export function showEvent(e: Event): void {
  const box = byId('event-detail');
  clear(box);
  box.hidden = false;
  const meta = [
    e.date + (e.end ? ` – ${e.end}` : ''),
    e.class,
    `CAMEO ${e.cameo}`,
    e.provenance,
    `confidence ${e.confidence}`,
  ];
  const parts: (Node | null)[] = [
    el('h3', {}, e.summary),
    el('p', { class: 'meta' }, meta.join(' · ')),
    e.actors.length
      ? el(
          'p',
          {},
          `Actors: ${e.actors.map((a) => a.name + (a.country ? ` (${a.country})` : '')).join(', ')}`,
        )
      : null,
    e.sectors.length ? el('p', {}, `Sectors: ${e.sectors.join(', ')}`) : null,
    el('h4', {}, 'Sources'),
    el(
      'ul',
      { class: 'sources' },
      ...e.sources.map((s) =>
        el(
          'li',
          {},
          s.quote ? el('blockquote', {}, s.quote) : el('p', { class: 'note' }, s.note ?? ''),
          el('p', { class: 'meta' }, s.document ? `${s.document} ` : '', s.url ? sourceLink(s.url) : null),
        ),
      ),
    ),
  ];
  box.append(...parts.filter((p): p is Node => p !== null));
}

/** Fills the class and sector filters with the values present in the pair's events. */
export function fillFilters(events: Event[]): void {
  const fill = (id: string, values: string[]) => {
    const select = byId<HTMLSelectElement>(id);
    const keep = select.value;
    clear(select);
    select.append(
      el('option', { value: '' }, 'all'),
      ...values.map((v) => el('option', { value: v }, v.replace(/_/g, ' '))),
    );
    select.value = values.includes(keep) ? keep : '';
  };
  fill('filter-class', [...new Set(events.map((e) => e.class))].sort());
  fill('filter-sector', [...new Set(events.flatMap((e) => e.sectors))].sort());
}

/** The filter form as API query parameters; null when every provenance is unticked (nothing to show). */
export function filterQuery(): URLSearchParams | null {
  const q = new URLSearchParams();
  const cls = byId<HTMLSelectElement>('filter-class').value;
  const sector = byId<HTMLSelectElement>('filter-sector').value;
  if (cls) q.set('class', cls);
  if (sector) q.set('sector', sector);
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[name=provenance]')];
  const on = boxes.filter((b) => b.checked).map((b) => b.value);
  if (on.length === 0) return null;
  if (on.length < boxes.length) q.set('provenance', on.join(','));
  q.set('source', 'all');
  return q;
}
