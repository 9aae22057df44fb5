/**
 * Verzuimsamenvatting jaar as a PDF document: the key figures, the chart of the months, the
 * figures per unit and the months in total, with the moment of the snapshot on the cover. A
 * snapshot's figures never change, and the document depends on the figures and the print date
 * alone, so printing a snapshot again gives the same PDF apart from its print date.
 */
import { formatDateTime } from '../../../contracts/formats.js';
import type { AnnualSummaryReport } from '../../../contracts/report-snapshots.js';
import {
  absencePercentageChartLines,
  lineChartOption,
  reportFormatters,
} from '../../../contracts/report-charts.js';
import { periodFigureKeys, periodFigureRows } from '../../../contracts/reports.js';
import { renderPdf } from '../../platform/pdf/pdf.js';
import type { ExportContext } from './reports.exports.js';
import {
  chartBlock,
  documentFrame,
  explanation,
  filterLines,
  periodFiguresTable,
} from './reports.pdf.models.js';

export function annualSummaryPdf(
  report: AnnualSummaryReport,
  context: ExportContext,
): Promise<Buffer> {
  const { t, locale } = context;
  const format = reportFormatters(locale);
  const show = (value: number | null, percentage = true) =>
    value === null
      ? t('reports.noValue')
      : percentage
        ? format.percent(value)
        : format.decimal(value);
  const categories = report.total.months.map((month) => format.monthName(month.month));
  const lines = absencePercentageChartLines(report, t);
  return renderPdf({
    title: t('reports.annualSummary.title'),
    description: t('reports.annualSummary.description'),
    filters: [
      ...filterLines(report, context),
      ...(report.snapshot
        ? [
            {
              label: t('reports.annualSummary.recordedAt'),
              value: formatDateTime(report.snapshot.createdAt, locale),
            },
          ]
        : []),
    ],
    landscape: true,
    blocks: [
      periodFiguresTable(report.total, t, format),
      chartBlock(
        t('reports.absencePercentage.chart'),
        lines,
        (legendRows) => lineChartOption({ categories, lines, format: format.percent, legendRows }),
        true,
      ),
      {
        kind: 'table',
        caption: t('reports.export.unitsSheet'),
        columns: [
          { header: t('reports.columns.unit') },
          ...periodFigureKeys.map((key) => ({
            header: t(`reports.figures.${key}`),
            numeric: true,
          })),
        ],
        rows: report.units.map((unit) => [
          unit.name,
          ...periodFigureRows(unit.figures).map((row) => show(row.value, row.percentage)),
        ]),
      },
      {
        kind: 'table',
        caption: t('reports.annualSummary.monthsSheet'),
        columns: [
          { header: t('reports.columns.month') },
          { header: t('reports.columns.vp'), numeric: true },
          { header: t('reports.columns.cumulativeVp'), numeric: true },
        ],
        rows: report.total.months.map((month) => [
          format.monthName(month.month),
          show(month.vp),
          show(month.cumulativeVp),
        ]),
      },
    ],
    explanation: explanation(
      ['population', 'vp', 'cumulativeVp', 'mf', 'meanDuration', 'zeroAbsence', 'durationClasses'],
      report.method,
      t,
    ),
    ...documentFrame(context),
  });
}
