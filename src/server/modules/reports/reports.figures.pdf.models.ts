/**
 * The Kwartaalrapportage and the Verzuimanalyse as PDF documents, built like the monthly report's
 * (reports.pdf.models.ts): the key figures, a chart of the VP by duration class, a table per
 * grouping of the screen, and the formulas in words.
 */
import { type ReportFormatters, reportFormatters } from '../../../contracts/report-charts.js';
import {
  type AbsenceAnalysisReport,
  ageClassLabels,
  type AnalysisFigures,
  durationClasses,
  periodFigureKeys,
  periodFigureRows,
  type PeriodFigures,
  type QuarterFigures,
  type QuarterlyReport,
} from '../../../contracts/reports.js';
import { formatDate } from '../../../contracts/formats.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { type PdfBlock, type PdfColumn, renderPdf } from '../../platform/pdf/pdf.js';
import type { ExportContext } from './reports.exports.js';
import {
  documentFrame,
  durationClassChart,
  explanation,
  filterLines,
  periodFiguresTable,
} from './reports.pdf.models.js';

const statisticalTerms = [
  'population',
  'vp',
  'mf',
  'meanDuration',
  'zeroAbsence',
  'durationClasses',
] as const;

/** A column per key figure, after the row's label. */
function figureColumns(t: Translate): PdfColumn[] {
  return periodFigureKeys.map((key) => ({ header: t(`reports.figures.${key}`), numeric: true }));
}

function figureCells(figures: PeriodFigures, t: Translate, format: ReportFormatters): string[] {
  return periodFigureRows(figures).map((row) =>
    row.value === null
      ? t('reports.noValue')
      : row.percentage
        ? format.percent(row.value)
        : format.decimal(row.value),
  );
}

/** Kwartaalrapportage verzuim: per quarter the key figures, in total and per unit. */
export function quarterlyPdf(report: QuarterlyReport, context: ExportContext): Promise<Buffer> {
  const { t, locale } = context;
  const format = reportFormatters(locale);
  const quarterTable = (name: string, quarters: QuarterFigures[]): PdfBlock => ({
    kind: 'table',
    caption: t('reports.quarterly.tableCaption', { unit: name }),
    columns: [{ header: t('reports.columns.quarter') }, ...figureColumns(t)],
    rows: quarters.map((quarter) => [
      `${quarter.quarter} (${formatDate(quarter.from, locale, 'short')} – ${formatDate(quarter.to, locale, 'short')})`,
      ...figureCells(quarter, t, format),
    ]),
  });
  return renderPdf({
    title: t('reports.quarterly.title'),
    description: t('reports.quarterly.description'),
    filters: filterLines(report, context),
    landscape: true,
    blocks: [
      periodFiguresTable(report.total, t, format),
      durationClassChart(
        t('reports.quarterly.chart'),
        report.total.quarters.map((quarter) => quarter.quarter),
        report.total.quarters,
        context,
      ),
      quarterTable(t('reports.total'), report.total.quarters),
      ...report.units.map((unit) => quarterTable(unit.name, unit.quarters)),
    ],
    explanation: explanation([...statisticalTerms], report.method, t),
    ...documentFrame(context),
  });
}

/** Verzuimanalyse totaal: absolute days and relative figures per grouping of the screen. */
export function absenceAnalysisPdf(
  report: AbsenceAnalysisReport,
  context: ExportContext,
): Promise<Buffer> {
  const { t, locale } = context;
  const format = reportFormatters(locale);
  // A grouping is two tables: the absolute days, then the key figures (too wide for one page).
  const grouping = (
    caption: string,
    label: string,
    rows: { label: string; figures: AnalysisFigures }[],
  ): PdfBlock[] => [
    {
      kind: 'table',
      caption,
      columns: [
        { header: label },
        ...[
          t('reports.columns.sickDays'),
          t('reports.columns.sickDaysShort'),
          t('reports.columns.sickDaysMedium'),
          t('reports.columns.sickDaysLong'),
          t('reports.columns.sickDaysExtraLong'),
          t('reports.columns.employedDays'),
        ].map((header) => ({ header, numeric: true })),
      ],
      rows: rows.map(({ label: name, figures }) => [
        name,
        ...[
          figures.sickDays,
          ...durationClasses.map((durationClass) => figures.sickDaysByDurationClass[durationClass]),
          figures.employedDays,
        ].map(format.decimal),
      ]),
    },
    {
      kind: 'table',
      caption: `${caption}: ${t('reports.figures.caption')}`,
      columns: [{ header: label }, ...figureColumns(t)],
      rows: rows.map(({ label: name, figures }) => [name, ...figureCells(figures, t, format)]),
    },
  ];
  return renderPdf({
    title: t('reports.analysis.title'),
    description: t('reports.analysis.description'),
    filters: filterLines(report, context),
    landscape: true,
    blocks: [
      periodFiguresTable(report.total, t, format),
      durationClassChart(
        t('reports.analysis.chart'),
        report.months.map((month) => format.monthName(month.month)),
        report.months,
        context,
      ),
      ...grouping(t('reports.analysis.totalCaption'), t('reports.columns.group'), [
        { label: t('reports.total'), figures: report.total },
      ]),
      ...grouping(
        t('reports.analysis.genderCaption'),
        t('reports.columns.gender'),
        report.byGender.map((row) => ({
          label: t(`employees.genders.${row.gender}`),
          figures: row,
        })),
      ),
      ...grouping(
        t('reports.analysis.ageCaption'),
        t('reports.columns.ageClass'),
        report.byAgeClass.map((row) => ({
          label: t(ageClassLabels[row.ageClass]),
          figures: row,
        })),
      ),
      ...grouping(
        t('reports.analysis.monthsCaption'),
        t('reports.columns.month'),
        report.months.map((row) => ({ label: format.monthName(row.month), figures: row })),
      ),
      ...grouping(
        t('reports.analysis.unitsCaption'),
        t('reports.columns.unit'),
        report.units.map((unit) => ({ label: unit.name, figures: unit })),
      ),
    ],
    explanation: explanation([...statisticalTerms], report.method, t),
    ...documentFrame(context),
  });
}
