import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiDocument } from '../../../contracts/api-v1-dossier.js';
import type { DossierDocument } from '../../../contracts/dossier.js';
import { inTenant } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { apiClientToken, callV1, employerWithApiClient } from '../../test/api-v1.js';
import { callApi, createTestApp, type TestApp } from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { multipartBody } from '../../test/multipart.js';
import { sampleExe, sampleOle, samplePdf, samplePng } from '../../test/sample-files.js';
import { cases } from '../cases/cases.table.js';
import { dossierDocuments } from '../dossier/dossier.table.js';

describeEachDatabase('REST API v1: documents uploaded to a dossier', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, {
      RATE_LIMIT_API_PER_CLIENT: '1000',
      DOCUMENT_MAX_BYTES: String(64 * 1024),
    });
  });
  afterAll(() => testApp.close());

  const setUp = (mode?: 'full' | 'absence_only' | 'none') =>
    employerWithApiClient(testApp, ['documents:write'], mode);
  const storedDocuments = (employerId: string) =>
    testApp.platform.database.db
      .select({
        id: dossierDocuments.id,
        byUser: dossierDocuments.uploadedByUserId,
        byClient: dossierDocuments.uploadedByApiClientId,
        byName: dossierDocuments.uploadedByName,
        storageKey: dossierDocuments.storageKey,
      })
      .from(dossierDocuments)
      .where(eq(dossierDocuments.employerId, employerId));

  /** A multipart upload with the bearer token; `fields` before the file part. */
  function upload(
    accessToken: string,
    employee: string,
    fields: [string, string][],
    file: { name: string; content: Buffer },
    idempotencyKey?: string,
  ) {
    const body = multipartBody(fields, { ...file, contentType: 'application/octet-stream' });
    return testApp.app.inject({
      method: 'POST',
      url: `/api/v1/employees/${employee}/documents`,
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': body.contentType,
        ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
      },
      payload: body.payload,
    });
  }

  it('stores the document as the app does, the client named as uploader; the documents signal sees it', async () => {
    const setup = await setUp('none');
    const absence = await insertCase(testApp, setup.employerId, setup.employeeId, {
      firstDay: '2026-02-02',
      lastDay: null,
    });
    await testApp.platform.database.db
      .update(cases)
      .set({ hrAbsenceId: 'AFW-9' })
      .where(eq(cases.id, absence));
    const response = await upload(
      setup.accessToken,
      'personnelNumber:0012',
      [
        ['category', 'correspondence'],
        ['absenceId', 'hrAbsenceId:AFW-9'],
      ],
      { name: 'C:\\brieven\\Brief werkgever.pdf', content: samplePdf() },
    );
    expect(response.statusCode, response.body).toBe(201);
    const document = response.json<ApiDocument>();
    expect(document).toMatchObject({
      employeeId: setup.employeeId,
      absenceId: absence,
      category: 'correspondence',
      fileName: 'Brief werkgever.pdf',
      kind: 'pdf',
      sizeBytes: samplePdf().length,
      uploadedByName: 'HR',
    });
    expect(await storedDocuments(setup.employerId)).toEqual([
      expect.objectContaining({
        id: document.id,
        byUser: null,
        byClient: setup.clientId,
        byName: 'HR',
      }),
    ]);

    // The app's dossier lists it, and the bytes are the ones sent.
    const listed = await callApi(
      testApp,
      setup.cookie,
      'GET',
      `/api/employees/${setup.employeeId}/documents`,
    );
    expect(listed.json<{ documents: DossierDocument[] }>().documents).toEqual([
      expect.objectContaining({ id: document.id, uploadedByName: 'HR', caseId: absence }),
    ]);
    const content = await testApp.app.inject({
      method: 'GET',
      url: `/api/employees/${setup.employeeId}/documents/${document.id}/content`,
      headers: { cookie: setup.cookie },
    });
    expect(content.rawPayload.equals(samplePdf())).toBe(true);

    // What the signal "Aangemaakte documenten" reads for its window.
    const now = testApp.clock.now();
    const created = await inTenant(testApp.platform.database.db, setup.employerId, (tx) =>
      testApp.modules.dossier.createdDocumentsIn(
        tx,
        new Date(now.getTime() - 60_000),
        new Date(now.getTime() + 60_000),
      ),
    );
    expect(created).toEqual([
      expect.objectContaining({ id: document.id, fileName: 'Brief werkgever.pdf' }),
    ]);

    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: setup.employerId,
      limit: 50,
    });
    const uploaded = entries.find((entry) => entry.action === 'dossier.document_uploaded');
    expect(uploaded).toMatchObject({ userId: setup.clientId, subjectId: document.id });
    expect(entries.map((entry) => entry.action)).toContain('api.called');
  });

  it('the same Idempotency-Key and file replay the answer and store nothing new', async () => {
    const setup = await setUp();
    const send = (content: Buffer, key?: string, category = 'other') =>
      upload(
        setup.accessToken,
        setup.employeeId,
        [['category', category]],
        { name: 'scan.png', content },
        key,
      );
    const first = await send(samplePng(), 'doc-1');
    expect(first.statusCode, first.body).toBe(201);
    const again = await send(samplePng(), 'doc-1');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    for (const other of [
      await send(samplePdf(), 'doc-1'),
      await send(samplePng(), 'doc-1', 'uwv'),
    ]) {
      expect(other.statusCode).toBe(422);
      expect(other.json().error.code).toBe('api_idempotency_key_reused');
    }
    expect(await storedDocuments(setup.employerId)).toHaveLength(1);
    // Without a key the same file is a second document.
    expect((await send(samplePng())).statusCode).toBe(201);
    expect(await storedDocuments(setup.employerId)).toHaveLength(2);
  });

  it('refuses bad files and fields with 4xx and field paths, and stores nothing', async () => {
    const setup = await setUp();
    const otherEmployee = await hireEmployee(
      testApp.modules.employees,
      setup.employerId,
      { departmentId: setup.department.id },
      { personnelNumber: '0013' },
    );
    const ofOther = await insertCase(testApp, setup.employerId, otherEmployee, {
      firstDay: '2026-02-02',
      lastDay: null,
    });
    const pdf = { name: 'a.pdf', content: samplePdf() };
    const refusals: [
      [string, string][],
      { name: string; content: Buffer },
      number,
      string,
      string?,
    ][] = [
      [
        [['category', 'other']],
        { name: 'leeg.pdf', content: Buffer.alloc(0) },
        400,
        'validation',
        'file',
      ],
      [
        [['category', 'other']],
        { name: 'groot.pdf', content: Buffer.concat([samplePdf(), Buffer.alloc(65 * 1024)]) },
        413,
        'document_too_large',
      ],
      [
        [['category', 'other']],
        { name: 'prog.pdf', content: sampleExe() },
        415,
        'document_type_not_allowed',
      ],
      [
        [['category', 'other']],
        { name: 'oud.doc', content: sampleOle() },
        415,
        'document_legacy_office',
      ],
      [[['category', 'secret']], pdf, 400, 'validation', 'category'],
      [[], pdf, 400, 'validation', 'category'],
      [
        [
          ['category', 'other'],
          ['colour', 'red'],
        ],
        pdf,
        400,
        'validation',
        'colour',
      ],
      [[['category', 'other\u0000']], pdf, 400, 'validation', 'category'],
      [
        [
          ['category', 'other'],
          ['absenceId', 'hrAbsenceId:a\u0000b'],
        ],
        pdf,
        400,
        'validation',
        'absenceId',
      ],
      [
        [
          ['category', 'other'],
          ['absenceId', 'not-an-id'],
        ],
        pdf,
        400,
        'validation',
        'absenceId',
      ],
      [
        [
          ['category', 'other'],
          ['absenceId', 'hrAbsenceId:NOPE'],
        ],
        pdf,
        400,
        'validation',
        'absenceId',
      ],
      [
        [
          ['category', 'other'],
          ['absenceId', ofOther],
        ],
        pdf,
        400,
        'validation',
        'absenceId',
      ],
    ];
    for (const [fields, file, status, code, path] of refusals) {
      const response = await upload(setup.accessToken, setup.employeeId, fields, file);
      const label = `${JSON.stringify(fields)} ${file.name}`;
      expect(response.statusCode, label).toBe(status);
      expect(response.json().error.code, label).toBe(code);
      if (path) expect(response.json().error.fields?.[0]?.path, label).toBe(path);
    }
    // Not multipart at all: JSON, or no body.
    const json = await callV1(
      testApp,
      setup.accessToken,
      'POST',
      `/api/v1/employees/${setup.employeeId}/documents`,
      {
        category: 'other',
      },
    );
    expect(json.statusCode).toBe(415);
    expect(await storedDocuments(setup.employerId)).toEqual([]);
  });

  it('needs documents:write (403), a live client (401), and finds no other employer’s employee (404)', async () => {
    const setup = await setUp();
    const other = await setUp();
    const pdf = { name: 'a.pdf', content: samplePdf() };
    const absencesOnly = await apiClientToken(testApp, setup.cookie, [
      'absences:write',
      'absences:read',
    ]);
    const refused = await upload(
      absencesOnly.accessToken,
      setup.employeeId,
      [['category', 'other']],
      pdf,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('api_scope_missing');

    const foreign = await upload(setup.accessToken, other.employeeId, [['category', 'other']], pdf);
    expect(foreign.statusCode).toBe(404);
    const unknown = await upload(
      setup.accessToken,
      'personnelNumber:9999',
      [['category', 'other']],
      pdf,
    );
    expect(unknown.statusCode).toBe(404);

    await callApi(
      testApp,
      setup.cookie,
      'POST',
      `/api/integration/clients/${setup.clientId}/revoke`,
    );
    const revoked = await upload(setup.accessToken, setup.employeeId, [['category', 'other']], pdf);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('api_invalid_token');
    expect(await storedDocuments(setup.employerId)).toEqual([]);
    expect(await storedDocuments(other.employerId)).toEqual([]);
  });
  it('documents the pregnancy and document operations in the OpenAPI document', async () => {
    await testApp.app.ready();
    const document = testApp.app.swagger() as {
      paths: Record<
        string,
        Record<
          string,
          {
            security?: unknown;
            parameters?: { name: string }[];
            summary?: string;
            description?: string;
          }
        >
      >;
    };
    const upload = document.paths['/api/v1/employees/{employee}/documents']?.post;
    expect(upload?.security).toEqual([{ bearer: [] }]);
    expect(upload?.parameters?.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['employee', 'idempotency-key']),
    );
    expect(upload?.summary).toContain('documents:write');
    expect(upload?.description).toContain('at most 65536 bytes');
    expect(JSON.stringify(upload)).toContain('Brief werkgever.pdf');
    const pregnancies = document.paths['/api/v1/employees/{employee}/pregnancies'];
    expect(pregnancies?.post?.parameters?.map((parameter) => parameter.name)).toContain(
      'idempotency-key',
    );
    expect(JSON.stringify(pregnancies?.post)).toContain('2027-05-10');
    expect(JSON.stringify(pregnancies?.get)).toContain('lastWorkingDayWindow');
  });
});
