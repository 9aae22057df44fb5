import { extractText } from 'unpdf';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DocumentListResponse } from '../../../contracts/dossier.js';
import { permissionMatrix, type Role, roleSchema } from '../../../contracts/permissions.js';
import type { ReintegrationDocument } from '../../../contracts/reintegration.js';
import type { EmployeeTasks } from '../../../contracts/tasks.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { callApi, createTestApp, newEmployerWithDepartment, type TestApp } from '../../test/app.js';
import { reportSick } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { cookieAs } from '../../test/routes.js';

const allRoles = roleSchema.options as readonly Role[];

describeEachDatabase('re-integration documents from templates (issue 14)', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let departmentId: string;
  let superCookie: string;
  let foreign: { employeeId: string; caseId: string; cookie: string };
  const cookies = new Map<Role, string>();
  const as = (role: Role) => cookies.get(role) as string;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    testApp.clock.set(new Date('2026-03-10T09:00:00Z'));
    const employer = await newEmployerWithDepartment(testApp);
    employerId = employer.employerId;
    departmentId = employer.departmentId;
    superCookie = employer.cookie;
    const other = await newEmployerWithDepartment(testApp, 'Elders');
    const foreignEmployee = await hireEmployee(
      testApp.modules.employees,
      trustEmployerId(other.employerId),
      { departmentId: other.departmentId },
      { lastName: 'Anders' },
    );
    foreign = {
      employeeId: foreignEmployee,
      caseId: await reportSick(testApp, other.cookie, foreignEmployee, {
        firstSickDay: '2026-01-12',
      }),
      cookie: other.cookie,
    };
    for (const role of allRoles) cookies.set(role, await cookieAs(testApp, role, employerId));
  }, 300_000);
  afterAll(() => testApp.close());

  let counter = 0;
  async function sickEmployee(lastName: string, firstSickDay = '2026-01-12') {
    counter += 1;
    const employeeId = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId },
      { firstName: 'Sanne', lastName: `${lastName}${counter}` },
    );
    const caseId = await reportSick(testApp, superCookie, employeeId, { firstSickDay });
    return { employeeId, caseId, name: `Sanne ${lastName}${counter}` };
  }

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    callApi(testApp, cookie, method, url, body);
  const documentsUrl = (employeeId: string) =>
    `/api/employees/${employeeId}/reintegration-documents`;

  async function tasksOf(employeeId: string): Promise<EmployeeTasks> {
    const response = await call(superCookie, 'GET', `/api/employees/${employeeId}/tasks`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<EmployeeTasks>();
  }

  it('makes a probleemanalyse from its template, keeps every version, files the final PDF as a UWV document and marks its task done', async () => {
    const { employeeId, caseId, name } = await sickEmployee('Jansen');
    const advice = await call(
      as('company_doctor'),
      'POST',
      `/api/employees/${employeeId}/functional-advice`,
      {
        workPossible: 'Licht administratief werk, vier uur per dag.',
        expectedDuration: 'Ongeveer zes weken',
        adjustments: 'Een zit-stabureau.',
      },
    );
    expect(advice.statusCode, advice.body).toBe(201);
    const task = (await tasksOf(employeeId)).items.find((item) => item.code === 'probleemanalyse');
    expect(task?.status).toBe('open');

    const created = await call(as('case_manager'), 'POST', documentsUrl(employeeId), {
      kind: 'problem_analysis',
      caseId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<ReintegrationDocument>();
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      caseId,
      taskId: task?.id,
      facts: { employeeName: name, firstSickDay: '2026-01-12' },
      fields: {
        workPossible: 'Licht administratief werk, vier uur per dag.',
        expectedDuration: 'Ongeveer zes weken',
        adjustments: 'Een zit-stabureau.',
        reintegrationAdvice: '',
      },
    });

    const first = await call(as('case_manager'), 'PUT', `${documentsUrl(employeeId)}/${draft.id}`, {
      version: 1,
      fields: { reintegrationAdvice: 'Opbouw in eigen werk, start met twee ochtenden.' },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<ReintegrationDocument>().version).toBe(2);
    const stale = await call(superCookie, 'PUT', `${documentsUrl(employeeId)}/${draft.id}`, {
      version: 1,
      fields: { reintegrationAdvice: 'Overschreven?' },
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe(
      'reintegration_version_conflict',
    );
    const unknown = await call(superCookie, 'PUT', `${documentsUrl(employeeId)}/${draft.id}`, {
      version: 2,
      fields: { diagnosis: 'niet in dit sjabloon' },
    });
    expect(unknown.statusCode, unknown.body).toBe(400);
    const second = await call(superCookie, 'PUT', `${documentsUrl(employeeId)}/${draft.id}`, {
      version: 2,
      fields: { adjustments: 'Een zit-stabureau en geen avonddiensten.' },
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json<ReintegrationDocument>()).toMatchObject({
      version: 3,
      fields: {
        reintegrationAdvice: 'Opbouw in eigen werk, start met twee ochtenden.',
        adjustments: 'Een zit-stabureau en geen avonddiensten.',
      },
    });

    const finalized = await call(
      as('case_manager'),
      'POST',
      `${documentsUrl(employeeId)}/${draft.id}/finalize`,
    );
    expect(finalized.statusCode, finalized.body).toBe(200);
    const final = finalized.json<ReintegrationDocument>();
    expect(final.status).toBe('final');
    expect(final.versions.map((version) => version.version)).toEqual([1, 2, 3]);
    expect(final.dossierDocumentId).not.toBeNull();

    // The task it fulfils is done today.
    const done = (await tasksOf(employeeId)).items.find((item) => item.id === task?.id);
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-03-10' });

    // The PDF is a UWV document of the dossier, its text read back.
    const listed = await call(superCookie, 'GET', `/api/employees/${employeeId}/documents`);
    const filed = listed
      .json<DocumentListResponse>()
      .documents.find((document) => document.id === final.dossierDocumentId);
    expect(filed).toMatchObject({ category: 'uwv', kind: 'pdf', caseId });
    const pdf = await call(
      superCookie,
      'GET',
      `/api/employees/${employeeId}/documents/${final.dossierDocumentId}/content`,
    );
    expect(pdf.statusCode).toBe(200);
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Probleemanalyse');
    expect(flat).toContain(name);
    expect(flat).toContain('Opbouw in eigen werk, start met twee ochtenden.');
    expect(flat).toContain('Een zit-stabureau en geen avonddiensten.');
    expect(flat).toContain('12 januari 2026');

    // Final: no more edits, nor a second finalize.
    const edit = await call(superCookie, 'PUT', `${documentsUrl(employeeId)}/${draft.id}`, {
      version: 3,
      fields: { reintegrationAdvice: 'Later' },
    });
    expect(edit.statusCode).toBe(409);
    const again = await call(
      superCookie,
      'POST',
      `${documentsUrl(employeeId)}/${draft.id}/finalize`,
    );
    expect(again.statusCode).toBe(409);
  });

  it('records the sign-offs of employer and employee with who and when, each once, on the final text only', async () => {
    const { employeeId, caseId } = await sickEmployee('Bakker');
    const created = await call(superCookie, 'POST', documentsUrl(employeeId), {
      kind: 'action_plan',
      caseId,
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<ReintegrationDocument>();
    const task = (await tasksOf(employeeId)).items.find((item) => item.code === 'plan_van_aanpak');
    expect(draft.taskId).toBe(task?.id);
    const signUrl = `${documentsUrl(employeeId)}/${draft.id}/sign-off`;
    const early = await call(superCookie, 'POST', signUrl, { party: 'employer' });
    expect(early.statusCode).toBe(409);

    const saved = await call(superCookie, 'PUT', `${documentsUrl(employeeId)}/${draft.id}`, {
      version: 1,
      fields: { goal: 'Terug in eigen functie binnen drie maanden.' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const finalized = await call(
      superCookie,
      'POST',
      `${documentsUrl(employeeId)}/${draft.id}/finalize`,
    );
    expect(finalized.statusCode, finalized.body).toBe(200);
    expect((await tasksOf(employeeId)).items.find((item) => item.id === task?.id)?.status).toBe(
      'done',
    );

    // The arbodienst's roles may not sign for the employer.
    const byCaseManager = await call(as('case_manager'), 'POST', signUrl, { party: 'employer' });
    expect(byCaseManager.statusCode).toBe(403);
    testApp.clock.set(new Date('2026-03-10T09:05:00Z'));
    const employer = await call(as('manager_with_reports'), 'POST', signUrl, { party: 'employer' });
    expect(employer.statusCode, employer.body).toBe(200);
    const employee = await call(as('case_manager'), 'POST', signUrl, { party: 'employee' });
    expect(employee.statusCode, employee.body).toBe(200);
    const signed = employee.json<ReintegrationDocument>();
    expect(signed.employerSignOff).toEqual({
      byName: expect.any(String),
      at: '2026-03-10T09:05:00.000Z',
    });
    expect(signed.employerSignOff?.byName).not.toBe('');
    expect(signed.employeeSignOff?.at).toBe('2026-03-10T09:05:00.000Z');
    const twice = await call(superCookie, 'POST', signUrl, { party: 'employee' });
    expect(twice.statusCode).toBe(409);
    testApp.clock.set(new Date('2026-03-10T09:00:00Z'));

    const list = await call(as('company_doctor'), 'GET', documentsUrl(employeeId));
    expect(list.statusCode).toBe(200);
    expect(list.json<{ documents: ReintegrationDocument[] }>().documents).toHaveLength(1);
  });

  it('refuses roles without dossier.documents (403), another employer’s employee (404) and a case of someone else (400)', async () => {
    const { employeeId, caseId } = await sickEmployee('Visser');
    for (const role of allRoles) {
      const response = await call(as(role), 'GET', documentsUrl(employeeId));
      const may = permissionMatrix[role].includes('dossier.documents');
      expect(response.statusCode, `${role}: ${response.body}`).toBe(may ? 200 : 403);
      if (!may) {
        const create = await call(as(role), 'POST', documentsUrl(employeeId), {
          kind: 'problem_analysis',
          caseId,
        });
        expect(create.statusCode, role).toBe(403);
      }
    }
    const crossList = await call(superCookie, 'GET', documentsUrl(foreign.employeeId));
    expect(crossList.statusCode).toBe(404);
    const crossCreate = await call(superCookie, 'POST', documentsUrl(foreign.employeeId), {
      kind: 'problem_analysis',
      caseId: foreign.caseId,
    });
    expect(crossCreate.statusCode).toBe(404);
    const foreignCase = await call(superCookie, 'POST', documentsUrl(employeeId), {
      kind: 'problem_analysis',
      caseId: foreign.caseId,
    });
    expect(foreignCase.statusCode, foreignCase.body).toBe(400);
    const badKind = await call(superCookie, 'POST', documentsUrl(employeeId), {
      kind: 'diagnosis',
      caseId,
    });
    expect(badKind.statusCode).toBe(400);

    // A document of this employer is not reachable through another employer's session.
    const created = await call(superCookie, 'POST', documentsUrl(employeeId), {
      kind: 'problem_analysis',
      caseId,
    });
    const id = created.json<ReintegrationDocument>().id;
    const foreignFinalize = await call(
      foreign.cookie,
      'POST',
      `${documentsUrl(employeeId)}/${id}/finalize`,
    );
    expect(foreignFinalize.statusCode).toBe(404);
    const wrongEmployee = await call(
      superCookie,
      'POST',
      `${documentsUrl((await sickEmployee('Smit')).employeeId)}/${id}/finalize`,
    );
    expect(wrongEmployee.statusCode).toBe(404);
  });

  it('the retention clean-up erases the documents with their versions, before the dossier’s rows they name', async () => {
    const { employeeId, caseId } = await sickEmployee('Mulder');
    const created = await call(superCookie, 'POST', documentsUrl(employeeId), {
      kind: 'action_plan',
      caseId,
    });
    const id = created.json<ReintegrationDocument>().id;
    const finalized = await call(superCookie, 'POST', `${documentsUrl(employeeId)}/${id}/finalize`);
    expect(finalized.statusCode, finalized.body).toBe(200);
    const { reintegration, dossier } = testApp.modules;
    const erased = await inTenant(testApp.platform.database.db, employerId, async (tx) => {
      const documents = await reintegration.eraseReintegrationDocumentsIn(
        tx,
        employerId,
        employeeId,
        [caseId],
      );
      const rows = await dossier.eraseDossierRowsIn(tx, employerId, employeeId, [caseId]);
      return { documents, files: rows.storageKeys.length };
    });
    expect(erased).toEqual({ documents: 1, files: 1 });
    const list = await call(superCookie, 'GET', documentsUrl(employeeId));
    expect(list.json<{ documents: ReintegrationDocument[] }>().documents).toEqual([]);
  });
});
