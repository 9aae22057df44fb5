import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../../contracts/civil-dates.js';
import type { EmployeeDossier, EmployeeSearchResponse } from '../../../contracts/employees.js';
import type { TaskView } from '../../../contracts/tasks.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import {
  callApi,
  createTestApp,
  createTestUser,
  logIn,
  newEmployerWithDepartment,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { reportSick } from '../../test/cases.js';
import { hireEmployee } from '../../test/employees.js';
import { setScope } from '../../test/scope.js';

// The test clock starts on Monday 2 March 2026, 09:00 in Amsterdam.
const today = '2026-03-02';

/** Issue 18/19: the dossier header and the search show where the employee's absence stands. */
describeEachDatabase('the absence state in the dossier and the search', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let departmentId: string;
  const employees = { recurring: '', leave: '', healthy: '' };

  const hire = (lastName: string) =>
    hireEmployee(testApp.modules.employees, employerId, { departmentId }, { lastName });

  const get = (url: string, as = cookie) => callApi(testApp, as, 'GET', url);

  async function post(url: string, payload: Record<string, unknown>) {
    const response = await callApi(testApp, cookie, 'POST', url, payload);
    expect(response.statusCode, response.body).toBeLessThan(300);
  }

  const dossier = async (employeeId: string, as = cookie) =>
    (await get(`/api/employees/${employeeId}`, as)).json<EmployeeDossier>();

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    ({ employerId, cookie, departmentId } = await newEmployerWithDepartment(testApp));
    employees.recurring = await hire('Aarts');
    employees.leave = await hire('Bakker');
    employees.healthy = await hire('Claes');
    // 11 sick days, 14 fit days, then sick again: one legal case, so today is its sick-day 17.
    const first = await reportSick(testApp, cookie, employees.recurring, {
      firstSickDay: addDays(today, -30),
    });
    await post(`/api/cases/${first}/recovery`, { lastSickDay: addDays(today, -20) });
    await reportSick(testApp, cookie, employees.recurring, {
      firstSickDay: addDays(today, -5),
      percentage: 50,
    });
    // Expected delivery 20 March, last working day 20 February: pregnancy leave from 21 February.
    await post(`/api/employees/${employees.leave}/pregnancies`, {
      expectedDelivery: '2026-03-20',
      multipleBirth: false,
      lastWorkingDay: '2026-02-20',
    });
  });
  afterAll(() => testApp.close());

  it('shows a sick employee with percentage, first day of the episode and the legal case sick-day and week', async () => {
    const found = await dossier(employees.recurring);
    expect(found.absence).toEqual({
      kind: 'sick',
      percentage: 50,
      since: addDays(today, -5),
      sickDay: 17,
      week: 3,
      ofWeeks: 104,
    });
  });

  it("shows the next deadline: the legal case's first open task", async () => {
    const tasks = (await get(`/api/employees/${employees.recurring}/tasks`)).json<{
      items: TaskView[];
    }>();
    const next = tasks.items
      .filter((task) => task.status === 'open' || task.status === 'postponed')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    expect(next).toBeDefined();
    expect((await dossier(employees.recurring)).nextDeadline).toEqual({
      dueDate: next?.dueDate,
      name: next?.name,
    });
  });

  it('shows pregnancy leave with its computed last day, and nothing for a healthy employee', async () => {
    expect((await dossier(employees.leave)).absence).toEqual({
      kind: 'pregnancy_leave',
      until: '2026-03-20',
    });
    const healthy = await dossier(employees.healthy);
    expect(healthy.absence).toBeNull();
    expect(healthy.nextDeadline).toBeNull();
  });

  it('gives each search hit its state in the same answer', async () => {
    const response = await get('/api/employees?name=');
    expect(response.statusCode, response.body).toBe(200);
    const byId = new Map(
      response.json<EmployeeSearchResponse>().items.map((item) => [item.id, item.absence]),
    );
    expect(byId.get(employees.recurring)).toMatchObject({ kind: 'sick', percentage: 50 });
    expect(byId.get(employees.leave)).toMatchObject({ kind: 'pregnancy_leave' });
    expect(byId.get(employees.healthy)).toBeNull();
  });

  it('shows the state to no user of another employer or outside the dossier scope', async () => {
    const other = await createTestUser(testApp);
    const otherCookie = await logIn(testApp, other);
    expect((await get(`/api/employees/${employees.recurring}`, otherCookie)).statusCode).toBe(404);
    const theirSearch = (
      await get('/api/employees?name=Aarts', otherCookie)
    ).json<EmployeeSearchResponse>();
    expect(theirSearch.items.map((item) => item.id)).not.toContain(employees.recurring);

    const manager = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    await setScope(testApp, manager, { employeeIds: [employees.healthy] });
    const managerCookie = await logIn(testApp, manager);
    expect((await get(`/api/employees/${employees.recurring}`, managerCookie)).statusCode).toBe(
      404,
    );
    const managerSearch = (
      await get('/api/employees?name=', managerCookie)
    ).json<EmployeeSearchResponse>();
    expect(managerSearch.items.map((item) => [item.id, item.absence])).toEqual([
      [employees.healthy, null],
    ]);
  });

  it('leaves the state out for a role not shown who is sick, and the deadline for one without tasks', async () => {
    const admin = await createTestUser(testApp, { role: 'operator_admin', employerId });
    const adminDossier = await get(
      `/api/employees/${employees.recurring}`,
      await logIn(testApp, admin),
    );
    expect(adminDossier.statusCode, adminDossier.body).toBe(200);
    expect(adminDossier.json<EmployeeDossier>()).not.toHaveProperty('absence');
    expect(adminDossier.json<EmployeeDossier>()).not.toHaveProperty('nextDeadline');

    const sickOnly = await createTestUser(testApp, {
      role: 'super_user_integration_sick_only',
      employerId,
    });
    const sickOnlyDossier = await dossier(employees.recurring, await logIn(testApp, sickOnly));
    expect(sickOnlyDossier.absence).toMatchObject({ kind: 'sick' });
    expect(sickOnlyDossier).not.toHaveProperty('nextDeadline');
  });
});
