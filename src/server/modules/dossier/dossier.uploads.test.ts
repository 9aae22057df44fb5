import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DossierDocument } from '../../../contracts/dossier.js';
import { trustEmployerId } from '../../db/tenancy.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { mebibytes, peakRssRise } from '../../test/memory.js';
import { multipartBody } from '../../test/multipart.js';
import { samplePdf, samplePdfBomb, sampleXlsxBomb } from '../../test/sample-files.js';

/**
 * Documents built to hurt whoever parses them (issue 15, "Bad input"). The dossier decides a
 * document's type by its first bytes and, for a ZIP, by `[Content_Types].xml` read up to 1 MiB;
 * it parses nothing else. So a PDF bomb or an Office file with a bomb inside is stored as sent,
 * unread, and a ZIP whose `[Content_Types].xml` is the bomb is refused; memory stays bounded.
 */
describeEachDatabase('dossier documents that are bombs', (context) => {
  let testApp: TestApp;
  let cookie: string;
  let employeeId: string;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const user = await createTestUser(testApp, { role: 'super_user' });
    const employerId = trustEmployerId(user.employerId);
    const department = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Verkoop',
      parentId: null,
    });
    employeeId = await hireEmployee(testApp.modules.employees, employerId, {
      departmentId: department.id,
    });
    cookie = await logIn(testApp, user);
  });
  afterAll(() => testApp.close());

  const upload = (name: string, content: Buffer) => {
    const body = multipartBody([['category', 'correspondence']], {
      name,
      content,
      contentType: 'application/octet-stream',
    });
    return peakRssRise(() =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/employees/${employeeId}/documents`,
        headers: { ...fetchHeaders, cookie, 'content-type': body.contentType },
        payload: body.payload,
      }),
    );
  };

  async function downloaded(document: DossierDocument): Promise<Buffer> {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/employees/${employeeId}/documents/${document.id}/content`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  }

  it('stores a PDF bomb as sent, without parsing it', async () => {
    const bomb = await samplePdfBomb(mebibytes(64));
    const { result: response, rise } = await upload('verslag.pdf', bomb);
    expect(response.statusCode, response.body).toBe(201);
    const document = response.json<DossierDocument>();
    expect(document).toMatchObject({ kind: 'pdf', fileName: 'verslag.pdf' });
    // A 64 MiB stream of an absurd /Length, 100,000 nested arrays: never inflated nor walked.
    expect(rise).toBeLessThan(mebibytes(64));
    expect((await downloaded(document)).equals(bomb)).toBe(true);
  });

  it('stores an xlsx with a bomb for a sheet as sent: only [Content_Types].xml is read', async () => {
    const bomb = await sampleXlsxBomb(mebibytes(512));
    const { result: response, rise } = await upload('lijst.xlsx', bomb);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<DossierDocument>().kind).toBe('xlsx');
    expect(rise).toBeLessThan(mebibytes(64));
  });

  it('refuses a ZIP whose [Content_Types].xml is the bomb, reading at most 1 MiB of it', async () => {
    for (const declaredBytes of [mebibytes(512), 1000]) {
      const bomb = await sampleXlsxBomb(mebibytes(512), {
        declaredBytes,
        part: '[Content_Types].xml',
      });
      const { result: response, rise } = await upload('lijst.xlsx', bomb);
      expect(response.statusCode, response.body).toBe(415);
      expect(response.json().error).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
      });
      expect(rise).toBeLessThan(mebibytes(64));
    }
  });

  it('answers a broken multipart body 400 malformed_upload, and a second file 413, never 500', async () => {
    const body = multipartBody([['category', 'correspondence']], {
      name: 'brief.pdf',
      content: samplePdf(),
      contentType: 'application/pdf',
    });
    const boundary = body.contentType.split('boundary=')[1] as string;
    const send = (contentType: string, payload: Buffer) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/employees/${employeeId}/documents`,
        headers: { ...fetchHeaders, cookie, 'content-type': contentType },
        payload,
      });
    // Each of these was a 500 before: the parser's own errors were not mapped.
    for (const [name, contentType, payload] of [
      ['no boundary', 'multipart/form-data', body.payload],
      ['another boundary', 'multipart/form-data; boundary=other', body.payload],
      ['cut off', body.contentType, body.payload.subarray(0, body.payload.length - 60)],
      ['random bytes', body.contentType, Buffer.alloc(300, 0xf3)],
    ] as const) {
      const response = await send(contentType, payload);
      expect(response.statusCode, name).toBe(400);
      expect(response.json().error, name).toEqual({
        code: 'malformed_upload',
        message:
          'De upload kon niet worden gelezen: de formuliergegevens zijn onvolledig of beschadigd. Verstuur het bestand opnieuw.',
      });
    }
    // A second file was dropped silently and the first stored: now the upload is refused.
    const file = body.payload.toString('latin1');
    const firstFile = file.slice(
      file.indexOf(`--${boundary}\r\nContent-Disposition: form-data; name="file"`),
      file.lastIndexOf(`--${boundary}--`),
    );
    const twoFiles = Buffer.from(
      file.replace(`--${boundary}--`, `${firstFile}--${boundary}--`),
      'latin1',
    );
    const response = await send(body.contentType, twoFiles);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });
});
