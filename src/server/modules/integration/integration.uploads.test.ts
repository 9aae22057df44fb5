import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ImportPreview, importUploadContentType } from '../../../contracts/integration.js';
import { trustEmployerId } from '../../db/tenancy.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { type CsvEncoding, csvOf, validRow } from '../../test/import-files.js';
import { mebibytes, peakRssRise } from '../../test/memory.js';
import { sampleXlsxBomb } from '../../test/sample-files.js';

/**
 * Files the employee import must survive (issue 15, "Bad input"): truncated and oversized xlsx,
 * ZIP bombs, and CSV in every encoding and separator Excel writes. Each is read correctly or
 * refused with a clear 4xx in the error shape; memory stays bounded.
 */
describeEachDatabase('employee import: uploads that are hard to read', (context) => {
  let testApp: TestApp;
  let cookie: string;
  const maxBytes = 1024 * 1024;

  beforeAll(async () => {
    testApp = await createTestApp(context.database, { IMPORT_MAX_BYTES: String(maxBytes) });
    const user = await createTestUser(testApp, { role: 'super_user' });
    await testApp.modules.organisation.createDepartment(trustEmployerId(user.employerId), {
      name: 'Verkoop',
      parentId: null,
    });
    cookie = await logIn(testApp, user);
  });
  afterAll(() => testApp.close());

  const preview = (body: Buffer) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/integration/employee-import/preview',
      headers: { ...fetchHeaders, cookie, 'content-type': importUploadContentType },
      payload: body,
    });

  async function xlsxOf(rows: string[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Werknemers');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('refuses a truncated xlsx as unreadable, wherever it was cut', async () => {
    const whole = await xlsxOf([['Personeelsnummer'], ['1001']]);
    for (const length of [4, 30, Math.floor(whole.length / 2), whole.length - 10]) {
      const response = await preview(whole.subarray(0, length));
      expect(response.statusCode, `cut at ${length}`).toBe(400);
      expect(response.json().error, `cut at ${length}`).toMatchObject({
        code: 'import_unreadable',
        message: expect.stringContaining('kon niet worden gelezen'),
      });
    }
  });

  it('refuses a file over IMPORT_MAX_BYTES with 413 in the error shape', async () => {
    const response = await preview(Buffer.concat([await xlsxOf([['a']]), Buffer.alloc(maxBytes)]));
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
    });
  });

  it('refuses an xlsx ZIP bomb by its declared size, without unpacking it', async () => {
    // 512 MiB of sheet XML in half a megabyte: deflate packs whitespace a thousandfold.
    const bomb = await sampleXlsxBomb(mebibytes(512));
    expect(bomb.length).toBeLessThan(maxBytes);
    const { result: response, rise } = await peakRssRise(() => preview(bomb));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'import_unpacks_too_large',
      message:
        'Het bestand pakt uit tot meer dan 32 MB, meer dan een werknemerslijst nodig heeft. Sla de lijst opnieuw op als .xlsx of CSV.',
    });
    expect(rise).toBeLessThan(mebibytes(64));
  });

  it('refuses an xlsx ZIP bomb that understates its size, counting as it unpacks', async () => {
    const bomb = await sampleXlsxBomb(mebibytes(512), { declaredBytes: 1000 });
    const { result: response, rise } = await peakRssRise(() => preview(bomb));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('import_unpacks_too_large');
    // Counted without keeping: far below the 32 MiB it may unpack to, let alone 512 MiB.
    expect(rise).toBeLessThan(mebibytes(64));
  });

  const encodings: { encoding: CsvEncoding; bom: boolean }[] = [
    { encoding: 'utf-8', bom: false },
    { encoding: 'utf-8', bom: true },
    { encoding: 'utf-16le', bom: true },
    { encoding: 'utf-16be', bom: true },
    { encoding: 'windows-1252', bom: false },
  ];
  for (const { encoding, bom } of encodings) {
    for (const delimiter of [';', ',', '\t']) {
      it(`reads CSV in ${encoding}${bom ? ' with BOM' : ''}, separated by ${JSON.stringify(delimiter)}`, async () => {
        const file = csvOf(
          [
            validRow({ firstName: 'Zoë', lastName: 'Müller', functionName: 'Café, bediening' }),
            validRow({ personnelNumber: '1002', firstName: 'René', lastName: 'Öztürk' }),
          ],
          { delimiter, bom, encoding },
        );
        const response = await preview(file);
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<ImportPreview>();
        expect(body).toMatchObject({ format: 'csv', rowCount: 2, rowsWithErrors: 0 });
        expect(body.rows.map((row) => row.cells)).toEqual([
          expect.objectContaining({
            firstName: 'Zoë',
            lastName: 'Müller',
            functionName: 'Café, bediening',
          }),
          expect.objectContaining({ firstName: 'René', lastName: 'Öztürk' }),
        ]);
      });
    }
  }

  it('refuses UTF-16 without its BOM with a clear reason instead of reading garbage', async () => {
    const file = csvOf([validRow()], { encoding: 'utf-16le' });
    const response = await preview(file);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('import_missing_columns');
  });
});
