import { afterAll, beforeAll, expect, it } from 'vitest';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { readZipEntry } from '../../platform/zip/zip.js';
import { employerWithApiClient } from '../../test/api-v1.js';
import { callApi, fetchHeaders, type TestApp, createTestApp } from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { multipartBody } from '../../test/multipart.js';
import { cookieAs, operatorUser } from '../../test/routes.js';
import { samplePdf } from '../../test/sample-files.js';

type Employer = Awaited<ReturnType<typeof employerWithApiClient>>;
type ErrorBody = { error: { code: string; fields?: { path: string; code: string }[] } };

const megabyte = 1024 * 1024;

describeEachDatabase('offboarding an employer: the export, then the erasure', (context) => {
  let testApp: TestApp;
  let a: Employer;
  let b: Employer;
  let admin: { userId: string; cookie: string };
  let caseId: string;
  let documentId: string;

  const exportUrl = (employerId: string) => `/api/employers/${employerId}/offboarding/export`;
  const eraseUrl = (employerId: string) => `/api/employers/${employerId}/offboarding/erase`;
  const nameOf = async (employerId: string) => {
    const employer = await testApp.modules.organisation.getEmployer(employerId);
    return employer?.name ?? '';
  };

  /** Every table with an `employer_id` column, and how many rows it holds for `employerId`. */
  async function rowsPerTable(employerId: string): Promise<Record<string, number>> {
    const { rows: tables } = await context.database.sql.query<{ table_name: string }>(
      `select c.table_name from information_schema.columns c
         join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          and c.column_name in ('employer_id', 'active_employer_id')
        order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name: table } of tables) {
      const column = table === 'sessions' ? 'active_employer_id' : 'employer_id';
      const { rows } = await context.database.sql.query<{ count: number }>(
        `select count(*)::int as count from "${table}" where ${column} = $1`,
        [employerId],
      );
      counts[table] = rows[0]?.count ?? 0;
    }
    const { rows } = await context.database.sql.query<{ count: number }>(
      `select count(*)::int as count from employers where id = $1`,
      [employerId],
    );
    counts.employers = rows[0]?.count ?? 0;
    return counts;
  }

  async function dossierOf(employer: Employer) {
    caseId = await insertCase(testApp, employer.employerId, employer.employeeId, {
      firstDay: '2025-01-10',
      lastDay: '2025-03-01',
      segments: [{ validFrom: '2025-01-10', percentage: 100 }],
    });
    const note = await callApi(
      testApp,
      employer.cookie,
      'POST',
      `/api/employees/${employer.employeeId}/notes`,
      { contactDate: '2025-01-20', contactType: 'phone', text: 'Gebeld over werk.', caseId },
    );
    expect(note.statusCode, note.body).toBe(201);
    const body = multipartBody([['category', 'correspondence']], {
      name: 'verslag.pdf',
      content: samplePdf(),
      contentType: 'application/pdf',
    });
    const upload = await testApp.app.inject({
      method: 'POST',
      url: `/api/employees/${employer.employeeId}/documents`,
      headers: { cookie: employer.cookie, ...fetchHeaders, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    return upload.json<{ id: string }>().id;
  }

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    a = await employerWithApiClient(testApp, ['employees:read']);
    b = await employerWithApiClient(testApp, ['employees:read']);
    await dossierOf(b);
    documentId = await dossierOf(a);
    admin = await operatorUser(testApp, 'operator_admin');
  });
  afterAll(() => testApp.close());

  it('refuses every other role with 403, and answers 404 for an unknown employer', async () => {
    for (const role of ['case_manager', 'company_doctor', 'super_user'] as const) {
      const cookie = await cookieAs(testApp, role, a.employerId);
      expect((await callApi(testApp, cookie, 'GET', exportUrl(a.employerId))).statusCode).toBe(403);
      const erase = await callApi(testApp, cookie, 'POST', eraseUrl(a.employerId), {
        confirmName: await nameOf(a.employerId),
      });
      expect(erase.statusCode, role).toBe(403);
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await callApi(testApp, admin.cookie, 'GET', exportUrl(unknown))).statusCode).toBe(404);
    const erase = await callApi(testApp, admin.cookie, 'POST', eraseUrl(unknown), {
      confirmName: 'x',
    });
    expect(erase.statusCode).toBe(404);
  });

  it('exports the employer: settings, departments, users without secrets, each dossier and its files', async () => {
    const response = await callApi(testApp, admin.cookie, 'GET', exportUrl(a.employerId));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['cache-control']).toBe('no-store');
    const zip = response.rawPayload;
    const employerText = readZipEntry(zip, 'werkgever.json', 10 * megabyte)?.toString('utf8') ?? '';
    const employer = JSON.parse(employerText) as {
      employer: { id: string; name: string };
      departments: { name: string }[];
      users: { id: string; role: string }[];
      employees: { id: string; folder: string }[];
    };
    expect(employer.employer).toMatchObject({ id: a.employerId, name: await nameOf(a.employerId) });
    expect(employer.departments.map((row) => row.name)).toEqual(['Verkoop']);
    expect(employer.users).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: a.user.userId, role: 'super_user_integration' }),
      ]),
    );
    expect(employerText).not.toMatch(/passwordHash|password_hash|secret|totp/i);
    expect(employer.employees.map((row) => row.id)).toEqual([a.employeeId]);

    const folder = `medewerkers/${a.employeeId}/`;
    const dossier = JSON.parse(
      readZipEntry(zip, `${folder}gegevens.json`, 10 * megabyte)?.toString('utf8') ?? '{}',
    ) as {
      employee: { id: string };
      notes: { text: string }[];
      documents: { id: string; file: string }[];
    };
    expect(dossier.employee.id).toBe(a.employeeId);
    expect(dossier.notes.map((row) => row.text)).toEqual(['Gebeld over werk.']);
    expect(dossier.documents.map((row) => row.id)).toEqual([documentId]);
    const file = `${folder}${dossier.documents[0]?.file}`;
    expect(readZipEntry(zip, file, 10 * megabyte)?.equals(samplePdf())).toBe(true);
    // Nothing of the other employer.
    expect(
      readZipEntry(zip, `medewerkers/${b.employeeId}/gegevens.json`, megabyte),
    ).toBeUndefined();

    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: a.employerId,
      limit: 500,
    });
    expect(
      entries.find((entry) => entry.action === 'employers.offboarding_exported'),
    ).toMatchObject({ userId: admin.userId, subjectType: 'employer', subjectId: a.employerId });
  });

  it('refuses a confirmation that is not the employer’s name with 422, changing nothing', async () => {
    const before = await rowsPerTable(a.employerId);
    for (const confirmName of ['', 'Een andere naam', (await nameOf(b.employerId)) as string]) {
      const response = await callApi(testApp, admin.cookie, 'POST', eraseUrl(a.employerId), {
        confirmName,
      });
      expect(response.statusCode, confirmName).toBe(422);
      expect(response.json<ErrorBody>().error.code).toBe('offboarding_name_mismatch');
    }
    expect(await rowsPerTable(a.employerId)).toEqual(before);
  });

  it('refuses with 409 while a dossier carries "lopende rechtszaak", naming it, changing nothing', async () => {
    const tag = await callApi(
      testApp,
      a.cookie,
      'PUT',
      `/api/employees/${a.employeeId}/tags/legal_proceedings`,
    );
    expect(tag.statusCode, tag.body).toBe(200);
    const before = await rowsPerTable(a.employerId);
    const response = await callApi(testApp, admin.cookie, 'POST', eraseUrl(a.employerId), {
      confirmName: await nameOf(a.employerId),
    });
    expect(response.statusCode, response.body).toBe(409);
    const { error } = response.json<ErrorBody>();
    expect(error.code).toBe('dossier_legal_proceedings');
    expect(error.fields?.map((field) => field.path)).toEqual([`employees.${a.employeeId}`]);
    expect(await rowsPerTable(a.employerId)).toEqual(before);
    const untag = await callApi(
      testApp,
      a.cookie,
      'DELETE',
      `/api/employees/${a.employeeId}/tags/legal_proceedings`,
    );
    expect(untag.statusCode, untag.body).toBe(200);
  });

  it('erases every row of the employer and reports the counts; another employer keeps all of its data', async () => {
    // B's super user is linked to A as well: the account stays, with its membership of B.
    const linked = await callApi(
      testApp,
      admin.cookie,
      'POST',
      `/api/employers/${a.employerId}/members`,
      {
        loginName: b.user.loginName,
        role: 'super_user',
      },
    );
    expect(linked.statusCode, linked.body).toBe(204);
    const otherBefore = await rowsPerTable(b.employerId);
    const aBefore = await rowsPerTable(a.employerId);
    expect(aBefore.cases).toBe(1);
    const [document] = (
      await context.database.sql.query<{ storage_key: string }>(
        `select storage_key from dossier_documents where id = $1`,
        [documentId],
      )
    ).rows;
    const storageKey = document?.storage_key as string;
    expect((await testApp.modules.dossier.storedDocumentBytes(storageKey)).length).toBeGreaterThan(
      0,
    );

    const response = await callApi(testApp, admin.cookie, 'POST', eraseUrl(a.employerId), {
      confirmName: `  ${await nameOf(a.employerId)} `,
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<{
      employerId: string;
      erased: Record<string, number>;
      files: number;
    }>();
    expect(report.employerId).toBe(a.employerId);
    expect(report.erased).toMatchObject({
      employers: 1,
      employees: 1,
      employments: aBefore.employments,
      cases: 1,
      notes: 1,
      documents: 1,
      departments: 1,
      // The integration super user and the super user of the 403 test.
      memberships: 3,
      users: 2,
      apiClients: 1,
    });
    expect(report.files).toBe(1);

    const after = await rowsPerTable(a.employerId);
    const left = Object.entries(after).filter(
      ([table, count]) => count > 0 && table !== 'audit_log',
    );
    expect(left).toEqual([]);
    expect(await rowsPerTable(b.employerId)).toEqual(otherBefore);
    await expect(testApp.modules.dossier.storedDocumentBytes(storageKey)).rejects.toThrow();

    // A's accounts are gone with their sessions; the linked account and the operator admin stay.
    expect((await callApi(testApp, a.cookie, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await callApi(testApp, admin.cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await callApi(testApp, b.cookie, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect(
      (await callApi(testApp, b.cookie, 'GET', `/api/employees/${b.employeeId}`)).statusCode,
    ).toBe(200);

    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: a.employerId,
      limit: 500,
    });
    const offboarded = entries.find((entry) => entry.action === 'employers.offboarded');
    expect(offboarded).toMatchObject({ userId: admin.userId, subjectId: a.employerId });
    expect(offboarded?.details).toMatchObject({ erased: report.erased });

    const again = await callApi(testApp, admin.cookie, 'POST', eraseUrl(a.employerId), {
      confirmName: 'x',
    });
    expect(again.statusCode).toBe(404);
  });
});
