/**
 * Reading an import file: its format, the CSV text or the Excel sheet, as lines of text.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unpackedSizeProblem } from '../../platform/zip/zip.js';
import { pad2 } from './integration.rows.models.js';

export type ImportFormat = 'csv' | 'xlsx';

/** The lines of a file: the header and the data rows, every cell as text. */
export type SheetText = { format: ImportFormat; header: string[]; rows: RawLine[] };
export type RawLine = { rowNumber: number; values: string[] };

export type FileProblem =
  | { kind: 'unsupported_format' }
  | { kind: 'unreadable' }
  | { kind: 'empty' }
  | { kind: 'too_many_rows'; limit: number }
  | { kind: 'unpacks_too_large'; megabytes: number };

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
 * CSV text from bytes: UTF-16 (little or big endian) when it starts with its BOM, which is what
 * Excel writes for "Unicode-tekst"; UTF-8 (with or without BOM) when the bytes are valid UTF-8;
 * else Windows-1252, which is what Dutch Excel writes for "CSV (gescheiden door
 * lijstscheidingsteken)".
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
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
 * How many bytes an xlsx of at most `maxRows` rows may unpack to: 4 KiB a row (a row of the
 * template's columns takes well under 1 KiB of sheet XML), at least 32 MiB.
 */
export function maxUnpackedXlsxBytes(maxRows: number): number {
  return Math.max(32 * 1024 * 1024, maxRows * 4096);
}

/**
 * The header and data rows of the sheet "Werknemers" of an xlsx file, or of its first sheet.
 * The template's explanation sheet is never read as data. ExcelJS unpacks the whole archive into
 * memory, so the archive is measured first (`unpackedSizeProblem`): a ZIP bomb is refused before
 * ExcelJS sees it.
 */
export async function readXlsx(
  bytes: Uint8Array,
  maxRows: number,
): Promise<SheetText | FileProblem> {
  const maxUnpacked = maxUnpackedXlsxBytes(maxRows);
  const unpacked = await unpackedSizeProblem(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    maxUnpacked,
  );
  if (unpacked === 'unreadable') return { kind: 'unreadable' };
  if (unpacked === 'too_large') {
    return { kind: 'unpacks_too_large', megabytes: Math.floor(maxUnpacked / (1024 * 1024)) };
  }
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
