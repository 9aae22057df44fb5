/**
 * The reports as PDF documents for the board: each report's document builder turns its figures
 * into the neutral document of platform/pdf — the filters used, the screen's tables and charts
 * (the same ECharts options, rendered to SVG), and an explanation of the formulas in words
 * (DOMAIN.md §4) — in the user's language.
 */
import {
  absencePercentageChartLines,
  type ChartLine,
  lineChartOption,
  type ReportFormatters,
  reportFormatters,
  stackedBarChartOption,
} from '../../../contracts/report-charts.js';
import {
  type AbsencePercentageReport,
  type CountingMethod,
  durationClasses,
  type MonthFigures,
  type PeriodFigures,
  periodFigureRows,
  type ReportHeader,
} from '../../../contracts/reports.js';
import { formatDate, formatDateTime } from '../../../contracts/formats.js';
import { chartSvg } from '../../platform/charts/charts.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import {
  type PdfBlock,
  pdfContentWidth,
  type PdfReportDocument,
  renderPdf,
} from '../../platform/pdf/pdf.js';
import type { ExportContext } from './reports.exports.js';

/** The cover's list of filters, in the order of the filter form. */
export function filterLines(
  filter: ReportHeader,
  { t, locale }: Pick<ExportContext, 't' | 'locale'>,
): PdfReportDocument['filters'] {
  return [
    { label: t('reports.filters.from'), value: formatDate(filter.from, locale) },
    { label: t('reports.filters.to'), value: formatDate(filter.to, locale) },
    { label: t('reports.filters.method'), value: t(`reports.methods.${filter.method}`) },
    {
      label: t('reports.filters.units'),
      value:
        filter.selectedUnits.length > 0
          ? filter.selectedUnits.map((unit) => unit.name).join(', ')
          : t('reports.filters.allUnits'),
    },
    { label: t('reports.filters.level'), value: String(filter.level) },
  ];
}

/** The terms a report's last page explains, each with its name and its formula in words. */
const explainedTerms = {
  population: ['reports.explanation.population.term', 'reports.explanation.population.text'],
  vp: ['reports.explanation.vp.term', 'reports.explanation.vp.text'],
  cumulativeVp: ['reports.explanation.cumulativeVp.term', 'reports.explanation.cumulativeVp.text'],
  rollingVp: ['reports.explanation.rollingVp.term', 'reports.explanation.rollingVp.text'],
  mf: ['reports.explanation.mf.term', 'reports.explanation.mf.text'],
  meanDuration: ['reports.explanation.meanDuration.term', 'reports.explanation.meanDuration.text'],
  zeroAbsence: ['reports.explanation.zeroAbsence.term', 'reports.explanation.zeroAbsence.text'],
  durationClasses: [
    'reports.explanation.durationClasses.term',
    'reports.explanation.durationClasses.text',
  ],
} as const;
export type ExplainedTerm = keyof typeof explainedTerms;

/** The last page: the terms' formulas in words, in the order given, then the method chosen. */
export function explanation(
  terms: ExplainedTerm[],
  method: CountingMethod,
  t: Translate,
): PdfReportDocument['explanation'] {
  return {
    title: t('reports.explanation.title'),
    paragraphs: [
      ...terms.map((term) => {
        const [name, text] = explainedTerms[term];
        return { term: t(name), text: t(text) };
      }),
      {
        term: t('reports.explanation.method.term'),
        text:
          method === 'working'
            ? t('reports.explanation.method.working')
            : t('reports.explanation.method.calendar'),
      },
    ],
  };
}

/** The PDF's frame: page numbers, the print line, the language. */
export function documentFrame(
  context: ExportContext,
): Pick<PdfReportDocument, 'printedAt' | 'language' | 'labels'> {
  const { t, locale, printedAt } = context;
  return {
    printedAt,
    language: locale === 'en' ? 'en-GB' : 'nl-NL',
    labels: {
      filters: t('reports.export.filtersSheet'),
      printed: t('reports.pdf.printed', { date: formatDateTime(printedAt, locale) }),
      page: (current, total) => t('reports.pdf.page', { current, total }),
    },
  };
}

