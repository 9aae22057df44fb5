/**
 * The audit log as a file for people: CSV as Dutch Excel opens it (`;`, UTF-8 BOM) and XLSX with
 * real dates, a frozen header and a filter on every column. Both in the requester's language:
 * translated headers and action names, times in Amsterdam.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type AuditEntryView, isAuditAction } from '../../../contracts/audit.js';
import { amsterdamClockOf, amsterdamDateTimeOf } from '../../../contracts/formats.js';
import type { Locale } from '../../../contracts/common.js';
import { csvByteOrderMark, csvRow } from '../csv/csv.js';
import type { Translate } from '../i18n/i18n.js';

/** The name of an action in the reader's language; an action no longer written keeps its code. */
export function auditActionName(action: string, t: Translate): string {
  return isAuditAction(action) ? t(`audit.actions.${action}`) : action;
}

type Cell = string | Date | null;

const columns: {
  header: string;
  width: number;
  cell: (entry: AuditEntryView, t: Translate) => Cell;
}[] = [
  { header: 'audit.columns.time', width: 20, cell: (entry) => new Date(entry.occurredAt) },
  { header: 'audit.columns.employer', width: 28, cell: (entry) => entry.employerName },
  { header: 'audit.columns.loginName', width: 22, cell: (entry) => entry.loginName },
  {
    header: 'audit.columns.action',
    width: 36,
    cell: (entry, t) => auditActionName(entry.action, t),
  },
  { header: 'audit.columns.actionCode', width: 28, cell: (entry) => entry.action },
  { header: 'audit.columns.subjectType', width: 16, cell: (entry) => entry.subjectType },
  { header: 'audit.columns.subjectId', width: 38, cell: (entry) => entry.subjectId },
  { header: 'audit.columns.ip', width: 16, cell: (entry) => entry.ip },
  { header: 'audit.columns.employerId', width: 38, cell: (entry) => entry.employerId },
  { header: 'audit.columns.userId', width: 38, cell: (entry) => entry.userId },
  { header: 'audit.columns.requestId', width: 20, cell: (entry) => entry.requestId },
  {
    header: 'audit.columns.details',
    width: 60,
    cell: (entry) => (entry.details === null ? null : JSON.stringify(entry.details)),
  },
];

/** The CSV lines: header, then one line per entry, times as `YYYY-MM-DD HH:mm:ss` in Amsterdam. */
export async function* auditCsv(
  entries: AsyncIterable<AuditEntryView>,
  t: Translate,
): AsyncGenerator<string> {
  yield csvByteOrderMark + csvRow(columns.map((column) => t(column.header)));
  for await (const entry of entries) {
    yield csvRow(
      columns.map((column) => {
        const value = column.cell(entry, t);
        return value instanceof Date ? amsterdamDateTimeOf(value) : value;
      }),
    );
  }
}

/**
 * Excel stores a date and time without a zone and shows it as written: the Amsterdam wall-clock
 * reading, written as if it were UTC, is what the reader sees.
 */
function amsterdamWallClock(instant: Date): Date {
  const clock = amsterdamClockOf(instant);
  return new Date(
    Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second),
  );
}

const dateTimeFormats: Record<Locale, string> = {
  nl: 'dd-mm-yyyy hh:mm:ss',
  en: 'dd/mm/yyyy hh:mm:ss',
};

/** The workbook, streamed while the entries are read; errors end the stream. */
export function auditXlsx(
  entries: AsyncIterable<AuditEntryView>,
  t: Translate,
  locale: Locale,
): Readable {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'Verzuim';
  const sheet = workbook.addWorksheet(t('audit.sheetName'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column, index) => ({
    header: t(column.header),
    width: column.width,
    ...(index === 0 ? { style: { numFmt: dateTimeFormats[locale] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  void (async () => {
    for await (const entry of entries) {
      sheet
        .addRow(
          columns.map((column) => {
            const value = column.cell(entry, t);
            return value instanceof Date ? amsterdamWallClock(value) : value;
          }),
        )
        .commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}
