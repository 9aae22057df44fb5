/**
 * Verzuimsamenvatting jaar as an Excel workbook (reports.workbook.models.ts's conventions): the
 * figures in total, the figures per unit, the months in total, and the filters with the moment
 * the snapshot was recorded.
 */
import { formatDateTime } from '../../../contracts/formats.js';
import type { AnnualSummaryReport } from '../../../contracts/report-snapshots.js';
import {
  addFiguresSheet,
  addFiltersSheet,
  addTable,
  excelDate,
  numberColumn,
  periodFigureCells,
  periodFigureColumns,
  newWorkbook,
  type WorkbookOptions,
  writeWorkbook,
} from './reports.workbook.models.js';

export async function annualSummaryWorkbook(
  report: AnnualSummaryReport,
  options: WorkbookOptions,
): Promise<Buffer> {
  const { t } = options;
  const workbook = newWorkbook();
  addFiguresSheet(workbook, report.total, t);
  addTable(
    workbook,
    t('reports.export.unitsSheet'),
    [{ header: t('reports.columns.unit'), key: 'unit', width: 32 }, ...periodFigureColumns(t)],
    report.units.map((unit) => ({ unit: unit.name, ...periodFigureCells(unit.figures) })),
  );
  addTable(
    workbook,
    t('reports.annualSummary.monthsSheet'),
    [
      { header: t('reports.columns.month'), key: 'month', width: 14, style: { numFmt: 'yyyy-mm' } },
      numberColumn(t('reports.columns.vp'), 'vp', 12),
      numberColumn(t('reports.columns.cumulativeVp'), 'cumulativeVp', 16),
    ],
    report.total.months.map((month) => ({
      month: excelDate(`${month.month}-01`),
      vp: month.vp,
      cumulativeVp: month.cumulativeVp,
    })),
  );
  addFiltersSheet(workbook, report, t('reports.annualSummary.title'), options);
  if (report.snapshot) {
    // The moment as the Dutch clock showed it, in words: Excel dates have no time zone.
    workbook.getWorksheet(t('reports.export.filtersSheet'))?.addRow({
      filter: t('reports.annualSummary.recordedAt'),
      value: formatDateTime(report.snapshot.createdAt, options.locale),
    });
  }
  return writeWorkbook(workbook);
}
