/**
 * The Kwartaalrapportage and the Verzuimanalyse as Excel workbooks, built from the shared sheets
 * of reports.workbook.models.ts: a row per quarter, group, month or unit, a column per figure.
 */
import {
  type AbsenceAnalysisReport,
  ageClassLabels,
  type AnalysisFigures,
  type QuarterFigures,
  type QuarterlyReport,
} from '../../../contracts/reports.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import {
  addFiguresSheet,
  addFiltersSheet,
  addTable,
  type Column,
  excelDate,
  newWorkbook,
  numberColumn,
  periodFigureCells,
  periodFigureColumns,
  type WorkbookOptions,
  writeWorkbook,
} from './reports.workbook.models.js';

const dateColumn = (header: string, key: string): Column => ({
  header,
  key,
  width: 14,
  style: { numFmt: 'yyyy-mm-dd' },
});

export async function quarterlyWorkbook(
  report: QuarterlyReport,
  options: WorkbookOptions,
): Promise<Buffer> {
  const { t } = options;
  const workbook = newWorkbook();
  const quarterColumns: Column[] = [
    { header: t('reports.columns.quarter'), key: 'quarter', width: 12 },
    dateColumn(t('reports.columns.from'), 'from'),
    dateColumn(t('reports.columns.to'), 'to'),
    ...periodFigureColumns(t),
  ];
  const cells = (quarter: QuarterFigures) => ({
    quarter: quarter.quarter,
    from: excelDate(quarter.from),
    to: excelDate(quarter.to),
    ...periodFigureCells(quarter),
  });
  addFiguresSheet(workbook, report.total, t);
  addTable(
    workbook,
    t('reports.export.totalSheet'),
    quarterColumns,
    report.total.quarters.map(cells),
  );
  addTable(
    workbook,
    t('reports.export.unitsSheet'),
    [{ header: t('reports.columns.unit'), key: 'unit', width: 32 }, ...quarterColumns],
    report.units.flatMap((unit) =>
      unit.quarters.map((quarter) => ({ unit: unit.name, ...cells(quarter) })),
    ),
  );
  addFiltersSheet(workbook, report, t('reports.quarterly.title'), options);
  return writeWorkbook(workbook);
}

/** The absolute days and then the key figures of a group. */
export const analysisColumns = (t: Translate): Column[] => [
  numberColumn(t('reports.columns.sickDays'), 'sickDays', 18),
  numberColumn(t('reports.columns.sickDaysShort'), 'sickDaysShort', 18),
  numberColumn(t('reports.columns.sickDaysMedium'), 'sickDaysMedium', 18),
  numberColumn(t('reports.columns.sickDaysLong'), 'sickDaysLong', 18),
  numberColumn(t('reports.columns.sickDaysExtraLong'), 'sickDaysExtraLong', 18),
  numberColumn(t('reports.columns.employedDays'), 'employedDays', 18),
  ...periodFigureColumns(t),
];

const analysisCells = (figures: AnalysisFigures) => ({
  sickDays: figures.sickDays,
  sickDaysShort: figures.sickDaysByDurationClass.short,
  sickDaysMedium: figures.sickDaysByDurationClass.medium,
  sickDaysLong: figures.sickDaysByDurationClass.long,
  sickDaysExtraLong: figures.sickDaysByDurationClass.extraLong,
  employedDays: figures.employedDays,
  ...periodFigureCells(figures),
});

export async function absenceAnalysisWorkbook(
  report: AbsenceAnalysisReport,
  options: WorkbookOptions,
): Promise<Buffer> {
  const { t } = options;
  const workbook = newWorkbook();
  const columns = analysisColumns(t);
  const labelled = (header: string, key = 'group', width = 24): Column[] => [
    { header, key, width },
    ...columns,
  ];
  addFiguresSheet(workbook, report.total, t);
  addTable(workbook, t('reports.export.totalSheet'), labelled(t('reports.columns.group')), [
    { group: t('reports.total'), ...analysisCells(report.total) },
  ]);
  addTable(
    workbook,
    t('reports.export.genderSheet'),
    labelled(t('reports.columns.gender')),
    report.byGender.map((row) => ({
      group: t(`employees.genders.${row.gender}`),
      ...analysisCells(row),
    })),
  );
  addTable(
    workbook,
    t('reports.export.ageSheet'),
    labelled(t('reports.columns.ageClass')),
    report.byAgeClass.map((row) => ({
      group: t(ageClassLabels[row.ageClass]),
      ...analysisCells(row),
    })),
  );
  addTable(
    workbook,
    t('reports.export.monthsSheet'),
    [
      { header: t('reports.columns.month'), key: 'month', width: 14, style: { numFmt: 'yyyy-mm' } },
      ...columns,
    ],
    report.months.map((row) => ({ month: excelDate(`${row.month}-01`), ...analysisCells(row) })),
  );
  addTable(
    workbook,
    t('reports.export.unitsSheet'),
    labelled(t('reports.columns.unit'), 'unit', 32),
    report.units.map((unit) => ({ unit: unit.name, ...analysisCells(unit) })),
  );
  addFiltersSheet(workbook, report, t('reports.analysis.title'), options);
  return writeWorkbook(workbook);
}
