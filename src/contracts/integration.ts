import { z } from 'zod';

/**
 * Bulk import of employees with their employments (SPEC.md §2.10) from a CSV or Excel file.
 *
 * `importColumns` is the one definition of the file: the server's parser reads headers by it,
 * the server's template generator writes it, and the web's preview table shows it. One row of
 * the file is one employee with a first employment and, when the "… 2" columns are filled, a
 * second one. Headers are Dutch (the file is made by Dutch HR staff); a trailing "*" (the
 * template's mark of a required column), case and surrounding spaces are ignored, and the
 * English header or the field key are accepted as well.
 */

export const importFields = [
  'personnelNumber',
  'firstName',
  'initials',
  'namePrefix',
  'lastName',
  'gender',
  'dateOfBirth',
  'bsn',
  'street',
  'houseNumber',
  'houseNumberAddition',
  'postcode',
  'city',
  'phone',
  'privateEmail',
  'lettersByEmail',
  'department',
  'startDate',
  'contractStartDate',
  'endDate',
  'functionName',
  'functionGroup',
  'employmentType',
  'contractHoursPerWeek',
  'noRiskPolicy',
  'department2',
  'startDate2',
  'endDate2',
  'functionName2',
  'employmentType2',
  'contractHoursPerWeek2',
] as const;
export type ImportField = (typeof importFields)[number];

/** How a cell is read; see integration.models.ts for the accepted spellings. */
export type ImportValueKind =
  | 'text'
  | 'date'
  | 'hours'
  | 'houseNumber'
  | 'boolean'
  | 'gender'
  | 'employmentType'
  | 'bsn'
  | 'postcode'
  | 'email'
  | 'phone';

export type ImportColumn = {
  field: ImportField;
  /** The Dutch header in the template and the preview. */
  header: string;
  /** The English header, also accepted when reading a file. */
  headerEn: string;
  /**
   * always: every row needs it; secondEmployment: needed when any column of the second
   * employment is filled; never: optional.
   */
  required: 'always' | 'secondEmployment' | 'never';
  kind: ImportValueKind;
  /** Longest accepted text (characters). */
  maxLength: number;
  /** A valid value, written in the template's explanation sheet. */
  example: string;
};

const column = (
  field: ImportField,
  header: string,
  headerEn: string,
  required: ImportColumn['required'],
  kind: ImportValueKind,
  example: string,
  maxLength = 100,
): ImportColumn => ({ field, header, headerEn, required, kind, maxLength, example });

