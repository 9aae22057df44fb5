/**
 * Actueel verzuim (issue 18): the order of the list and its Excel export. Pure: the use case
 * gathers the rows, these functions sort them and write the workbook.
 */
import ExcelJS from 'exceljs';
import { compareDates } from '../../../contracts/civil-dates.js';
import type {
  SickTodayRow,
  SickTodaySort,
  SickTodaySortKey,
} from '../../../contracts/sick-today.js';
import type { Translate } from '../../platform/i18n/i18n.js';

/** A row with its place in the name order (last name first, as the employee lists sort). */
export type RankedSickRow = SickTodayRow & { nameRank: number };

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Compares two values of which either may be missing: a missing one comes after the others. */
function missingLast<T>(compare: (a: T, b: T) => number) {
  return (a: T | null, b: T | null): number =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : compare(a, b);
}

const departments = missingLast<string>((a, b) => collator.compare(a, b));
const deadlines = missingLast<string>(compareDates);

const comparators: Record<SickTodaySortKey, (a: RankedSickRow, b: RankedSickRow) => number> = {
  name: (a, b) => a.nameRank - b.nameRank,
  // Employees without a department, or without a next deadline (none open, or a role that does
  // not see them), come last in the ascending order and first in the descending one.
  department: (a, b) => departments(a.departmentName, b.departmentName),
  firstSickDay: (a, b) => compareDates(a.firstSickDay, b.firstSickDay),
  percentage: (a, b) => a.percentage - b.percentage,
  duration: (a, b) => a.durationDays - b.durationDays,
  sickDay: (a, b) => a.sickDay - b.sickDay,
  week: (a, b) => a.week - b.week,
  nextDeadline: (a, b) =>
    deadlines(a.nextDeadline?.dueDate ?? null, b.nextDeadline?.dueDate ?? null),
};

/** The rows in the order `sort` asks for; equal rows by name, so a page never shuffles. */
export function sortSickRows(rows: readonly RankedSickRow[], sort: SickTodaySort): RankedSickRow[] {
  const descending = sort.startsWith('-');
  const compare = comparators[(descending ? sort.slice(1) : sort) as SickTodaySortKey];
  return [...rows].sort(
    (a, b) => (descending ? -compare(a, b) : compare(a, b)) || a.nameRank - b.nameRank,
  );
}

/** A civil date as the Excel date it is (midnight UTC; ExcelJS writes UTC serial days). */
function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * The export: one sheet with real dates and numbers (so that Excel sorts and sums them), the
 * header row frozen and an autofilter over the columns, in the user's language.
 */
export async function sickTodayWorkbook(
  rows: readonly SickTodayRow[],
  options: { showsClassification: boolean; showsDeadlines: boolean; t: Translate; locale: string },
): Promise<Buffer> {
  const { t } = options;
  const dateFormat = options.locale === 'en' ? 'dd/mm/yyyy' : 'dd-mm-yyyy';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verzuim';
  const sheet = workbook.addWorksheet(t('sickToday.export.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = [
    { header: t('sickToday.columns.name'), key: 'name', width: 32 },
    { header: t('sickToday.columns.department'), key: 'department', width: 28 },
    {
      header: t('sickToday.columns.firstSickDay'),
      key: 'firstSickDay',
      width: 16,
      style: { numFmt: dateFormat },
    },
    {
      header: t('sickToday.columns.percentage'),
      key: 'percentage',
      width: 14,
      style: { numFmt: '0%' },
    },
    { header: t('sickToday.columns.duration'), key: 'duration', width: 14, style: { numFmt: '0' } },
    { header: t('sickToday.columns.sickDay'), key: 'sickDay', width: 12, style: { numFmt: '0' } },
    { header: t('sickToday.columns.week'), key: 'week', width: 10, style: { numFmt: '0' } },
    ...(options.showsClassification
      ? [{ header: t('sickToday.columns.classification'), key: 'classification', width: 30 }]
      : []),
    ...(options.showsDeadlines
      ? [
          {
            header: t('sickToday.columns.nextDeadline'),
            key: 'nextDeadline',
            width: 16,
            style: { numFmt: dateFormat },
          },
          { header: t('sickToday.columns.nextTask'), key: 'nextTask', width: 30 },
        ]
      : []),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      name: row.name,
      department: row.departmentName ?? '',
      firstSickDay: excelDate(row.firstSickDay),
      percentage: row.percentage / 100,
      duration: row.durationDays,
      sickDay: row.sickDay,
      week: row.week,
      nextDeadline: row.nextDeadline ? excelDate(row.nextDeadline.dueDate) : null,
      nextTask: row.nextDeadline?.name ?? '',
      classification:
        row.classification !== null
          ? t(`cases.classifications.${row.classification}`)
          : row.safetyNet
            ? t('cases.safetyNetYes')
            : '',
    });
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: sheet.columns.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
