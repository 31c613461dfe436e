/** Server-side ECharts: an option in, an SVG string out, with no DOM and no animation. */
import * as echarts from 'echarts';

/** Fonts every reader has: the report loads nothing from outside. */
export const CHART_FONT = 'Helvetica, Arial, sans-serif';

/** Renames ECharts' counter-based class and clip-path names (`zr3-cls-12`, `zr3-c0`) in order of appearance. */
function renameIds(svg: string, name: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-([a-z]+)-?\d+\b/g, (token, kind: string) => {
    let renamed = names.get(token);
    if (!renamed) {
      renamed = `${name}-${kind}${names.size}`;
      names.set(token, renamed);
    }
    return renamed;
  });
}

/**
 * Renders an ECharts option to SVG at a fixed size. ECharts numbers the SVG's classes and clip paths
 * with process-wide counters (`zr3-cls-12`); they are renamed after `name`, so that the
 * same chart always gives the same SVG and two charts on one page never share a class.
 */
export function renderSvg(
  option: echarts.EChartsOption,
  width: number,
  height: number,
  name: string,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return renameIds(chart.renderToSVGString(), name);
  } finally {
    chart.dispose();
  }
}
