/**
 * The list reports as Excel workbooks, written with ExcelJS's streaming writer: each row is
 * committed to the zip stream as it is added, so a list of 10,000 employees never holds a
 * workbook model in memory. The conventions of reports.workbook.models.ts: a sheet per table,
 * real numbers, dates and booleans, the header row frozen, an autofilter on, and a sheet with the
 * filters used, in the user's language.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  type AbsencePerEmployeeReport,
  type CaseHistoryReport,
  caseProtocolLabels,
  caseStatusLabels,
  type InsurerCasesReport,
  insurerFlagLabels,
  safetyNetChoiceLabels,
} from '../../../contracts/report-lists.js';
import type { Translate } from '../../platform/i18n/i18n.js';

type Options = { t: Translate; locale: string };
type Column = { header: string; key: string; width: number; style?: { numFmt: string } };
type Table = { name: string; columns: Column[]; rows: Iterable<Record<string, unknown>> };
type Header = Pick<AbsencePerEmployeeReport, 'from' | 'to' | 'method' | 'level' | 'selectedUnits'>;

/** A civil date as the Excel date it is (midnight UTC; ExcelJS writes UTC serial days). */
const excelDate = (date: string | null) => (date === null ? null : new Date(`${date}T00:00:00Z`));
const dateFormatOf = (locale: string) => (locale === 'en' ? 'dd/mm/yyyy' : 'dd-mm-yyyy');

