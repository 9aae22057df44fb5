import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import {
  type ChartLine,
  lineChartOption,
  stackedBarChartOption,
} from '../../../contracts/report-charts.js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * A chart of percentages per month or quarter (ECharts, drawn as SVG): lines, or bars stacked
 * (the parts of the VP by duration class add up to the VP). The figures are in the tables
 * beside it as well, so the chart is an image with a label for screen readers. The option is the
 * one the PDF export renders on the server (contracts/report-charts.ts).
 */
export function AbsenceChart({
  label,
  months,
  lines,
  format,
  kind = 'line',
}: {
  label: string;
  /** The categories along the x axis: months or quarters. */
  months: string[];
  lines: ChartLine[];
  format: (value: number) => string;
  kind?: 'line' | 'stackedBar';
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption(
      kind === 'line'
        ? lineChartOption({ categories: months, lines, format })
        : stackedBarChartOption({ categories: months, bars: lines, format }),
    );
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months, lines, format, kind]);
  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      data-testid="absence-chart"
      style={{ width: '100%', height: 320 }}
    />
  );
}
