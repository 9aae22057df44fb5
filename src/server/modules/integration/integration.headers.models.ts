/**
 * The header line of an import file: which column is which field, by the Dutch or English
 * header of contracts/integration.ts, and the cells of a data line by field.
 */
import {
  type ImportColumn,
  type ImportField,
  importColumns,
} from '../../../contracts/integration.js';

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
