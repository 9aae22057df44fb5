/**
 * One row of an import file: its cells read by kind (dates, hours, yes/no, gender, BSN…) and
 * checked, and turned into the values of "werknemer toevoegen".
 */
import { z } from 'zod';
import { isCivilDate } from '../../../contracts/civil-dates.js';
import { isStorableText } from '../../../contracts/common.js';
import {
  type ImportField,
  importColumns,
  secondEmploymentFields,
} from '../../../contracts/integration.js';
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

type Parsed<T> = { ok: true; value: T } | { ok: false; code: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: string): Parsed<never> => ({ ok: false, code });

/** Two digits, for a month or day. */
export const pad2 = (value: string) => value.padStart(2, '0');

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
