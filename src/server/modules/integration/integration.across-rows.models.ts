/**
 * The checks that need the whole file or the employer's data: duplicates across rows and
 * personnel numbers already in use.
 */
import type { ImportField } from '../../../contracts/integration.js';
import { normaliseBsn } from '../../../contracts/dutch-personal-data.js';
import type { CellError, RawRow } from './integration.rows.models.js';

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
