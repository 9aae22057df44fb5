import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv.js';

/** A strict RFC 4180 reader with `;` between cells, only for checking what the writer produces. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error('unterminated quote');
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            cell += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        cell += text[index];
        index += 1;
      }
    }
    const char = text[index];
    if (char === ';') {
      row.push(cell);
      cell = '';
      index += 1;
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 2;
    } else if (char === undefined) {
      break;
    } else if (char === '"') {
      throw new Error('quote inside an unquoted cell');
    } else {
      cell += char;
      index += 1;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('row without CRLF');
  return rows;
}

const formulaStart = /^[=+\-@\t\r]/;
/** What a cell should read as after the formula guard. */
const guarded = (value: string) => (formulaStart.test(value) ? `'${value}` : value);

describe('CSV cells', () => {
  it('separates cells with a semicolon, as Dutch Excel expects', () => {
    expect(csvRow(['Jansen', 'ziek gemeld', null, 3])).toBe('Jansen;ziek gemeld;;3\r\n');
  });

  it('quotes semicolons, commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('Jansen')).toBe('Jansen');
    expect(csvCell('Jansen; Anna')).toBe('"Jansen; Anna"');
    expect(csvCell('de Vries, Anna')).toBe('"de Vries, Anna"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('turns a would-be formula into text with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"")"',
    );
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('any row of strings survives a round trip, and no cell starts with a formula character (property)', () => {
    const cellText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('=1+1', '+', '-', '@', '\t=x', '\r\n', '"', ',', ';', "'"),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ',', ';', '\n'), fc.string())
        .map(([head, tail]) => head + tail),
    );
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 8 }), (cells) => {
        const [parsed] = parseCsv(csvRow(cells));
        expect(parsed).toEqual(cells.map(guarded));
        for (const value of parsed ?? []) expect(formulaStart.test(value)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
