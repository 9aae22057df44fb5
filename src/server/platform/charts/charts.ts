/**
 * Charts for documents: an ECharts option rendered on the server to an SVG string (ECharts'
 * server-side rendering, no browser or canvas), so a PDF carries the chart as vectors.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, SVGRenderer]);

/** The chart of `option` as SVG of `width` × `height` points. */
export function chartSvg(
  option: echarts.EChartsCoreOption,
  size: { width: number; height: number },
): string {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, ...size });
  try {
    // Paper has no hover: the tooltip (a component not loaded here) and animation are left out.
    const printable = Object.fromEntries(
      Object.entries(option).filter(([key]) => key !== 'tooltip'),
    );
    chart.setOption({ ...printable, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
