/**
 * A report as an Excel workbook: one sheet per table of the screen, real numbers and dates (so
 * that Excel sorts, filters and sums them), the header row frozen, an autofilter on, and a sheet
 * with the filters used, in the user's language.
 */
import ExcelJS from 'exceljs';
import {
  type AbsencePercentageReport,
  type MonthFigures,
  type PeriodFigures,
  periodFigureKeys,
  periodFigureRows,
  type ReportHeader,
} from '../../../contracts/reports.js';
import type { Translate } from '../../platform/i18n/i18n.js';

/** A civil date as the Excel date it is (midnight UTC; ExcelJS writes UTC serial days). */
export const excelDate = (date: string) => new Date(`${date}T00:00:00Z`);
const percentFormat = '0.00';

export type WorkbookOptions = { t: Translate; locale: string };
export type Column = { header: string; key: string; width: number; style?: { numFmt: string } };

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verzuim';
  return workbook;
}

export function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Record<string, unknown>[],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
}

/** A number column (percentages and figures alike show two decimals, the value is exact). */
export const numberColumn = (header: string, key: string, width = 14): Column => ({
  header,
  key,
  width,
  style: { numFmt: percentFormat },
});

/** The columns of the key figures of a period, one per figure (DOMAIN.md §4). */
export const periodFigureColumns = (t: Translate): Column[] =>
  periodFigureKeys.map((key) => numberColumn(t(`reports.figures.${key}`), key, 18));

/** The cells of `periodFigureColumns`. */
export const periodFigureCells = (figures: PeriodFigures): Record<string, number | null> =>
  Object.fromEntries(periodFigureRows(figures).map((row) => [row.key, row.value]));

/** The sheet of the period's key figures: a row per figure. */
export function addFiguresSheet(
  workbook: ExcelJS.Workbook,
  figures: PeriodFigures,
  t: Translate,
): void {
  addTable(
    workbook,
    t('reports.export.figuresSheet'),
    [
      { header: t('reports.figures.figure'), key: 'figure', width: 48 },
      numberColumn(t('reports.figures.value'), 'value'),
    ],
    periodFigureRows(figures).map((row) => ({
      figure: t(`reports.figures.${row.key}`),
      value: row.value,
    })),
  );
}

/** The last sheet: the report's title and the filters it was made with. */
export function addFiltersSheet(
  workbook: ExcelJS.Workbook,
  report: ReportHeader,
  title: string,
  options: WorkbookOptions,
): void {
  const { t } = options;
  const dateFormat = options.locale === 'en' ? 'dd/mm/yyyy' : 'dd-mm-yyyy';
  const filters = workbook.addWorksheet(t('reports.export.filtersSheet'));
  filters.columns = [
    { header: t('reports.export.filter'), key: 'filter', width: 28 },
    { header: t('reports.export.value'), key: 'value', width: 48 },
  ];
  filters.getRow(1).font = { bold: true };
  filters.addRow({ filter: title, value: '' });
  filters.addRow({ filter: t('reports.filters.from'), value: excelDate(report.from) });
  filters.addRow({ filter: t('reports.filters.to'), value: excelDate(report.to) });
  filters.getColumn('value').eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = dateFormat;
  });
  filters.addRow({
    filter: t('reports.filters.method'),
    value:
      report.method === 'working' ? t('reports.methods.working') : t('reports.methods.calendar'),
  });
  filters.addRow({
    filter: t('reports.filters.units'),
    value:
      report.selectedUnits.length > 0
        ? report.selectedUnits.map((unit) => unit.name).join(', ')
        : t('reports.filters.allUnits'),
  });
  filters.addRow({ filter: t('reports.filters.level'), value: report.level });
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function absencePercentageWorkbook(
  report: AbsencePercentageReport,
  options: WorkbookOptions,
): Promise<Buffer> {
  const { t } = options;
  const workbook = newWorkbook();
  const figureColumns: Column[] = [
    { header: t('reports.columns.month'), key: 'month', width: 14, style: { numFmt: 'yyyy-mm' } },
    numberColumn(t('reports.columns.vp'), 'vp', 12),
    numberColumn(t('reports.columns.cumulativeVp'), 'cumulativeVp', 16),
    numberColumn(t('reports.columns.rollingVp'), 'rollingVp', 16),
  ];
  const figures = (month: MonthFigures) => ({
    month: excelDate(`${month.month}-01`),
    vp: month.vp,
    cumulativeVp: month.cumulativeVp,
    rollingVp: month.rollingVp,
  });
  addFiguresSheet(workbook, report.total, t);
  addTable(
    workbook,
    t('reports.export.totalSheet'),
    figureColumns,
    report.total.months.map(figures),
  );
  addTable(
    workbook,
    t('reports.export.unitsSheet'),
    [{ header: t('reports.columns.unit'), key: 'unit', width: 32 }, ...figureColumns],
    report.units.flatMap((unit) =>
      unit.months.map((month) => ({ unit: unit.name, ...figures(month) })),
    ),
  );
  addFiltersSheet(workbook, report, t('reports.absencePercentage.title'), options);
  return writeWorkbook(workbook);
}
