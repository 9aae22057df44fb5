import { describe, expect, it } from 'vitest';
import {
  checkRow,
  decodeCsv,
  departmentLookup,
  detectDelimiter,
  detectFormat,
  mapHeaders,
  parseContractHours,
  parseImportDate,
  readCsv,
} from './integration.models.js';

describe('reading cells of an import file', () => {
  it('reads Dutch day-first dates and ISO dates, and refuses impossible or two-digit years', () => {
    expect(parseImportDate('14-3-1985')).toEqual({ ok: true, value: '1985-03-14' });
    expect(parseImportDate('14/03/1985')).toEqual({ ok: true, value: '1985-03-14' });
    expect(parseImportDate('14.03.1985')).toEqual({ ok: true, value: '1985-03-14' });
    expect(parseImportDate('1985-03-14')).toEqual({ ok: true, value: '1985-03-14' });
    expect(parseImportDate('29-02-2023').ok).toBe(false);
    expect(parseImportDate('14-03-85').ok).toBe(false);
  });

  it('reads contract hours with a decimal comma or point, at most two decimals, up to 80', () => {
    expect(parseContractHours('24,5')).toEqual({ ok: true, value: 24.5 });
    expect(parseContractHours('32.25')).toEqual({ ok: true, value: 32.25 });
    expect(parseContractHours('32,125')).toEqual({ ok: false, code: 'import_invalid_hours' });
    expect(parseContractHours('81')).toEqual({ ok: false, code: 'import_hours_too_big' });
  });

  it('tells xlsx, old xls and CSV apart by their first bytes', () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('xls');
    expect(detectFormat(new TextEncoder().encode('Voornaam;Achternaam'))).toBe('csv');
  });

  it('decodes UTF-8, and Windows-1252 as Dutch Excel writes "CSV (gescheiden door …)"', () => {
    expect(decodeCsv(new TextEncoder().encode('E-mail privé'))).toBe('E-mail privé');
    expect(decodeCsv(new Uint8Array([0x70, 0x72, 0x69, 0x76, 0xe9]))).toBe('privé');
  });

  it('takes the separator of the header line, ignoring quoted text', () => {
    expect(detectDelimiter('Voornaam;Achternaam;"Functie, oud"\r\n')).toBe(';');
    expect(detectDelimiter('Voornaam,Achternaam\n')).toBe(',');
    expect(detectDelimiter('Voornaam\tAchternaam\n')).toBe('\t');
  });

  it('numbers rows as an editor does, skipping blank lines, and stops at the row limit', () => {
    const text = '\uFEFFVoornaam;Achternaam\r\nJan;Jansen\r\n\r\nPiet;"de; Vries"\r\n';
    const sheet = readCsv(new TextEncoder().encode(text), 10);
    expect(sheet).toEqual({
      format: 'csv',
      header: ['Voornaam', 'Achternaam'],
      rows: [
        { rowNumber: 2, values: ['Jan', 'Jansen'] },
        { rowNumber: 4, values: ['Piet', 'de; Vries'] },
      ],
    });
    expect(readCsv(new TextEncoder().encode(text), 1)).toEqual({ kind: 'too_many_rows', limit: 1 });
  });

  it('matches headers by Dutch or English name, any case, with or without the * mark', () => {
    const mapping = mapHeaders(['personeelsnummer *', 'First name', 'Achternaam', 'Extra']);
    expect(mapping.positions).toEqual(['personnelNumber', 'firstName', 'lastName', null]);
    expect(mapping.ignoredHeaders).toEqual(['Extra']);
    expect(mapping.missing).toContain('department');
  });
});

describe('checking a row', () => {
  it('asks for the second employment’s required cells once any of its cells is filled', () => {
    const row = {
      personnelNumber: '1',
      firstName: 'Sanne',
      lastName: 'Vries',
      gender: 'V',
      dateOfBirth: '14-03-1985',
      department: 'Verkoop',
      startDate: '01-02-2020',
      employmentType: 'vast',
      contractHoursPerWeek: '32',
      functionName2: 'Oproepkracht',
    };
    const checked = checkRow(row, '2026-03-02');
    expect(checked.errors.map((error) => [error.field, error.code])).toEqual([
      ['department2', 'required'],
      ['startDate2', 'required'],
      ['employmentType2', 'required'],
      ['contractHoursPerWeek2', 'required'],
    ]);
  });
});

describe('a cell no column may store', () => {
  it('refuses a NUL or half a surrogate pair in any cell, as a request’s text is refused', () => {
    const checked = checkRow(
      {
        personnelNumber: '1',
        firstName: 'San\u0000ne',
        lastName: 'Vries\ud800',
        gender: 'V',
        dateOfBirth: '14-03-1985',
        department: 'Verkoop',
        startDate: '01-02-2020',
        employmentType: 'vast',
        contractHoursPerWeek: '32',
      },
      '2026-03-02',
    );
    expect(checked.errors.map((error) => [error.field, error.code])).toEqual([
      ['firstName', 'invalid_characters'],
      ['lastName', 'invalid_characters'],
    ]);
  });
});

describe('finding a department', () => {
  const departments = [
    { id: 'noord', parentId: null, name: 'Noord', closedOn: null },
    { id: 'noord-inkoop', parentId: 'noord', name: 'Inkoop', closedOn: null },
    { id: 'zuid', parentId: null, name: 'Zuid', closedOn: null },
    { id: 'zuid-inkoop', parentId: 'zuid', name: 'Inkoop', closedOn: null },
    { id: 'oud', parentId: null, name: 'Oude afdeling', closedOn: '2024-01-01' },
  ];
  const find = departmentLookup(departments);

  it('finds a unique name in any case, and a shared name by its path', () => {
    expect(find('  noord ', '2025-01-01')).toEqual({ ok: true, id: 'noord' });
    expect(find('Inkoop', '2025-01-01')).toEqual({
      ok: false,
      code: 'import_department_ambiguous',
    });
    expect(find('Zuid / Inkoop', '2025-01-01')).toEqual({ ok: true, id: 'zuid-inkoop' });
    expect(find('noord>inkoop', '2025-01-01')).toEqual({ ok: true, id: 'noord-inkoop' });
    expect(find('West', '2025-01-01')).toEqual({ ok: false, code: 'import_department_not_found' });
  });

  it('refuses a department closed on or before the start of the employment', () => {
    expect(find('Oude afdeling', '2023-12-31')).toEqual({ ok: true, id: 'oud' });
    expect(find('Oude afdeling', '2024-01-01')).toEqual({ ok: false, code: 'department_closed' });
  });
});
