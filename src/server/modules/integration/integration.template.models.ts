/**
 * The templates to fill in (CSV and Excel), from the same column definitions the reader uses.
 */
import ExcelJS from 'exceljs';
import {
  type ImportColumn,
  type ImportField,
  type ImportValueKind,
  importColumns,
  templateHeader,
} from '../../../contracts/integration.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { templateSheetName } from './integration.files.models.js';

/** The explanation of each column in the template's second sheet. */
const columnNoteKeys: Record<ImportField, string> = {
  personnelNumber: 'integration.template.notes.personnelNumber',
  firstName: 'integration.template.notes.firstName',
  initials: 'integration.template.notes.initials',
  namePrefix: 'integration.template.notes.namePrefix',
  lastName: 'integration.template.notes.lastName',
  gender: 'integration.template.notes.gender',
  dateOfBirth: 'integration.template.notes.date',
  bsn: 'integration.template.notes.bsn',
  street: 'integration.template.notes.street',
  houseNumber: 'integration.template.notes.houseNumber',
  houseNumberAddition: 'integration.template.notes.houseNumberAddition',
  postcode: 'integration.template.notes.postcode',
  city: 'integration.template.notes.city',
  phone: 'integration.template.notes.phone',
  privateEmail: 'integration.template.notes.privateEmail',
  lettersByEmail: 'integration.template.notes.lettersByEmail',
  department: 'integration.template.notes.department',
  startDate: 'integration.template.notes.date',
  contractStartDate: 'integration.template.notes.contractStartDate',
  endDate: 'integration.template.notes.endDate',
  functionName: 'integration.template.notes.functionName',
  functionGroup: 'integration.template.notes.functionGroup',
  employmentType: 'integration.template.notes.employmentType',
  contractHoursPerWeek: 'integration.template.notes.contractHoursPerWeek',
  noRiskPolicy: 'integration.template.notes.noRiskPolicy',
  department2: 'integration.template.notes.secondEmployment',
  startDate2: 'integration.template.notes.secondEmployment',
  endDate2: 'integration.template.notes.secondEmployment',
  functionName2: 'integration.template.notes.secondEmployment',
  employmentType2: 'integration.template.notes.secondEmployment',
  contractHoursPerWeek2: 'integration.template.notes.secondEmployment',
};

const requiredKeys: Record<ImportColumn['required'], string> = {
  always: 'integration.template.requiredAlways',
  secondEmployment: 'integration.template.requiredSecondEmployment',
  never: 'integration.template.requiredNever',
};

/**
 * The CSV template: the header line only (an example row would be imported if left in), with
 * ";" as Dutch Excel expects, and a BOM so that Excel reads it as UTF-8 ("privé").
 */
export function csvTemplate(): string {
  return `\uFEFF${importColumns.map(templateHeader).join(';')}\r\n`;
}

/** Columns whose values are codes, not numbers: kept as text so that leading zeros stay. */
const textFormatKinds = new Set<ImportValueKind>(['bsn', 'postcode', 'phone', 'text']);

/**
 * The Excel template: sheet "Werknemers" with the headers (required ones marked *, in bold on a
 * coloured fill) and sheet "Toelichting" explaining every column, in the user's language.
 */
export async function xlsxTemplate(t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verzuim';
  const sheet = workbook.addWorksheet(templateSheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = importColumns.map((importColumn) => ({
    header: templateHeader(importColumn),
    key: importColumn.field,
    width: Math.max(14, templateHeader(importColumn).length + 4),
    style: textFormatKinds.has(importColumn.kind) ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  importColumns.forEach((importColumn, index) => {
    const cell = header.getCell(index + 1);
    cell.font = { bold: importColumn.required === 'always' };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: importColumn.required === 'always' ? 'FFFFE8A3' : 'FFEFEFEF' },
    };
  });
  const notes = workbook.addWorksheet(t('integration.template.notesSheet'));
  notes.columns = [
    { header: t('integration.template.column'), width: 28 },
    { header: t('integration.template.required'), width: 30 },
    { header: t('integration.template.explanation'), width: 90 },
    { header: t('integration.template.example'), width: 20 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const importColumn of importColumns) {
    notes.addRow([
      templateHeader(importColumn),
      t(requiredKeys[importColumn.required]),
      t(columnNoteKeys[importColumn.field]),
      importColumn.example,
    ]);
  }
  notes.addRow([]);
  notes.addRow([t('integration.template.footer')]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
