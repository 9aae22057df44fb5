/**
 * The tasks of real cases beyond the WVP's sick-day deadlines: a pregnancy gets the WAZO
 * protocol's tasks (due from the expected delivery date), and a sick employee whose employment
 * ends gets the UWV report due on its last working day (DOMAIN.md §2 and §3), through the API and
 * the use cases, on both databases.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EmployeeTasks, TaskView } from '../../../contracts/tasks.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import {
  actorOf,
  createTestApp,
  fetchHeaders,
  newEmployerWithDepartment,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import type { EmployerActor } from '../users/users.policies.js';

// The test clock starts on Monday 2 March 2026, 09:00 in Amsterdam.
const uwvReport = 'ziekmelding_uwv_einde_dienstverband';

describeEachDatabase('tasks of pregnancies and of the end of employment', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let departmentId: string;
  let actor: EmployerActor;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const employer = await newEmployerWithDepartment(testApp);
    ({ employerId, cookie, departmentId } = employer);
    actor = await actorOf(testApp, employer.user.userId, employerId);
  });
  afterAll(() => testApp.close());

  let counter = 0;
  async function hire(endDate: string | null = null) {
    counter += 1;
    const employeeId = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId, endDate, employmentType: endDate === null ? 'permanent' : 'temporary' },
      { firstName: 'Kim', lastName: `Einde ${counter}` },
    );
    const [employment] = await testApp.modules.employees.listEmploymentsOf(actor, employeeId);
    if (employment === undefined) throw new Error('a hired employee has an employment');
    return { employeeId, employmentId: employment.id };
  }

  function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
    return testApp.app.inject({
      method,
      url,
      headers: { ...fetchHeaders, cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  async function post(
    url: string,
    payload: unknown,
    status = 200,
    method: 'POST' | 'PUT' = 'POST',
  ) {
    const response = await call(method, url, payload);
    expect(response.statusCode, response.body).toBe(status);
    return status === 204 ? { id: '' } : response.json<{ id: string }>();
  }

  async function tasksOf(employeeId: string): Promise<TaskView[]> {
    const response = await call('GET', `/api/employees/${employeeId}/tasks`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: TaskView[] }>().items;
  }

  const pick = (tasks: TaskView[], code: string) => tasks.find((task) => task.code === code);
  const datesOf = (tasks: TaskView[], caseId: string) =>
    Object.fromEntries(
      tasks
        .filter((task) => task.caseId === caseId)
        .map((task) => [task.code, `${task.dueDate} ${task.status}`]),
    );

  it('a pregnancy gets the WAZO tasks, recomputed when the expected delivery is corrected', async () => {
    const { employeeId } = await hire();
    const { id: caseId } = await post(
      `/api/employees/${employeeId}/pregnancies`,
      { expectedDelivery: '2026-07-15', multipleBirth: false },
      201,
    );
    // Reported today, before the leave: the statement is kept from today; the application is
    // due 41 days before E (two weeks before the latest first day of leave), the birth a week
    // after E.
    expect(datesOf(await tasksOf(employeeId), caseId)).toEqual({
      zwangerschapsverklaring_bewaren: '2026-03-02 open',
      wazo_aanvraag: '2026-06-04 open',
      geboorte_melden: '2026-07-22 open',
    });
    await post(`/api/cases/${caseId}/pregnancy/correction`, { expectedDelivery: '2026-07-29' });
    expect(datesOf(await tasksOf(employeeId), caseId)).toEqual({
      zwangerschapsverklaring_bewaren: '2026-03-02 open',
      wazo_aanvraag: '2026-06-18 open',
      geboorte_melden: '2026-08-05 open',
    });

    // Sickness before the leave is its own legal case with the WVP; a task done there leaves
    // the pregnancy's tasks as they are.
    const { id: sickId } = await post(
      `/api/employees/${employeeId}/cases`,
      { classification: 'illness', firstSickDay: '2026-02-20', percentage: 100 },
      201,
    );
    const arbodienst = pick(await tasksOf(employeeId), 'ziekmelding_arbodienst');
    expect(arbodienst).toMatchObject({ caseId: sickId, dueDate: '2026-02-26' });
    await post(`/api/tasks/${arbodienst?.id}/done`, { doneOn: '2026-03-02' });
    const after = await tasksOf(employeeId);
    expect(datesOf(after, caseId)).toMatchObject({ wazo_aanvraag: '2026-06-18 open' });
    expect(pick(after, 'wazo_aanvraag')?.caseId).toBe(caseId);
  });

  it("the dossier's timeline has a pregnancy as a case of its own, without sick-days", async () => {
    const { employeeId } = await hire();
    const { id: pregnancyId } = await post(
      `/api/employees/${employeeId}/pregnancies`,
      { expectedDelivery: '2026-07-15', multipleBirth: false },
      201,
    );
    const { id: sickId } = await post(
      `/api/employees/${employeeId}/cases`,
      { classification: 'illness', firstSickDay: '2026-02-20', percentage: 100 },
      201,
    );
    const response = await call('GET', `/api/employees/${employeeId}/tasks`);
    expect(response.statusCode, response.body).toBe(200);
    const timeline = response.json<EmployeeTasks>();
    // In date order: the sickness since 20 February (sick-day 11 today), the pregnancy reported
    // today.
    expect(timeline.cases).toEqual([
      {
        caseId: sickId,
        kind: 'sickness',
        firstDay: '2026-02-20',
        open: true,
        progress: { sickDay: 11, week: 2, ofWeeks: 104 },
        expectedDelivery: null,
      },
      {
        caseId: pregnancyId,
        kind: 'pregnancy',
        firstDay: '2026-03-02',
        open: true,
        progress: null,
        expectedDelivery: '2026-07-15',
      },
    ]);
    expect(
      timeline.items.filter((task) => task.caseId === pregnancyId).map((task) => task.code),
    ).toEqual(['zwangerschapsverklaring_bewaren', 'wazo_aanvraag', 'geboorte_melden']);
  });

  it('a sick report on an employment with an end date gets the UWV report on its last working day', async () => {
    // The fixed-term employment ends on Sunday 8 March 2026: its last working day is Friday 6 March.
    const { employeeId } = await hire('2026-03-08');
    const { id: caseId } = await post(
      `/api/employees/${employeeId}/cases`,
      { classification: 'illness', firstSickDay: '2026-02-23', percentage: 100 },
      201,
    );
    expect(pick(await tasksOf(employeeId), uwvReport)).toMatchObject({
      caseId,
      dueDate: '2026-03-06',
      status: 'open',
    });
    // Ended "sick out of service" on the employment's last day: the report outlives the case,
    // the WVP's other open tasks are set aside.
    await post(`/api/cases/${caseId}/end`, {
      lastSickDay: '2026-03-08',
      reason: 'sick_out_of_service',
    });
    const ended = await tasksOf(employeeId);
    expect(pick(ended, uwvReport)).toMatchObject({ dueDate: '2026-03-06', status: 'open' });
    expect(pick(ended, 'probleemanalyse')?.status).toBe('set_aside');
  });

  it('an end date set, moved and removed while sick moves the UWV report (use cases and API)', async () => {
    const { employeeId, employmentId } = await hire();
    const { id: caseId } = await post(
      `/api/employees/${employeeId}/cases`,
      { classification: 'illness', firstSickDay: '2026-02-23', percentage: 100 },
      201,
    );
    expect(pick(await tasksOf(employeeId), uwvReport)).toBeUndefined();
    // Through the employees use case, as the HR screens call it.
    await testApp.modules.employees.endEmployment(actor, employeeId, employmentId, '2026-04-30');
    expect(pick(await tasksOf(employeeId), uwvReport)).toMatchObject({
      caseId,
      dueDate: '2026-04-30',
      status: 'open',
    });
    // Moved to a Saturday through the API: due the Friday before.
    await post(
      `/api/employees/${employeeId}/employments/${employmentId}/end`,
      { endDate: '2026-06-13' },
      204,
      'PUT',
    );
    expect(pick(await tasksOf(employeeId), uwvReport)?.dueDate).toBe('2026-06-12');
    // Opened again: no end, no report; ended again: it comes back.
    await post(
      `/api/employees/${employeeId}/employments/${employmentId}/end`,
      { endDate: null },
      204,
      'PUT',
    );
    expect(pick(await tasksOf(employeeId), uwvReport)?.status).toBe('set_aside');
    await testApp.modules.employees.reportOutOfService(actor, employeeId, {
      date: '2026-07-01',
      reason: 'none',
    });
    expect(pick(await tasksOf(employeeId), uwvReport)).toMatchObject({
      dueDate: '2026-07-01',
      status: 'open',
    });
    // Recovered before the end of employment: not sick on its last day, so no report.
    await post(`/api/cases/${caseId}/recovery`, { lastSickDay: '2026-03-01' });
    expect(pick(await tasksOf(employeeId), uwvReport)?.status).toBe('set_aside');
  });
});
