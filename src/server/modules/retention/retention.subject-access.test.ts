import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyPersonalData } from '../../../contracts/vault.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { readZipEntry } from '../../platform/zip/zip.js';
import {
  callApi,
  createTestApp,
  fetchHeaders,
  newEmployerWithDepartment,
  type TestApp,
} from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { multipartBody } from '../../test/multipart.js';
import { cookieAs, operatorUser } from '../../test/routes.js';
import { samplePdf } from '../../test/sample-files.js';

type Employer = Awaited<ReturnType<typeof newEmployerWithDepartment>>;
type ExportJson = {
  employee: { id: string; lastName: string };
  employments: { id: string }[];
  employmentVersions: unknown[];
  cases: { id: string }[];
  caseTimeline: { caseId: string; percentage: number }[];
  notes: { text: string }[];
  documents: { id: string; fileName: string; file: string | null }[];
  functionalAdvices: { workPossible: string }[];
  consultationFeedback: { text: string }[];
  auditEntries: { action: string; userId: string | null; userName: string | null }[];
};

const megabyte = 1024 * 1024;

describeEachDatabase('inzage: the subject-access export (AVG art. 15)', (context) => {
  let testApp: TestApp;
  let a: Employer;
  let b: Employer;
  let admin: { userId: string; cookie: string };
  let employee: string;
  let otherEmployee: string;
  let caseId: string;

  const url = (employerId: string, employeeId: string) =>
    `/api/employers/${employerId}/employees/${employeeId}/subject-access`;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    a = await newEmployerWithDepartment(testApp);
    b = await newEmployerWithDepartment(testApp);
    admin = await operatorUser(testApp, 'operator_admin');
    employee = await hireEmployee(
      testApp.modules.employees,
      a.employerId,
      { departmentId: a.departmentId, startDate: '2020-01-01' },
      { lastName: 'Inzager' },
    );
    otherEmployee = await hireEmployee(testApp.modules.employees, b.employerId, {
      departmentId: b.departmentId,
      startDate: '2020-01-01',
    });
    caseId = await insertCase(testApp, a.employerId, employee, {
      firstDay: '2025-01-10',
      lastDay: '2025-03-01',
      segments: [
        { validFrom: '2025-01-10', percentage: 100 },
        { validFrom: '2025-02-01', percentage: 50 },
      ],
    });
    const note = await callApi(testApp, a.cookie, 'POST', `/api/employees/${employee}/notes`, {
      contactDate: '2025-01-20',
      contactType: 'phone',
      text: 'Gebeld over de re-integratie.',
      caseId,
    });
    expect(note.statusCode, note.body).toBe(201);
    const body = multipartBody([['category', 'correspondence']], {
      name: 'verslag.pdf',
      content: samplePdf(),
      contentType: 'application/pdf',
    });
    const upload = await testApp.app.inject({
      method: 'POST',
      url: `/api/employees/${employee}/documents`,
      headers: { cookie: a.cookie, ...fetchHeaders, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const doctor = await cookieAs(testApp, 'company_doctor', a.employerId);
    const advice = await callApi(
      testApp,
      doctor,
      'POST',
      `/api/employees/${employee}/functional-advice`,
      { workPossible: 'Licht werk', expectedDuration: 'Twee weken' },
    );
    expect(advice.statusCode, advice.body).toBe(201);
    const medical = await callApi(
      testApp,
      doctor,
      'POST',
      `/api/employees/${employee}/medical-notes`,
      { text: 'Geheime diagnose' },
    );
    expect(medical.statusCode, medical.body).toBe(201);
    await testApp.modules.vault.storePersonalDataFor(a.employerId, employee, {
      ...emptyPersonalData,
      bsn: '111222333',
    });
    // A read by the employer's super user: an audit line the export must show.
    expect((await callApi(testApp, a.cookie, 'GET', `/api/employees/${employee}`)).statusCode).toBe(
      200,
    );
  });
  afterAll(() => testApp.close());

  it('gives the operator admin a ZIP with the JSON, the PDF, the document bytes and the audit lines', async () => {
    const response = await callApi(testApp, admin.cookie, 'GET', url(a.employerId, employee));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="inzage-.+\.zip"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const zip = response.rawPayload;

    const jsonBytes = readZipEntry(zip, 'gegevens.json', 10 * megabyte);
    expect(jsonBytes).toBeDefined();
    const text = jsonBytes?.toString('utf8') ?? '';
    const json = JSON.parse(text) as ExportJson;
    expect(json.employee).toMatchObject({ id: employee, lastName: 'Inzager' });
    expect(json.employments).toHaveLength(1);
    expect(json.employmentVersions.length).toBeGreaterThanOrEqual(1);
    expect(json.cases.map((row) => row.id)).toEqual([caseId]);
    expect(json.caseTimeline.map((row) => row.percentage)).toEqual([100, 50]);
    expect(json.notes.map((row) => row.text)).toEqual(['Gebeld over de re-integratie.']);
    expect(json.functionalAdvices.map((row) => row.workPossible)).toEqual(['Licht werk']);
    const [document] = json.documents;
    expect(document).toMatchObject({ fileName: 'verslag.pdf' });
    expect(document?.file).toBe(`documenten/${document?.id}-verslag.pdf`);
    expect(readZipEntry(zip, document?.file ?? '', 10 * megabyte)?.equals(samplePdf())).toBe(true);

    // Who read and changed what: the note, the upload, the super user's read, this export.
    const actions = json.auditEntries.map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['dossier.note_added', 'dossier.document_uploaded']),
    );
    expect(actions).toContain('retention.subject_access_exported');
    const own = json.auditEntries.find(
      (entry) => entry.action === 'retention.subject_access_exported',
    );
    expect(own?.userId).toBe(admin.userId);
    expect(own?.userName).toEqual(expect.any(String));
    expect(json.auditEntries.some((entry) => entry.action.startsWith('employee'))).toBe(true);

    // Neither the BSN of the vault nor the medical note's text.
    expect(text).not.toContain('111222333');
    expect(text).not.toContain('Geheime diagnose');

    const pdf = readZipEntry(zip, 'dossier.pdf', 10 * megabyte);
    expect(pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('records the export in the audit log with who made it', async () => {
    const before = (
      await listAuditEntries(testApp.platform.database.db, { employerId: a.employerId, limit: 500 })
    ).filter((entry) => entry.action === 'retention.subject_access_exported').length;
    const response = await callApi(testApp, admin.cookie, 'GET', url(a.employerId, employee));
    expect(response.statusCode).toBe(200);
    const entries = (
      await listAuditEntries(testApp.platform.database.db, { employerId: a.employerId, limit: 500 })
    ).filter((entry) => entry.action === 'retention.subject_access_exported');
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({
      userId: admin.userId,
      subjectType: 'employee',
      subjectId: employee,
      employerId: a.employerId,
    });
  });

  it('refuses every other role with 403', async () => {
    for (const role of [
      'case_manager',
      'company_doctor',
      'super_user',
      'manager_with_reports',
    ] as const) {
      const cookie = await cookieAs(testApp, role, a.employerId);
      const response = await callApi(testApp, cookie, 'GET', url(a.employerId, employee));
      expect(response.statusCode, role).toBe(403);
    }
  });

  it('answers 404 for another employer’s employee or an unknown employer, 400 for odd ids', async () => {
    const before = (await listAuditEntries(testApp.platform.database.db, { limit: 1000 })).length;
    for (const path of [
      url(a.employerId, otherEmployee),
      url(b.employerId, employee),
      url('00000000-0000-4000-8000-000000000000', employee),
    ]) {
      expect((await callApi(testApp, admin.cookie, 'GET', path)).statusCode, path).toBe(404);
    }
    expect((await listAuditEntries(testApp.platform.database.db, { limit: 1000 })).length).toBe(
      before,
    );
    for (const path of [url('abc', employee), url(a.employerId, '1234')]) {
      expect((await callApi(testApp, admin.cookie, 'GET', path)).statusCode, path).toBe(400);
    }
  });
});