/** Streams the tables and the filters sheet; an error while writing ends the stream with it. */
function streamWorkbook(
  tables: Table[],
  filters: { label: string; value: string | Date }[],
  options: Options,
): Readable {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'Verzuim';
  const write = async () => {
    for (const table of tables) {
      const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = table.columns;
      sheet.getRow(1).font = { bold: true };
      let count = 0;
      for (const row of table.rows) {
        sheet.addRow(row).commit();
        count += 1;
      }
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: count + 1, column: table.columns.length },
      };
      sheet.commit();
    }
    const sheet = workbook.addWorksheet(options.t('reports.export.filtersSheet'));
    sheet.columns = [
      { header: options.t('reports.export.filter'), key: 'label', width: 28 },
      { header: options.t('reports.export.value'), key: 'value', width: 48 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const filter of filters) {
      const row = sheet.addRow(filter);
      if (filter.value instanceof Date) row.getCell('value').numFmt = dateFormatOf(options.locale);
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}

/** The filters every report was asked with, as the filters sheet lists them. */
function commonFilters(title: string, report: Header, { t }: Options) {
  return [
    { label: title, value: '' },
    { label: t('reports.filters.from'), value: excelDate(report.from) as Date },
    { label: t('reports.filters.to'), value: excelDate(report.to) as Date },
    {
      label: t('reports.filters.method'),
      value:
        report.method === 'working' ? t('reports.methods.working') : t('reports.methods.calendar'),
    },
    {
      label: t('reports.filters.units'),
      value:
        report.selectedUnits.length > 0
          ? report.selectedUnits.map((unit) => unit.name).join(', ')
          : t('reports.filters.allUnits'),
    },
    { label: t('reports.filters.level'), value: String(report.level) },
  ];
}

function employeeColumns({ t }: Options): Column[] {
  return [
    { header: t('reportLists.columns.department'), key: 'department', width: 24 },
    { header: t('reportLists.columns.employee'), key: 'employeeName', width: 28 },
    { header: t('reportLists.columns.personnelNumber'), key: 'personnelNumber', width: 14 },
  ];
}

const dateColumn = (header: string, key: string, options: Options): Column => ({
  header,
  key,
  width: 14,
  style: { numFmt: dateFormatOf(options.locale) },
});

/** A cause as the role is shown it: a hidden safety-net kind is "vangnet". */
export const causeLabel = (cause: string | null, t: Translate) =>
  cause === null ? t('reportLists.safetyNet') : t(`cases.classifications.${cause}`);

/** A list of choices as the filters sheet and the PDF cover show it; none chosen: "all". */
const chosen = (labels: readonly string[], t: Translate) =>
  labels.length > 0 ? labels.join(', ') : t('reportLists.filters.all');

/** OverzichtVerzuimPerMedewerker's own filters, for the filters sheet and the PDF cover. */
export function absencePerEmployeeFilterLines(report: AbsencePerEmployeeReport, t: Translate) {
  return [
    {
      label: t('reportLists.filters.causes'),
      value: chosen(
        report.causes.map((cause) => t(`cases.classifications.${cause}`)),
        t,
      ),
    },
    {
      label: t('reportLists.filters.safetyNet'),
      value: chosen(report.safetyNet ? [t(safetyNetChoiceLabels[report.safetyNet])] : [], t),
    },
  ];
}

/** Trajecthistorie's own filters, for the filters sheet and the PDF cover. */
export function caseHistoryFilterLines(report: CaseHistoryReport, t: Translate) {
  return [
    {
      label: t('reportLists.filters.protocols'),
      value: chosen(
        report.protocols.map((protocol) => t(caseProtocolLabels[protocol])),
        t,
      ),
    },
    {
      label: t('reportLists.filters.status'),
      value: chosen(report.status ? [t(caseStatusLabels[report.status])] : [], t),
    },
  ];
}

export function absencePerEmployeeWorkbook(
  report: AbsencePerEmployeeReport,
  options: Options,
): Readable {
  const { t } = options;
  const rows = report.rows.map((row) => ({
    ...row,
    firstSickDay: excelDate(row.firstSickDay),
    lastSickDay: excelDate(row.lastSickDay),
    cause: causeLabel(row.cause, t),
  }));
  return streamWorkbook(
    [
      {
        name: t('reportLists.absencePerEmployee.sheet'),
        columns: [
          ...employeeColumns(options),
          dateColumn(t('reportLists.columns.firstSickDay'), 'firstSickDay', options),
          dateColumn(t('reportLists.columns.lastSickDay'), 'lastSickDay', options),
          { header: t('reportLists.columns.daysInPeriod'), key: 'daysInPeriod', width: 12 },
          {
            header: t('reportLists.columns.absenceDaysInPeriod'),
            key: 'absenceDaysInPeriod',
            width: 14,
            style: { numFmt: '0.00' },
          },
          { header: t('reportLists.columns.percentage'), key: 'percentage', width: 10 },
          { header: t('reportLists.columns.cause'), key: 'cause', width: 28 },
          { header: t('reportLists.columns.safetyNet'), key: 'safetyNet', width: 10 },
        ],
        rows,
      },
    ],
    [
      ...commonFilters(t('reportLists.absencePerEmployee.title'), report, options),
      ...absencePerEmployeeFilterLines(report, t),
    ],
    options,
  );
}

export function insurerCasesWorkbook(report: InsurerCasesReport, options: Options): Readable {
  const { t } = options;
  const rows = report.insurers.flatMap((group) =>
    group.rows.map((row) => ({
      ...row,
      insurer: group.insurer ?? t('reportLists.insurerCases.noInsurer'),
      reportDate: excelDate(row.reportDate),
      firstSickDay: excelDate(row.firstSickDay),
      lastSickDay: excelDate(row.lastSickDay),
      partialRecoveryStart: excelDate(row.partialRecoveryStart),
      workResumptionAdviceStart: excelDate(row.workResumptionAdviceStart),
      therapeuticWorkStart: excelDate(row.therapeuticWorkStart),
    })),
  );
  const flag = (key: keyof typeof insurerFlagLabels): Column => ({
    header: t(insurerFlagLabels[key]),
    key,
    width: 12,
  });
  return streamWorkbook(
    [
      {
        name: t('reportLists.insurerCases.sheet'),
        columns: [
          { header: t('reportLists.columns.insurer'), key: 'insurer', width: 20 },
          ...employeeColumns(options),
          dateColumn(t('reportLists.columns.reportDate'), 'reportDate', options),
          dateColumn(t('reportLists.columns.firstSickDay'), 'firstSickDay', options),
          dateColumn(t('reportLists.columns.lastSickDay'), 'lastSickDay', options),
          {
            header: t('reportLists.columns.initialPercentage'),
            key: 'initialPercentage',
            width: 12,
          },
          dateColumn(
            t('reportLists.columns.partialRecoveryStart'),
            'partialRecoveryStart',
            options,
          ),
          dateColumn(
            t('reportLists.columns.workResumptionAdviceStart'),
            'workResumptionAdviceStart',
            options,
          ),
          dateColumn(
            t('reportLists.columns.therapeuticWorkStart'),
            'therapeuticWorkStart',
            options,
          ),
          flag('privateAccident'),
          flag('workAccident'),
          flag('thirdPartyLiability'),
          flag('labourConflict'),
          flag('safetyNet'),
        ],
        rows,
      },
    ],
    commonFilters(t('reportLists.insurerCases.title'), report, options),
    options,
  );
}

export function caseHistoryWorkbook(report: CaseHistoryReport, options: Options): Readable {
  const { t } = options;
  const who = (row: CaseHistoryReport['cases'][number]) => ({
    employer: report.employer,
    department: row.department,
    employeeName: row.employeeName,
    personnelNumber: row.personnelNumber,
    protocol: row.protocol,
    firstDay: excelDate(row.firstDay),
  });
  const tables: Table[] = [
    {
      name: t('reportLists.caseHistory.casesSheet'),
      columns: [
        { header: t('reportLists.columns.employer'), key: 'employer', width: 24 },
        ...employeeColumns(options),
        { header: t('reportLists.columns.protocol'), key: 'protocol', width: 10 },
        { header: t('reportLists.columns.status'), key: 'status', width: 12 },
        { header: t('reportLists.columns.cause'), key: 'classification', width: 28 },
        dateColumn(t('reportLists.columns.firstDay'), 'firstDay', options),
        dateColumn(t('reportLists.columns.lastDay'), 'lastDay', options),
        { header: t('reportLists.columns.safetyNet'), key: 'safetyNet', width: 10 },
      ],
      rows: report.cases.map((row) => ({
        ...who(row),
        status: t(caseStatusLabels[row.status]),
        classification:
          row.kind === 'pregnancy' ? t('reportLists.pregnancy') : causeLabel(row.classification, t),
        lastDay: excelDate(row.lastDay),
        safetyNet: row.safetyNet,
      })),
    },
    {
      name: t('reportLists.caseHistory.historySheet'),
      columns: [
        ...employeeColumns(options),
        dateColumn(t('reportLists.columns.firstDay'), 'firstDay', options),
        dateColumn(t('reportLists.columns.historyFrom'), 'from', options),
        dateColumn(t('reportLists.columns.historyTo'), 'to', options),
        { header: t('reportLists.columns.percentage'), key: 'percentage', width: 10 },
      ],
      rows: report.cases.flatMap((row) =>
        row.history.map((step) => ({
          ...who(row),
          from: excelDate(step.from),
          to: excelDate(step.to),
          percentage: step.percentage,
        })),
      ),
    },
  ];
  if (report.notesIncluded) {
    tables.push({
      name: t('reportLists.caseHistory.notesSheet'),
      columns: [
        ...employeeColumns(options),
        dateColumn(t('reportLists.columns.firstDay'), 'firstDay', options),
        dateColumn(t('reportLists.columns.contactDate'), 'contactDate', options),
        { header: t('reportLists.columns.contactType'), key: 'contactType', width: 14 },
        { header: t('reportLists.columns.author'), key: 'authorName', width: 20 },
        { header: t('reportLists.columns.note'), key: 'text', width: 60 },
      ],
      rows: report.cases.flatMap((row) =>
        row.notes.map((note) => ({
          ...who(row),
          contactDate: excelDate(note.contactDate),
          contactType: t(`dossier.contactTypes.${note.contactType}`),
          authorName: note.authorName,
          text: note.text,
        })),
      ),
    });
  }
  const filters = [
    ...commonFilters(t('reportLists.caseHistory.title'), report, options),
    ...caseHistoryFilterLines(report, t),
  ];
  return streamWorkbook(tables, filters, options);
}