/** The key figures of a period as the screen's table. */
export function periodFiguresTable(
  figures: PeriodFigures,
  t: Translate,
  format: ReportFormatters,
): PdfBlock {
  return {
    kind: 'table',
    caption: t('reports.figures.caption'),
    columns: [
      { header: t('reports.figures.figure') },
      { header: t('reports.figures.value'), numeric: true },
    ],
    rows: periodFigureRows(figures).map((row) => [
      t(`reports.figures.${row.key}`),
      row.value === null
        ? t('reports.noValue')
        : row.percentage
          ? format.percent(row.value)
          : format.decimal(row.value),
    ]),
  };
}

/** A chart filling the page's width, with room for the plot and a legend row per three series. */
export function chartBlock(
  caption: string,
  series: ChartLine[],
  option: (legendRows: number) => Parameters<typeof chartSvg>[0],
  landscape = false,
): PdfBlock {
  const legendRows = Math.ceil(series.length / 3);
  const size = {
    width: landscape ? pdfContentWidth.landscape : pdfContentWidth.portrait,
    height: 260 + 22 * legendRows,
  };
  return { kind: 'chart', caption, svg: chartSvg(option(legendRows), size), ...size };
}

/** The VP of each duration class per period as stacked bars (on landscape pages). */
export function durationClassChart(
  caption: string,
  categories: string[],
  periods: PeriodFigures[],
  { t, locale }: ExportContext,
): PdfBlock {
  const format = reportFormatters(locale);
  const bars = durationClasses.map((durationClass) => ({
    name: t(`reports.figures.${durationClass}`),
    values: periods.map((period) => period.vpByDurationClass[durationClass]),
  }));
  return chartBlock(
    caption,
    bars,
    (legendRows) => stackedBarChartOption({ categories, bars, format: format.percent, legendRows }),
    true,
  );
}

/** Verzuimpercentage per maand: key figures, the chart, the total's months, each unit's months. */
export function absencePercentagePdf(
  report: AbsencePercentageReport,
  context: ExportContext,
): Promise<Buffer> {
  const { t, locale } = context;
  const format = reportFormatters(locale);
  const show = (value: number | null) =>
    value === null ? t('reports.noValue') : format.percent(value);
  const categories = report.total.months.map((month) => format.monthName(month.month));
  const lines = absencePercentageChartLines(report, t);
  const monthsTable = (name: string, months: MonthFigures[]): PdfBlock => ({
    kind: 'table',
    caption: t('reports.absencePercentage.tableCaption', { unit: name }),
    columns: [
      { header: t('reports.columns.month') },
      { header: t('reports.columns.vp'), numeric: true },
      { header: t('reports.columns.cumulativeVp'), numeric: true },
      { header: t('reports.columns.rollingVp'), numeric: true },
    ],
    rows: months.map((month) => [
      format.monthName(month.month),
      show(month.vp),
      show(month.cumulativeVp),
      show(month.rollingVp),
    ]),
  });
  return renderPdf({
    title: t('reports.absencePercentage.title'),
    description: t('reports.absencePercentage.description'),
    filters: filterLines(report, context),
    blocks: [
      { kind: 'paragraph', text: t('reports.periodVp', { vp: show(report.total.vp) }) },
      periodFiguresTable(report.total, t, format),
      chartBlock(t('reports.absencePercentage.chart'), lines, (legendRows) =>
        lineChartOption({ categories, lines, format: format.percent, legendRows }),
      ),
      monthsTable(t('reports.total'), report.total.months),
      ...report.units.map((unit) => monthsTable(unit.name, unit.months)),
    ],
    explanation: explanation(
      [
        'population',
        'vp',
        'cumulativeVp',
        'rollingVp',
        'mf',
        'meanDuration',
        'zeroAbsence',
        'durationClasses',
      ],
      report.method,
      t,
    ),
    ...documentFrame(context),
  });
}