export const importColumns: readonly ImportColumn[] = [
  column('personnelNumber', 'Personeelsnummer', 'Personnel number', 'always', 'text', '1001', 30),
  column('firstName', 'Voornaam', 'First name', 'always', 'text', 'Sanne'),
  column('initials', 'Voorletters', 'Initials', 'never', 'text', 'S.J.', 20),
  column('namePrefix', 'Tussenvoegsel', 'Name prefix', 'never', 'text', 'de', 20),
  column('lastName', 'Achternaam', 'Last name', 'always', 'text', 'Vries'),
  column('gender', 'Geslacht', 'Gender', 'always', 'gender', 'V', 10),
  column('dateOfBirth', 'Geboortedatum', 'Date of birth', 'always', 'date', '14-03-1985', 20),
  column('bsn', 'BSN', 'BSN', 'never', 'bsn', '123456782', 20),
  column('street', 'Straat', 'Street', 'never', 'text', 'Dorpsstraat', 200),
  column('houseNumber', 'Huisnummer', 'House number', 'never', 'houseNumber', '12', 10),
  column('houseNumberAddition', 'Toevoeging', 'Addition', 'never', 'text', 'A', 6),
  column('postcode', 'Postcode', 'Postcode', 'never', 'postcode', '1234 AB', 12),
  column('city', 'Woonplaats', 'City', 'never', 'text', 'Utrecht'),
  column('phone', 'Telefoon', 'Phone', 'never', 'phone', '06 12345678', 30),
  column(
    'privateEmail',
    'E-mail privé',
    'Private e-mail',
    'never',
    'email',
    'sanne@example.nl',
    254,
  ),
  column('lettersByEmail', 'Post per e-mail', 'Letters by e-mail', 'never', 'boolean', 'nee', 10),
  column('department', 'Afdeling', 'Department', 'always', 'text', 'Verkoop', 500),
  column(
    'startDate',
    'Datum in dienst',
    'Employment start date',
    'always',
    'date',
    '01-02-2020',
    20,
  ),
  column(
    'contractStartDate',
    'Ingangsdatum contract',
    'Contract start date',
    'never',
    'date',
    '01-02-2020',
    20,
  ),
  column('endDate', 'Datum uit dienst', 'Employment end date', 'never', 'date', '', 20),
  column('functionName', 'Functie', 'Function', 'never', 'text', 'Verkoper'),
  column('functionGroup', 'Functiegroep', 'Function group', 'never', 'text', 'Commercieel'),
  column(
    'employmentType',
    'Soort dienstverband',
    'Employment type',
    'always',
    'employmentType',
    'vast',
    30,
  ),
  column(
    'contractHoursPerWeek',
    'Uren per week',
    'Contract hours per week',
    'always',
    'hours',
    '32',
    10,
  ),
  column('noRiskPolicy', 'No-riskpolis', 'No-risk policy', 'never', 'boolean', 'nee', 10),
  column('department2', 'Afdeling 2', 'Department 2', 'secondEmployment', 'text', '', 500),
  column(
    'startDate2',
    'Datum in dienst 2',
    'Employment start date 2',
    'secondEmployment',
    'date',
    '',
    20,
  ),
  column('endDate2', 'Datum uit dienst 2', 'Employment end date 2', 'never', 'date', '', 20),
  column('functionName2', 'Functie 2', 'Function 2', 'never', 'text', ''),
  column(
    'employmentType2',
    'Soort dienstverband 2',
    'Employment type 2',
    'secondEmployment',
    'employmentType',
    '',
    30,
  ),
  column(
    'contractHoursPerWeek2',
    'Uren per week 2',
    'Contract hours per week 2',
    'secondEmployment',
    'hours',
    '',
    10,
  ),
];

/** The columns of the optional second employment. */
export const secondEmploymentFields: readonly ImportField[] = [
  'department2',
  'startDate2',
  'endDate2',
  'functionName2',
  'employmentType2',
  'contractHoursPerWeek2',
];

/** The header as written in the template: required columns end in " *". */
export function templateHeader(importColumn: ImportColumn): string {
  return importColumn.required === 'always' ? `${importColumn.header} *` : importColumn.header;
}

/** One problem with one cell: `code` has its message at `errors.field.<code>`. */
export const importCellErrorSchema = z.object({
  field: z.enum(importFields),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The translated message. */
  message: z.string(),
});
export type ImportCellError = z.infer<typeof importCellErrorSchema>;

export const importPreviewRowSchema = z.object({
  /** The row number in the file or sheet as the user sees it (the header is row 1). */
  rowNumber: z.number().int().min(2),
  /** The cells as read, by field; the BSN masked (•••••6782), never sent back in full. */
  cells: z.partialRecord(z.enum(importFields), z.string()),
  errors: z.array(importCellErrorSchema),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRowSchema>;

export const importPreviewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** The importable columns found in the file, in file order. */
  fields: z.array(z.enum(importFields)),
  /** Headers in the file that are not import columns: ignored. */
  ignoredHeaders: z.array(z.string()),
  rowCount: z.number().int().min(0),
  rowsWithErrors: z.number().int().min(0),
  rows: z.array(importPreviewRowSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  employees: z.number().int().min(0),
  employments: z.number().int().min(0),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** The limits of an upload, so that the page can say them before sending a file. */
export const importLimitsSchema = z.object({
  maxBytes: z.number().int().positive(),
  maxRows: z.number().int().positive(),
});
export type ImportLimits = z.infer<typeof importLimitsSchema>;

export const importTemplateQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']) });

/** The upload is the file itself as the request body (no multipart, no base64). */
export const importUploadContentType = 'application/octet-stream';
