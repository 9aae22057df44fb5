/**
 * Pure rules of the bulk import: reading the cells of a row by the column definitions of
 * contracts/integration.ts, the checks per row and across rows, and finding a department by
 * its name or path. No database, no clock (today is passed in).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { isCivilDate } from '../../../contracts/civil-dates.js';
import { isStorableText } from '../../../contracts/common.js';
import {
  type ImportColumn,
  type ImportField,
  type ImportValueKind,
  importColumns,
  secondEmploymentFields,
  templateHeader,
} from '../../../contracts/integration.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import {
  isValidHouseNumber,
  isValidHouseNumberAddition,
  normaliseBsn,
  normaliseDutchPostcode,
} from '../../../contracts/dutch-personal-data.js';
import {
  checkPlausibleDate,
  type DateBoundKind,
  type EmploymentType,
} from '../employees/employees.models.js';

/** One problem with one cell; its message is `errors.field.<code>`. */
export type CellError = {
  field: ImportField;
  code: string;
  params?: Record<string, string | number>;
};

/** A data row of the file: its number as the user sees it and the cells by field. */
export type RawRow = { rowNumber: number; cells: Partial<Record<ImportField, string>> };

export type ImportedEmployment = {
  /** The department's text as written; resolved to an id by `resolveDepartment`. */
  department: string;
  startDate: string;
  contractStartDate: string | null;
  endDate: string | null;
  functionName: string | null;
  functionGroup: string | null;
  employmentType: EmploymentType;
  contractHoursPerWeek: number;
  noRiskPolicy: boolean;
};

/** A row turned into the values of "werknemer toevoegen". */
export type ImportedEmployee = {
  employee: {
    personnelNumber: string;
    firstName: string;
    initials: string | null;
    namePrefix: string | null;
    lastName: string;
    gender: 'm' | 'f' | 'x';
    dateOfBirth: string;
  };
  /** For the data vault (datakluis). */
  personalData: {
    bsn: string | null;
    street: string | null;
    houseNumber: number | null;
    houseNumberAddition: string | null;
    postcode: string | null;
    city: string | null;
    phone: string | null;
    privateEmail: string | null;
    lettersByEmail: boolean;
  };
  employments: ImportedEmployment[];
};

// ---------------------------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------------------------

/** A header in comparable form: lowercase, no "*", no accents, single spaces. */
function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\*/g, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();
}

const columnByHeader = new Map<string, ImportColumn>(
  importColumns.flatMap((importColumn) =>
    [importColumn.header, importColumn.headerEn, importColumn.field].map(
      (header) => [headerKey(header), importColumn] as const,
    ),
  ),
);

export type HeaderMapping = {
  /** Per position in the file: the field, or null for a column that is not imported. */
  positions: (ImportField | null)[];
  fields: ImportField[];
  ignoredHeaders: string[];
  /** Required columns that are not in the file. */
  missing: ImportField[];
  /** Columns that appear twice. */
  duplicated: ImportField[];
};

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const positions: (ImportField | null)[] = [];
  const fields: ImportField[] = [];
  const ignoredHeaders: string[] = [];
  const duplicated = new Set<ImportField>();
  for (const header of headers) {
    const found = columnByHeader.get(headerKey(header));
    if (!found) {
      positions.push(null);
      if (header.trim() !== '') ignoredHeaders.push(header.trim());
      continue;
    }
    if (fields.includes(found.field)) duplicated.add(found.field);
    else fields.push(found.field);
    positions.push(found.field);
  }
  const missing = importColumns
    .filter((importColumn) => importColumn.required === 'always')
    .map((importColumn) => importColumn.field)
    .filter((field) => !fields.includes(field));
  return { positions, fields, ignoredHeaders, missing, duplicated: [...duplicated] };
}

/** The cells of one line by field; a line with nothing in it is null (skipped). */
export function rowCells(
  mapping: HeaderMapping,
  values: readonly string[],
): Partial<Record<ImportField, string>> | null {
  const cells: Partial<Record<ImportField, string>> = {};
  let empty = true;
  mapping.positions.forEach((field, index) => {
    const value = (values[index] ?? '').trim();
    if (value !== '') empty = false;
    if (field && value !== '') cells[field] = value;
  });
  return empty ? null : cells;
}

// ---------------------------------------------------------------------------------------------
// Cell values
// ---------------------------------------------------------------------------------------------

type Parsed<T> = { ok: true; value: T } | { ok: false; code: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: string): Parsed<never> => ({ ok: false, code });

