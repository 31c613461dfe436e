/** A country's partners: the world map coloured by level, and the ranked list beside it. */
import { dateInWords } from '../../src/core/date-words.ts';
import { byId, clear, el } from './dom.ts';
import { LEVEL_COLORS } from './echarts.ts';
import type { Partners } from './types.ts';
import { drawWorldMap } from './world-map.ts';

/** Shows the ranking and the map; `onPick` opens the pair with a partner. */
export async function showPartners(
  p: Partners,
  countryName: string,
  onPick: (iso3: string) => void,
): Promise<void> {
  byId('partners-section').hidden = false;
  byId('partners-title').textContent = `${countryName}'s partners in ${dateInWords(p.month)}`;
  const list = byId('partners-list');
  clear(list);
  for (const row of p.partners.slice(0, 25)) {
    const button = el('button', { type: 'button', class: 'link' }, row.name);
    button.addEventListener('click', () => onPick(row.iso3));
    list.append(
      el(
        'li',
        {},
        el('span', { class: 'swatch', style: `background:${LEVEL_COLORS[row.level] ?? '#999'}` }),
        button,
        ` ${row.display.toFixed(1)}, ${row.level}`,
      ),
    );
  }
  if (p.partners.length > 25)
    list.append(el('li', { class: 'meta' }, `and ${p.partners.length - 25} more on the map`));
  if (p.partners.length === 0) list.append(el('li', {}, 'No partner has data yet.'));
  const legend = byId('map-legend');
  clear(legend);
  legend.append(el('li', {}, el('span', { class: 'swatch', style: 'background:#222' }), countryName));
  for (const [level, colour] of Object.entries(LEVEL_COLORS).reverse())
    legend.append(el('li', {}, el('span', { class: 'swatch', style: `background:${colour}` }), level));
  legend.append(el('li', {}, el('span', { class: 'swatch', style: 'background:#e3e8ee' }), 'no data'));
  await drawWorldMap(byId('world-map'), p, onPick);
}
