import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { setScope } from '../../test/scope.js';

describeEachDatabase('employee dossier API', (context) => {
  let testApp: TestApp;
  let owner: TestUser;
  /** One login per user: a TOTP code is accepted once, and the fake clock stands still. */
  let ownerCookie: string;
  let employerId: AuthorizedEmployerId;
  let departments: { zorg: string; wijk: string; keuken: string };
  let sanne: string;
  let piet: string;

  const hire = (firstName: string, lastName: string, departmentId: string) =>
    hireEmployee(testApp.modules.employees, employerId, { departmentId }, { firstName, lastName });

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    owner = await createTestUser(testApp);
    employerId = trustEmployerId(owner.employerId);
    const organisation = testApp.modules.organisation;
    const zorg = await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null });
    const wijk = await organisation.createDepartment(employerId, {
      name: 'Wijk',
      parentId: zorg.id,
    });
    const keuken = await organisation.createDepartment(employerId, {
      name: 'Keuken',
      parentId: null,
    });
    departments = { zorg: zorg.id, wijk: wijk.id, keuken: keuken.id };
    sanne = await hire('Sanne', 'de Vries', wijk.id);
    piet = await hire('Piet', 'Bakker', keuken.id);
    ownerCookie = await logIn(testApp, owner);
  });
  afterAll(() => testApp.close());

  const getDossier = (cookie: string, id: string) =>
    testApp.app.inject({ method: 'GET', url: `/api/employees/${id}`, headers: { cookie } });

  it('shows the dossier with its employments and logs the read', async () => {
    const response = await getDossier(ownerCookie, sanne);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ firstName: 'Sanne', lastName: 'de Vries', inService: true });
    expect(body.employments).toHaveLength(1);
    expect(body.employments[0]).toMatchObject({ number: 1, status: 'current' });
    expect(body.employments[0].versions[0]).toMatchObject({
      departmentId: departments.wijk,
      contractHoursPerWeek: 32,
      validUntil: null,
    });
    const audit = await listAuditEntries(testApp.platform.database.db, { employerId, limit: 5 });
    expect(audit.find((entry) => entry.action === 'employees.viewed')?.subjectId).toBe(sanne);
  });

  it('answers 404 for an employee of another employer and for a malformed or unknown id', async () => {
    const stranger = await createTestUser(testApp);
    const cookie = await logIn(testApp, stranger);
    expect((await getDossier(cookie, sanne)).statusCode).toBe(404);
    expect((await getDossier(ownerCookie, crypto.randomUUID())).statusCode).toBe(404);
    expect((await getDossier(ownerCookie, 'not-a-uuid')).statusCode).toBe(400);
  });

  it('answers 404 outside the dossier scope: department with sub-departments, employees, none', async () => {
    const zorgManager = await createTestUser(testApp, {
      role: 'manager_with_reports',
      employerId,
    });
    await setScope(testApp, zorgManager, { departmentIds: [departments.zorg] });
    const zorgCookie = await logIn(testApp, zorgManager);
    expect((await getDossier(zorgCookie, sanne)).statusCode).toBe(200);
    expect((await getDossier(zorgCookie, piet)).statusCode).toBe(404);

    const pietOnly = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    await setScope(testApp, pietOnly, { employeeIds: [piet] });
    const pietCookie = await logIn(testApp, pietOnly);
    expect((await getDossier(pietCookie, piet)).statusCode).toBe(200);
    expect((await getDossier(pietCookie, sanne)).statusCode).toBe(404);

    const nobody = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    await setScope(testApp, nobody, {});
    const nobodyCookie = await logIn(testApp, nobody);
    expect((await getDossier(nobodyCookie, piet)).statusCode).toBe(404);
  });

  it('refuses roles without employees.read and visitors without a session', async () => {
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    const cookie = await logIn(testApp, reporter);
    expect((await getDossier(cookie, sanne)).statusCode).toBe(403);
    const anonymous = await testApp.app.inject({
      method: 'GET',
      url: `/api/employees/${sanne}`,
      headers: fetchHeaders,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