const pad2 = (value: string) => value.padStart(2, '0');

/**
 * A calendar date as written by Dutch people and spreadsheets: "14-03-1985", "14/3/1985",
 * "14.03.1985" (day first) or "1985-03-14" (ISO, also what the Excel reader gives for a date
 * cell). A two-digit year is refused: "01-02-03" has no safe reading.
 */
export function parseImportDate(text: string): Parsed<string> {
  const value = text.trim();
  let date: string | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (iso) date = `${iso[1]}-${pad2(iso[2] ?? '')}-${pad2(iso[3] ?? '')}`;
  else if (dutch) date = `${dutch[3]}-${pad2(dutch[2] ?? '')}-${pad2(dutch[1] ?? '')}`;
  return date !== null && isCivilDate(date) ? ok(date) : fail('import_invalid_date');
}

/** Contract hours per week: 0–80 with at most two decimals, "32,5" or "32.5". */
export function parseContractHours(text: string): Parsed<number> {
  const value = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return fail('import_invalid_hours');
  const hours = Number(value);
  return hours > 80 ? fail('import_hours_too_big') : ok(hours);
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const no = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

export function parseYesNo(text: string): Parsed<boolean> {
  const value = text.trim().toLowerCase();
  if (yes.has(value)) return ok(true);
  if (no.has(value)) return ok(false);
  return fail('import_invalid_yes_no');
}

const genderWords: Record<string, 'm' | 'f' | 'x'> = {
  m: 'm',
  man: 'm',
  male: 'm',
  v: 'f',
  vrouw: 'f',
  f: 'f',
  female: 'f',
  x: 'x',
  o: 'x',
  onbekend: 'x',
  anders: 'x',
  other: 'x',
};

export function parseGender(text: string): Parsed<'m' | 'f' | 'x'> {
  const gender = genderWords[text.trim().toLowerCase()];
  return gender ? ok(gender) : fail('import_invalid_gender');
}

/** The Dutch words of the employment types, and the codes themselves. */
const employmentTypeWords: Record<string, EmploymentType> = {
  vast: 'permanent',
  'onbepaalde tijd': 'permanent',
  permanent: 'permanent',
  tijdelijk: 'fixed_term',
  'bepaalde tijd': 'fixed_term',
  fixed_term: 'fixed_term',
  oproep: 'on_call',
  oproepkracht: 'on_call',
  on_call: 'on_call',
  uitzend: 'temporary_agency',
  uitzendkracht: 'temporary_agency',
  temporary_agency: 'temporary_agency',
  anders: 'other',
  overig: 'other',
  other: 'other',
};

export function parseEmploymentType(text: string): Parsed<EmploymentType> {
  const type = employmentTypeWords[text.trim().toLowerCase().replace(/\s+/g, ' ')];
  return type ? ok(type) : fail('import_invalid_employment_type');
}

const emailSchema = z.email();
const phonePattern = /^\+?[\d ()-]{6,30}$/;

/** The BSN masked for the preview: only its last four digits are shown. */
export function maskBsn(text: string): string {
  const digits = text.replace(/\D/g, '');
  return `•••••${digits.length >= 4 ? digits.slice(-4) : ''}`;
}

// ---------------------------------------------------------------------------------------------
// One row
// ---------------------------------------------------------------------------------------------

export type RowCheck =
  { ok: true; value: ImportedEmployee; errors: [] } | { ok: false; errors: CellError[] };

/**
 * Reads and checks one row on its own (not yet: duplicates across rows, personnel numbers in
 * use, departments; see `checkAcrossRows` and the use case). Every problem of the row is
 * reported, one per cell.
 */
export function checkRow(cells: Partial<Record<ImportField, string>>, today: string): RowCheck {
  const errors: CellError[] = [];
  const text = (field: ImportField): string | null => {
    const value = cells[field]?.trim() ?? '';
    return value === '' ? null : value;
  };
  const secondEmployment = secondEmploymentFields.some((field) => text(field) !== null);
  for (const importColumn of importColumns) {
    const value = text(importColumn.field);
    const required =
      importColumn.required === 'always' ||
      (importColumn.required === 'secondEmployment' && secondEmployment);
    if (value === null) {
      if (required) errors.push({ field: importColumn.field, code: 'required' });
    } else if (!isStorableText(value)) {
      // A NUL in a CSV cell, as in a request's text (common.ts): no column may store it.
      errors.push({ field: importColumn.field, code: 'invalid_characters' });
    } else if (value.length > importColumn.maxLength) {
      errors.push({
        field: importColumn.field,
        code: 'import_too_long',
        params: { limit: importColumn.maxLength },
      });
    }
  }
  const hasError = (field: ImportField) => errors.some((error) => error.field === field);
  /** The parsed value of a filled, not yet refused cell; records the parse error otherwise. */
  function read<T>(field: ImportField, parse: (value: string) => Parsed<T>): T | null {
    const value = text(field);
    if (value === null || hasError(field)) return null;
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    errors.push({ field, code: parsed.code });
    return null;
  }
  /** A date within the bounds of "werknemer toevoegen" (employees.models plausibleDateBounds). */
  const plausibleDate = (field: ImportField, kind: DateBoundKind): string | null => {
    const date = read(field, parseImportDate);
    if (date === null) return null;
    const problem = checkPlausibleDate(date, kind, today);
    if (problem === null) return date;
    errors.push({ field, code: problem === 'invalid_format' ? 'import_invalid_date' : problem });
    return null;
  };

  const gender = read('gender', parseGender);
  const dateOfBirth = plausibleDate('dateOfBirth', 'dateOfBirth');
  const bsn = read('bsn', (value) => {
    const normalised = normaliseBsn(value);
    return normalised ? ok(normalised) : fail('bsn_invalid');
  });
  const houseNumber = read('houseNumber', (value) => {
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    return isValidHouseNumber(number) ? ok(number) : fail('house_number_invalid');
  });
  read('houseNumberAddition', (value) =>
    isValidHouseNumberAddition(value) ? ok(value) : fail('house_number_addition_invalid'),
  );
  const postcode = read('postcode', (value) => {
    const normalised = normaliseDutchPostcode(value);
    return normalised ? ok(normalised) : fail('postcode_invalid');
  });
  read('phone', (value) => (phonePattern.test(value) ? ok(value) : fail('import_invalid_phone')));
  const privateEmail = read('privateEmail', (value) =>
    emailSchema.safeParse(value).success ? ok(value.toLowerCase()) : fail('import_invalid_email'),
  );
  const lettersByEmail = read('lettersByEmail', parseYesNo) ?? false;
  if (lettersByEmail && text('privateEmail') === null) {
    errors.push({ field: 'privateEmail', code: 'import_letters_by_email_needs_address' });
  }

  const employment = (fields: {
    department: ImportField;
    startDate: ImportField;
    contractStartDate?: ImportField;
    endDate: ImportField;
    functionName: ImportField;
    functionGroup?: ImportField;
    employmentType: ImportField;
    contractHoursPerWeek: ImportField;
    noRiskPolicy?: ImportField;
  }): ImportedEmployment | null => {
    const startDate = plausibleDate(fields.startDate, 'employmentDate');
    const contractStartDate = fields.contractStartDate
      ? plausibleDate(fields.contractStartDate, 'employmentDate')
      : null;
    const endDate = plausibleDate(fields.endDate, 'endDate');
    const employmentType = read(fields.employmentType, parseEmploymentType);
    const contractHoursPerWeek = read(fields.contractHoursPerWeek, parseContractHours);
    const noRiskPolicy = fields.noRiskPolicy
      ? (read(fields.noRiskPolicy, parseYesNo) ?? false)
      : false;
    if (startDate !== null && endDate !== null && endDate < startDate) {
      errors.push({ field: fields.endDate, code: 'end_before_start' });
    }
    if (startDate !== null && dateOfBirth !== null && startDate <= dateOfBirth) {
      errors.push({ field: fields.startDate, code: 'import_start_before_birth' });
    }
    const department = text(fields.department);
    if (
      department === null ||
      startDate === null ||
      employmentType === null ||
      contractHoursPerWeek === null
    ) {
      return null;
    }
    return {
      department,
      startDate,
      contractStartDate,
      endDate,
      functionName: text(fields.functionName),
      functionGroup: fields.functionGroup ? text(fields.functionGroup) : null,
      employmentType,
      contractHoursPerWeek,
      noRiskPolicy,
    };
  };
  const first = employment({
    department: 'department',
    startDate: 'startDate',
    contractStartDate: 'contractStartDate',
    endDate: 'endDate',
    functionName: 'functionName',
    functionGroup: 'functionGroup',
    employmentType: 'employmentType',
    contractHoursPerWeek: 'contractHoursPerWeek',
    noRiskPolicy: 'noRiskPolicy',
  });
  const second = secondEmployment
    ? employment({
        department: 'department2',
        startDate: 'startDate2',
        endDate: 'endDate2',
        functionName: 'functionName2',
        employmentType: 'employmentType2',
        contractHoursPerWeek: 'contractHoursPerWeek2',
      })
    : null;

  const personnelNumber = text('personnelNumber');
  const firstName = text('firstName');
  const lastName = text('lastName');
  if (
    errors.length > 0 ||
    personnelNumber === null ||
    firstName === null ||
    lastName === null ||
    gender === null ||
    dateOfBirth === null ||
    first === null ||
    (secondEmployment && second === null)
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    errors: [],
    value: {
      employee: {
        personnelNumber,
        firstName,
        initials: text('initials'),
        namePrefix: text('namePrefix'),
        lastName,
        gender,
        dateOfBirth,
      },
      personalData: {
        bsn,
        street: text('street'),
        houseNumber,
        houseNumberAddition: text('houseNumberAddition'),
        postcode,
        city: text('city'),
        phone: text('phone'),
        privateEmail,
        lettersByEmail,
      },
      employments: second ? [first, second] : [first],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Across rows
// ---------------------------------------------------------------------------------------------

/** Personnel numbers compare without surrounding spaces and case ("a12" is "A12"). */
export function personnelNumberKey(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Errors that need the whole file or the employer's data: a personnel number or BSN that
 * appears in more than one row (each such row gets the error, naming the other rows), or a
 * personnel number that an employee of the employer already has.
 */
export function checkAcrossRows(
  rows: readonly RawRow[],
  personnelNumbersInUse: ReadonlySet<string>,
): Map<number, CellError[]> {
  const found = new Map<number, CellError[]>();
  const add = (rowNumber: number, error: CellError) =>
    found.set(rowNumber, [...(found.get(rowNumber) ?? []), error]);
  const groups = (field: ImportField, key: (value: string) => string | null) => {
    const byKey = new Map<string, number[]>();
    for (const row of rows) {
      const value = row.cells[field];
      const normalised = value === undefined ? null : key(value);
      if (normalised === null || normalised === '') continue;
      byKey.set(normalised, [...(byKey.get(normalised) ?? []), row.rowNumber]);
    }
    return byKey;
  };
  for (const [field, key] of [
    ['personnelNumber', personnelNumberKey],
    ['bsn', normaliseBsn],
  ] as const) {
    for (const rowNumbers of groups(field, key).values()) {
      if (rowNumbers.length < 2) continue;
      for (const rowNumber of rowNumbers) {
        const others = rowNumbers.filter((other) => other !== rowNumber).join(', ');
        add(rowNumber, { field, code: 'import_duplicate_in_file', params: { rows: others } });
      }
    }
  }
  for (const row of rows) {
    const personnelNumber = row.cells.personnelNumber;
    if (personnelNumber && personnelNumbersInUse.has(personnelNumberKey(personnelNumber))) {
      add(row.rowNumber, { field: 'personnelNumber', code: 'personnel_number_taken' });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Departments
// ---------------------------------------------------------------------------------------------

export type ImportDepartment = {
  id: string;
  parentId: string | null;
  name: string;
  closedOn: string | null;
};

const departmentKey = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export type DepartmentLookup = (
  text: string,
  onDate: string,
) => { ok: true; id: string } | { ok: false; code: string };

/**
 * Finds a department by the text of the file: its name ("Verkoop") or, when the name is used
 * more than once, its path from the top with " / " or " > " between the levels
 * ("Hoofdkantoor / Verkoop"); a path may also start below the top ("Noord/Verkoop"). Case and
 * extra spaces do not matter. Only the given departments count (the employer's, within the
 * actor's scope): any other name is "not found", whether or not another employer has it. A
 * department closed on or before the employment starts is refused.
 */
export function departmentLookup(departments: readonly ImportDepartment[]): DepartmentLookup {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const pathOf = (department: ImportDepartment): string[] => {
    const names: string[] = [];
    const seen = new Set<string>();
    let current: ImportDepartment | undefined = department;
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      names.unshift(departmentKey(current.name));
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return names;
  };
  const paths = departments.map((department) => ({ department, path: pathOf(department) }));
  return (text, onDate) => {
    const whole = departmentKey(text);
    // A name that itself holds "/" or ">" is matched whole before the text is split.
    let candidates = paths.filter(({ path }) => path[path.length - 1] === whole);
    if (candidates.length === 0) {
      const wanted = text
        .split(/[/>]/)
        .map(departmentKey)
        .filter((part) => part !== '');
      candidates = paths.filter(
        ({ path }) =>
          wanted.length > 0 &&
          wanted.length <= path.length &&
          wanted.every((part, index) => path[path.length - wanted.length + index] === part),
      );
    }
    const [match, ...others] = candidates;
    if (!match) return { ok: false, code: 'import_department_not_found' };
    if (others.length > 0) return { ok: false, code: 'import_department_ambiguous' };
    const { department } = match;
    if (department.closedOn !== null && department.closedOn <= onDate) {
      return { ok: false, code: 'department_closed' };
    }
    return { ok: true, id: department.id };
  };
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

export type ImportFormat = 'csv' | 'xlsx';

/** The lines of a file: the header and the data rows, every cell as text. */
export type SheetText = { format: ImportFormat; header: string[]; rows: RawLine[] };
export type RawLine = { rowNumber: number; values: string[] };

export type FileProblem =
  | { kind: 'unsupported_format' }
  | { kind: 'unreadable' }
  | { kind: 'empty' }
  | { kind: 'too_many_rows'; limit: number };

/**
 * xlsx is a ZIP archive ("PK\3\4"); the old binary .xls is an OLE file (D0 CF 11 E0), which
 * is refused with a request to save as .xlsx or CSV. Anything else is read as CSV text.
 */
export function detectFormat(bytes: Uint8Array): ImportFormat | 'xls' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return 'xlsx';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return 'xls';
  }
  return 'csv';
}

/**
 * CSV text from bytes: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
 * Windows-1252, which is what Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The separator of the header line: ";" (what Excel writes with Dutch regional settings), ","
 * or a tab, whichever occurs most outside quotes.
 */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (character: string) => firstLine.split(character).length - 1;
  const candidates = [';', ',', '\t'] as const;
  return candidates.reduce((best, candidate) =>
    count(candidate) > count(best) ? candidate : best,
  );
}

/** The header and data lines of a CSV file; blank lines are skipped (their numbers kept). */
export function readCsv(bytes: Uint8Array, maxRows: number): SheetText | FileProblem {
  // One line ending, so that line numbers count as an editor counts them.
  const text = decodeCsv(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { kind: 'empty' };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    return { kind: 'unreadable' };
  }
  const [header, ...data] = records;
  if (!header) return { kind: 'empty' };
  const rows = data
    .map(({ record, info }) => ({ rowNumber: info.lines, values: record }))
    .filter((row) => row.values.some((value) => value.trim() !== ''));
  if (rows.length > maxRows) return { kind: 'too_many_rows', limit: maxRows };
  return { format: 'csv', header: header.record, rows };
}

/** A cell of the Excel reader as the text a person sees; dates as YYYY-MM-DD. */
export function excelCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates are civil dates; ExcelJS gives them as midnight UTC.
    const year = String(value.getUTCFullYear()).padStart(4, '0');
    return `${year}-${pad2(String(value.getUTCMonth() + 1))}-${pad2(String(value.getUTCDate()))}`;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? '' : excelCellText(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return String(value.text ?? '');
  if ('error' in value) return '';
  return '';
}

/**
 * The header and data rows of the sheet "Werknemers" of an xlsx file, or of its first sheet.
 * The template's explanation sheet is never read as data.
 */
export async function readXlsx(
  bytes: Uint8Array,
  maxRows: number,
): Promise<SheetText | FileProblem> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { kind: 'unreadable' };
  }
  const sheet = workbook.getWorksheet(templateSheetName) ?? workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return { kind: 'empty' };
  if (sheet.actualRowCount - 1 > maxRows) return { kind: 'too_many_rows', limit: maxRows };
  const lines: RawLine[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    for (let index = 1; index <= row.cellCount; index++) {
      values.push(excelCellText(row.getCell(index).value));
    }
    lines.push({ rowNumber, values });
  });
  const [header, ...rows] = lines;
  if (!header) return { kind: 'empty' };
  const data = rows.filter((row) => row.values.some((value) => value.trim() !== ''));
  if (data.length > maxRows) return { kind: 'too_many_rows', limit: maxRows };
  return { format: 'xlsx', header: header.values, rows: data };
}

export const templateSheetName = 'Werknemers';

// ---------------------------------------------------------------------------------------------
// Template
// ---------------------------------------------------------------------------------------------

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
