/**
 * What the Statistieken screen and the PDF export show alike: the report's number formats and the
 * ECharts options of its charts. The web draws an option in the browser, the server renders the
 * same option to SVG for the PDF, so the chart on paper is the chart on screen.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { intlLocaleOf } from './formats.js';
import type { AbsencePercentageReport } from './reports.js';

/** The figures of a report for people: two decimals, as the screen and the PDF print them. */
export type ReportFormatters = {
  decimal: (value: number) => string;
  percent: (value: number) => string;
  /** `YYYY-MM` as "jan 2025" / "Jan 2025". */
  monthName: (yearMonth: string) => string;
};

export function reportFormatters(language: string): ReportFormatters {
  const locale = intlLocaleOf(language);
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const month = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    decimal: (value) => number.format(value),
    percent: (value) => `${number.format(value)}%`,
    monthName: (yearMonth) => month.format(new Date(`${yearMonth}-01T00:00:00Z`)),
  };
}

export type ChartLine = { name: string; values: (number | null)[] };

/** The lines of Verzuimpercentage per maand: the total's three VPs, then each unit's VP. */
export function absencePercentageChartLines(
  report: AbsencePercentageReport,
  t: (
    key:
      | 'reports.total'
      | 'reports.columns.vp'
      | 'reports.columns.cumulativeVp'
      | 'reports.columns.rollingVp',
  ) => string,
): ChartLine[] {
  const total = (key: 'vp' | 'cumulativeVp' | 'rollingVp') => ({
    name: `${t('reports.total')}: ${t(`reports.columns.${key}`)}`,
    values: report.total.months.map((month) => month[key]),
  });
  return [
    total('vp'),
    total('cumulativeVp'),
    total('rollingVp'),
    ...report.units.map((unit) => ({
      name: unit.name,
      values: unit.months.map((month) => month.vp),
    })),
  ];
}

/**
 * A line chart of percentages per category (month); a gap where a value is unknown. On paper
 * nothing scrolls: `legendRows` lays the legend out in full below the chart instead.
 */
export function lineChartOption({
  categories,
  lines,
  format,
  legendRows,
}: {
  categories: string[];
  lines: ChartLine[];
  format: (value: number) => string;
  legendRows?: number;
}): EChartsCoreOption {
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : ''),
    },
    legend: legendRows === undefined ? { type: 'scroll', bottom: 0 } : { type: 'plain', bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 36 + 22 * (legendRows ?? 1) },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => format(value) } },
    series: lines.map((line) => ({
      type: 'line',
      name: line.name,
      data: line.values,
      connectNulls: false,
    })),
  };
}

/**
 * Stacked bars of percentages per category, e.g. the VP of each duration class per quarter: the
 * stack's height is the VP, each part a class's share of it.
 */
export function stackedBarChartOption({
  categories,
  bars,
  format,
  legendRows,
}: {
  categories: string[];
  bars: ChartLine[];
  format: (value: number) => string;
  legendRows?: number;
}): EChartsCoreOption {
  return {
    ...lineChartOption({ categories, lines: [], format, legendRows }),
    series: bars.map((bar) => ({ type: 'bar', stack: 'total', name: bar.name, data: bar.values })),
  };
}
