/** A country's partners: a ranked list and a schematic world map (circles at centroids) coloured by level. */
import { CENTROIDS } from './centroids.ts';
import { byId, clear, el } from './dom.ts';
import { LEVEL_COLORS } from './echarts.ts';
import type { Partners } from './types.ts';

const SVG = 'http://www.w3.org/2000/svg';
const W = 720;
const H = 360;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Equirectangular projection onto the W×H map. */
const project = ([lat, lon]: [number, number]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H] as const;

/** Shows the ranking and the map; `onPick` opens the pair with a partner. */
export function showPartners(p: Partners, countryName: string, onPick: (iso3: string) => void): void {
  byId('partners-section').hidden = false;
  byId('partners-title').textContent = `${countryName}'s partners in ${p.month}`;
  const list = byId('partners-list');
  clear(list);
  for (const row of p.partners) {
    const button = el('button', { type: 'button', class: 'link' }, `${row.name} (${row.iso3})`);
    button.addEventListener('click', () => onPick(row.iso3));
    list.append(
      el(
        'li',
        {},
        el('span', { class: 'swatch', style: `background:${LEVEL_COLORS[row.level] ?? '#999'}` }),
        button,
        ` ${row.display.toFixed(1)} ${row.level}-${row.sublevel} · ${row.events} events`,
      ),
    );
  }
  if (p.partners.length === 0) list.append(el('li', {}, 'No partner has data yet.'));

  const map = byId('world-map');
  clear(map);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'partners on a world map' });
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#f4f7fa' }));
  for (const lat of [-60, -30, 0, 30, 60]) {
    const [, y] = project([lat, 0]);
    root.append(svg('line', { x1: 0, x2: W, y1: y, y2: y, stroke: '#dde3ea' }));
  }
  const byIso = new Map(p.partners.map((row) => [row.iso3, row]));
  for (const [iso3, at] of CENTROIDS) {
    if (byIso.has(iso3) || iso3 === p.country) continue;
    const [x, y] = project(at);
    root.append(svg('circle', { cx: x, cy: y, r: 2.5, fill: '#c8d0d8' }));
  }
  const self = CENTROIDS.get(p.country);
  const drawn = [...byIso.values()].filter((row) => CENTROIDS.has(row.iso3));
  for (const row of drawn) {
    const [x, y] = project(CENTROIDS.get(row.iso3)!);
    if (self) {
      const [sx, sy] = project(self);
      root.append(
        svg('line', {
          x1: sx,
          y1: sy,
          x2: x,
          y2: y,
          stroke: LEVEL_COLORS[row.level] ?? '#999',
          'stroke-opacity': 0.5,
        }),
      );
    }
    const dot = svg('circle', {
      cx: x,
      cy: y,
      r: 7,
      fill: LEVEL_COLORS[row.level] ?? '#999',
      class: 'partner',
    });
    const title = svg('title', {});
    title.textContent = `${row.name}: ${row.display.toFixed(1)} ${row.level}`;
    dot.append(title);
    dot.addEventListener('click', () => onPick(row.iso3));
    const label = svg('text', { x: x + 9, y: y + 4, 'font-size': 11 });
    label.textContent = row.iso3;
    root.append(dot, label);
  }
  if (self) {
    const [x, y] = project(self);
    const label = svg('text', { x: x + 7, y: y - 6, 'font-size': 11, 'font-weight': 'bold' });
    label.textContent = p.country;
    root.append(svg('circle', { cx: x, cy: y, r: 5, fill: '#222' }), label);
  }
  map.append(root);
}
