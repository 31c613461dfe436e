/**
 * A country's partners on a real world map: Natural Earth 1:110m countries from `world-atlas`
 * (topojson, turned into GeoJSON by `topojson-client`), drawn by ECharts' map series and coloured by level.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api } from './api.ts';
import { echarts, LEVEL_COLORS } from './echarts.ts';
import type { Partners } from './types.ts';

let registered: Promise<void> | undefined;

type Ring = number[][];

/**
 * A ring that crosses the antimeridian (Chukotka, Fiji) jumps from +180 to −180 and would be drawn
 * as a stripe across the map: its points are moved to the side most of it lies on.
 */
function mend(ring: Ring): Ring {
  const jumps = ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]![0] ?? 0)) > 180);
  if (!jumps) return ring;
  const east = ring.filter((p) => (p[0] ?? 0) > 0).length >= ring.length / 2;
  return ring.map(([x = 0, y = 0]) => [east ? (x < 0 ? 180 : x) : x > 0 ? -180 : x, y]);
}

function mendGeometry(g: { type: string; coordinates?: unknown } | null): void {
  if (!g) return;
  if (g.type === 'Polygon') g.coordinates = (g.coordinates as Ring[]).map(mend);
  if (g.type === 'MultiPolygon') g.coordinates = (g.coordinates as Ring[][]).map((poly) => poly.map(mend));
}

/** Registers the map once, with each country's ISO3 code as its name (the API's numeric codes). */
function register(): Promise<void> {
  registered ??= api.countries('').then(({ countries }) => {
    const iso3 = new Map(countries.flatMap((c) => (c.numeric ? [[c.numeric, c.iso3] as const] : [])));
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const geo = feature(topo, topo.objects.countries);
    for (const f of geo.features) {
      // Antarctica runs around the whole globe on purpose.
      if (String(f.id) !== '010') mendGeometry(f.geometry as { type: string; coordinates?: unknown });
      const code = f.id !== undefined ? iso3.get(String(f.id).padStart(3, '0')) : undefined;
      // Kosovo has no ISO numeric code; the registry calls it XKK.
      f.properties = { name: code ?? (f.properties?.name === 'Kosovo' ? 'XKK' : (f.properties?.name ?? '')) };
    }
    echarts.registerMap('world', geo as unknown as Parameters<typeof echarts.registerMap>[1]);
  });
  return registered;
}

/** Draws the partners of `p.country` on the map in `node`; a click on a partner opens that pair. */
export async function drawWorldMap(
  node: HTMLElement,
  p: Partners,
  onPick: (iso3: string) => void,
): Promise<void> {
  await register();
  const chart = echarts.getInstanceByDom(node) ?? echarts.init(node, undefined, { renderer: 'svg' });
  window.addEventListener('resize', () => chart.resize());
  const names = new Map(p.partners.map((r) => [r.iso3, r]));
  chart.setOption(
    {
      animation: false,
      tooltip: {
        trigger: 'item',
        // Text built from numbers and fixed words only: the formatter's string is markup.
        formatter: (it: { name: string }) => {
          const r = names.get(it.name);
          return r
            ? `${it.name}: ${r.display.toFixed(1)} ${r.level}`
            : it.name === p.country
              ? `${it.name}`
              : '';
        },
      },
      series: [
        {
          type: 'map',
          map: 'world',
          roam: true,
          aspectScale: 1,
          top: 4,
          bottom: 4,
          emphasis: { label: { show: false } },
          itemStyle: { areaColor: '#e3e8ee', borderColor: '#fff', borderWidth: 0.5 },
          data: [
            { name: p.country, value: 0, itemStyle: { areaColor: '#222' } },
            ...p.partners.map((r) => ({
              name: r.iso3,
              value: r.display,
              itemStyle: { areaColor: LEVEL_COLORS[r.level] ?? '#999' },
            })),
          ],
        },
      ],
    },
    true,
  );
  chart.off('click');
  chart.on('click', (e: { name?: string }) => {
    if (e.name && names.has(e.name)) onPick(e.name);
  });
}
