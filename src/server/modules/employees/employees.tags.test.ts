import { afterAll, beforeAll, expect, it } from 'vitest';
import { inTenant } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { callApi, createTestApp, newEmployerWithDepartment, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { cookieAs } from '../../test/routes.js';

describeEachDatabase('dossier tags', (context) => {
  let testApp: TestApp;
  let employer: Awaited<ReturnType<typeof newEmployerWithDepartment>>;
  let employeeId: string;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    employer = await newEmployerWithDepartment(testApp);
    employeeId = await hireEmployee(testApp.modules.employees, employer.employerId, {
      departmentId: employer.departmentId,
    });
  });
  afterAll(() => testApp.close());

  const url = (tag?: string) => `/api/employees/${employeeId}/tags${tag ? `/${tag}` : ''}`;

  it('sets and removes a tag, audited once per change, and offboarding sees legal proceedings', async () => {
    const { cookie } = employer;
    expect((await callApi(testApp, cookie, 'GET', url())).json()).toEqual({ tags: [] });
    const set = await callApi(testApp, cookie, 'PUT', url('legal_proceedings'));
    expect(set.statusCode).toBe(200);
    expect(set.json().tags).toEqual([
      { tag: 'legal_proceedings', setAt: testApp.clock.now().toISOString() },
    ]);
    // A repeat changes nothing and writes no second entry.
    await callApi(testApp, cookie, 'PUT', url('legal_proceedings'));
    await expect(
      inTenant(testApp.platform.database.db, employer.employerId, (tx) =>
        testApp.modules.employees.assertNoLegalProceedingsIn(tx, employer.employerId, employeeId),
      ),
    ).rejects.toMatchObject({ code: 'dossier_legal_proceedings', status: 409 });

    const removed = await callApi(testApp, cookie, 'DELETE', url('legal_proceedings'));
    expect(removed.json()).toEqual({ tags: [] });
    await inTenant(testApp.platform.database.db, employer.employerId, (tx) =>
      testApp.modules.employees.assertNoLegalProceedingsIn(tx, employer.employerId, employeeId),
    );
    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: employer.employerId,
      limit: 50,
    });
    const tagEntries = entries.filter((entry) => entry.action.startsWith('employees.tag_'));
    expect(tagEntries.map((entry) => [entry.action, entry.subjectId, entry.details])).toEqual([
      ['employees.tag_removed', employeeId, { tag: 'legal_proceedings' }],
      ['employees.tag_set', employeeId, { tag: 'legal_proceedings' }],
    ]);
  });

  it('is for the roles that manage dossiers, within the employer and scope', async () => {
    const admin = await cookieAs(testApp, 'operator_admin', employer.employerId);
    expect((await callApi(testApp, admin, 'PUT', url('excluded_from_cleanup'))).statusCode).toBe(
      200,
    );
    const manager = await cookieAs(testApp, 'manager_with_reports', employer.employerId);
    expect((await callApi(testApp, manager, 'GET', url())).statusCode).toBe(403);
    const stranger = await newEmployerWithDepartment(testApp);
    expect((await callApi(testApp, stranger.cookie, 'GET', url())).statusCode).toBe(404);
    expect((await callApi(testApp, admin, 'PUT', url('diagnosis'))).statusCode).toBe(400);
    expect((await callApi(testApp, admin, 'DELETE', url('excluded_from_cleanup'))).statusCode).toBe(
      200,
    );
  });
});
