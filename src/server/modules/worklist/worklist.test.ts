import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../../contracts/civil-dates.js';
import type { Role } from '../../../contracts/permissions.js';
import type { Worklist } from '../../../contracts/worklist.js';
import { callApi, createTestApp, newEmployerWithDepartment, type TestApp } from '../../test/app.js';
import { reportSick } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { operatorUser } from '../../test/routes.js';

// The test clock starts on Monday 2 March 2026, 09:00 in Amsterdam.
const today = '2026-03-02';

describeEachDatabase('Werklijst (GET /api/worklist)', (context) => {
  let testApp: TestApp;
  let admin: { userId: string; cookie: string };
  let a: Awaited<ReturnType<typeof newEmployerWithDepartment>>;
  let b: Awaited<ReturnType<typeof newEmployerWithDepartment>>;
  let keuken: string;
  const employees: Record<string, string> = {};

  const assign = async (userId: string, employerId: string, departmentId: string | null = null) => {
    const response = await callApi(
      testApp,
      admin.cookie,
      'POST',
      `/api/employers/${employerId}/care-assignments`,
      { userId, departmentId },
    );
    expect(response.statusCode, response.body).toBe(204);
  };
  const worklist = async (cookie: string, query = '') => {
    const response = await callApi(testApp, cookie, 'GET', `/api/worklist${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Worklist>();
  };
  const employeesOf = (list: Worklist) => new Set(list.items.map((item) => item.employeeId));
  const operator = (role: Role) => operatorUser(testApp, role);

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    admin = await operator('operator_admin');
    a = await newEmployerWithDepartment(testApp);
    b = await newEmployerWithDepartment(testApp);
    keuken = (
      await testApp.modules.organisation.createDepartment(a.employerId, {
        name: 'Keuken',
        parentId: null,
      })
    ).id;
    const hire = (employerId: typeof a.employerId, departmentId: string, lastName: string) =>
      hireEmployee(testApp.modules.employees, employerId, { departmentId }, { lastName });
    employees.aarts = await hire(a.employerId, a.departmentId, 'Aarts');
    employees.bakker = await hire(a.employerId, keuken, 'Bakker');
    employees.claes = await hire(b.employerId, b.departmentId, 'Claes');
    // Long enough ago that the protocol's first tasks are late.
    await reportSick(testApp, a.cookie, employees.aarts, { firstSickDay: addDays(today, -50) });
    await reportSick(testApp, a.cookie, employees.bakker, { firstSickDay: addDays(today, -2) });
    await reportSick(testApp, b.cookie, employees.claes, { firstSickDay: addDays(today, -3) });
  });
  afterAll(() => testApp.close());

  it("lists new reports, open cases and tasks of the assigned employer only, never another's", async () => {
    const caseManager = await operator('case_manager');
    await assign(caseManager.userId, a.employerId);

    const list = await worklist(caseManager.cookie);
    expect(list.date).toBe(today);
    expect(list.employers).toEqual([{ id: a.employerId, name: expect.any(String) }]);
    expect(list.items.every((item) => item.employerId === a.employerId)).toBe(true);
    expect(employeesOf(list)).toEqual(new Set([employees.aarts, employees.bakker]));
    const cases = list.items.filter((item) => item.kind === 'case');
    expect(cases.map((item) => [item.employeeId, item.isNew, item.durationDays])).toEqual(
      expect.arrayContaining([
        [employees.aarts, false, 51],
        [employees.bakker, true, 3],
      ]),
    );
    const tasks = list.items.filter((item) => item.kind === 'task');
    expect(tasks.some((task) => task.late && task.employeeId === employees.aarts)).toBe(true);
    // Urgency: late tasks first, then the new report.
    expect(list.items[0]).toMatchObject({ kind: 'task', late: true });
    const firstCase = list.items.findIndex((item) => item.kind === 'case');
    expect(list.items[firstCase]).toMatchObject({ employeeId: employees.bakker, isNew: true });

    // Filters and sorting.
    const fresh = await worklist(caseManager.cookie, '?show=new');
    expect(fresh.items.map((item) => item.employeeId)).toEqual([employees.bakker]);
    const longest = await worklist(caseManager.cookie, '?show=cases&sort=-duration');
    expect(longest.items.map((item) => item.employeeId)).toEqual([
      employees.aarts,
      employees.bakker,
    ]);
    const late = await worklist(caseManager.cookie, '?show=late');
    expect(late.items.length).toBeGreaterThan(0);
    expect(late.items.every((item) => item.kind === 'task' && item.late)).toBe(true);

    // Asking for an employer not assigned gives nothing of it.
    const other = await worklist(caseManager.cookie, `?employerId=${b.employerId}`);
    expect(other.items).toEqual([]);

    // The case manager of B sees B's employee only.
    const ofB = await operator('case_manager');
    await assign(ofB.userId, b.employerId);
    const listB = await worklist(ofB.cookie);
    expect(listB.employers.map((employer) => employer.id)).toEqual([b.employerId]);
    expect(employeesOf(listB)).toEqual(new Set([employees.claes]));
  });

  it('keeps a department assignment to that department', async () => {
    const doctor = await operator('company_doctor');
    await assign(doctor.userId, a.employerId, keuken);
    const list = await worklist(doctor.cookie);
    expect(employeesOf(list)).toEqual(new Set([employees.bakker]));
  });

  it('is empty without assignments and refused to roles without the work list', async () => {
    const unassigned = await operator('case_manager');
    expect(await worklist(unassigned.cookie)).toMatchObject({ employers: [], items: [] });
    for (const cookie of [admin.cookie, a.cookie]) {
      expect((await callApi(testApp, cookie, 'GET', '/api/worklist')).statusCode).toBe(403);
    }
  });
});
