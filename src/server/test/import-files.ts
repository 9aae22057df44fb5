import { type ImportField, importColumns, templateHeader } from '../../contracts/integration.js';

/** Files for the employee import (SPEC.md §2.10): rows of the template's columns. */

export type Row = Partial<Record<ImportField, string>>;

/** A valid row; `personnelNumber` and `bsn` must differ per row of one file. */
export const validRow = (overrides: Row = {}): Row => ({
  personnelNumber: '1001',
  firstName: 'Sanne',
  namePrefix: 'de',
  lastName: 'Vries',
  gender: 'V',
  dateOfBirth: '14-03-1985',
  department: 'Verkoop',
  startDate: '01-02-2020',
  employmentType: 'vast',
  contractHoursPerWeek: '32,5',
  ...overrides,
});

/** How a CSV file's text is written as bytes; a BOM where the encoding has one and `bom` asks. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The template's header and `rows` as a CSV file. Windows-1252 is written as Latin-1, which it
 * equals for the letters of Dutch names (é, ë, ö, ü).
 */
export function csvOf(
  rows: Row[],
  {
    delimiter = ';',
    bom = false,
    encoding = 'utf-8',
  }: { delimiter?: string; bom?: boolean; encoding?: CsvEncoding } = {},
): Buffer {
  const quote = (value: string) =>
    value.includes(delimiter) || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value;
  const lines = [
    importColumns.map(templateHeader).join(delimiter),
    ...rows.map((row) =>
      importColumns.map((column) => quote(row[column.field] ?? '')).join(delimiter),
    ),
  ];
  const text = `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'windows-1252':
      return Buffer.from(text, 'latin1');
  }
}
