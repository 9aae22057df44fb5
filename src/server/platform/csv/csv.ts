/**
 * CSV as Dutch Excel opens it with a double click: `;` between cells (the list separator of a
 * Dutch Windows; a comma would put every line in one cell), CRLF, quotes doubled inside quoted
 * cells (RFC 4180 otherwise).
 *
 * Formula injection guard (OWASP "CSV injection"): a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return could run as a formula when the file is opened in Excel or Calc,
 * so such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[";,\r\n]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(';')}\r\n`;
}

/** Excel opens a UTF-8 CSV correctly (é, ı, ö) only when it starts with a byte order mark. */
export const csvByteOrderMark = '\uFEFF';
