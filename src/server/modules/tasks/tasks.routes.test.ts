import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EmployeeTasks, TaskList, TaskSummary, TaskView } from '../../../contracts/tasks.js';
import { addDays } from '../../../contracts/civil-dates.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { hashPassword } from '../../platform/crypto/passwords.js';
import {
  type ApiMethod,
  callApi,
  createTestApp,
  createTestUser,
  logIn,
  newEmployerWithDepartment,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { reportSick as reportSickThroughApi } from '../../test/cases.js';
import { hireEmployee } from '../../test/employees.js';
import { memberships, scopeDepartments } from '../users/users.table.js';

// The test clock starts on Monday 2 March 2026, 09:00 in Amsterdam.
const today = '2026-03-02';

describeEachDatabase('tasks through the API', (context) => {
  let testApp: TestApp;
  let superUser: TestUser;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let departments: { zorg: string; keuken: string };

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    superUser = await createTestUser(testApp);
    employerId = trustEmployerId(superUser.employerId);
    cookie = await logIn(testApp, superUser);
    const { organisation } = testApp.modules;
    departments = {
      zorg: (await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null })).id,
      keuken: (await organisation.createDepartment(employerId, { name: 'Keuken', parentId: null }))
        .id,
    };
  });
  afterAll(() => testApp.close());

  let counter = 0;
  async function hire(department: 'zorg' | 'keuken' = 'zorg'): Promise<string> {
    counter += 1;
    return hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId: departments[department] },
      { lastName: `Taak ${counter}` },
    );
  }

  /** A logged-in manager of the employer limited to `departmentId`: cookie and user id. */
  async function managerOf(departmentId: string): Promise<{ cookie: string; userId: string }> {
    counter += 1;
    const loginName = `tasks-manager-${counter}-${Math.random().toString(36).slice(2, 6)}`;
    const password = `correct horse battery ${loginName}`;
    const user = await testApp.modules.users.createEmployerUser(employerId, {
      loginName,
      email: `${loginName}@example.test`,
      firstName: 'Test',
      lastName: 'Manager',
      role: 'manager_without_reports',
      passwordHash: await hashPassword(password),
    });
    const { secret } = await testApp.modules.factors.enrolTotp(user.id, loginName);
    await context.database.db
      .update(memberships)
      .set({ scopeMode: 'explicit', scopeWholeEmployer: false })
      .where(and(eq(memberships.userId, user.id), eq(memberships.employerId, employerId)));
    await inTenant(context.database.db, employerId, (tx) =>
      tx.insert(scopeDepartments).values({ employerId, userId: user.id, departmentId }),
    );
    const managerCookie = await logIn(testApp, {
      userId: user.id,
      employerId,
      loginName,
      password,
      totpSecret: secret,
    });
    return { cookie: managerCookie, userId: user.id };
  }

  const call = (method: ApiMethod, url: string, payload?: unknown, as = cookie) =>
    callApi(testApp, as, method, url, payload);

  const reportSick = (employeeId: string, firstSickDay: string) =>
    reportSickThroughApi(testApp, cookie, employeeId, { firstSickDay });

  async function tasksOf(employeeId: string, as = cookie): Promise<EmployeeTasks> {
    const response = await call('GET', `/api/employees/${employeeId}/tasks`, undefined, as);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<EmployeeTasks>();
  }

  const byCode = (tasks: EmployeeTasks, code: string, occurrence = 0) =>
    tasks.items.filter((task) => task.code === code)[occurrence];

  it("DOMAIN.md's worked example: recovery sets the tasks aside, the recurrence brings them back", async () => {
    const employeeId = await hire();
    const caseId = await reportSick(employeeId, '2025-03-03');
    const opened = await tasksOf(employeeId);
    expect(byCode(opened, 'probleemanalyse')).toMatchObject({
      caseId,
      employeeId,
      name: 'Probleemanalyse',
      dueDate: '2025-04-13',
      status: 'open',
      important: false,
    });

    const recovered = await call('POST', `/api/cases/${caseId}/recovery`, {
      lastSickDay: '2025-03-23',
    });
    expect(recovered.statusCode, recovered.body).toBe(200);
    const setAside = await tasksOf(employeeId);
    expect(setAside.items.every((task) => task.status === 'set_aside')).toBe(true);

    await reportSick(employeeId, '2025-04-14'); // 21 fit days: joins the legal case
    const joined = await tasksOf(employeeId);
    expect(joined.items.every((task) => task.caseId === caseId)).toBe(true);
    const due = (code: string) => byCode(joined, code)?.dueDate;
    expect(due('probleemanalyse')).toBe('2025-05-04');
    expect(due('plan_van_aanpak')).toBe('2025-05-18');
    expect(due('uwv_42e_week')).toBe('2026-01-12');
    expect(due('eerstejaarsevaluatie')).toBe('2026-03-22');
    expect(due('wia_aanvraag')).toBe('2027-01-03');
    expect(due('einde_loondoorbetaling')).toBe('2027-03-21');
    expect(byCode(joined, 'probleemanalyse')?.status).toBe('open');
    // 2 March 2026 is sick-day 21 + 323 = 344: week 50 of 104.
    expect(joined.cases).toEqual([
      {
        caseId,
        kind: 'sickness',
        firstDay: '2025-03-03',
        open: true,
        progress: { sickDay: 344, week: 50, ofWeeks: 104 },
        expectedDelivery: null,
      },
    ]);
  });

  it('a correction of the first sick day recomputes every open date, not done ones', async () => {
    const employeeId = await hire();
    const caseId = await reportSick(employeeId, '2026-01-05');
    const before = await tasksOf(employeeId);
    const first = byCode(before, 'ziekmelding_arbodienst');
    const done = await call('POST', `/api/tasks/${first?.id}/done`, { doneOn: '2026-01-09' });
    expect(done.statusCode, done.body).toBe(200);
    const corrected = await call('POST', `/api/cases/${caseId}/correction`, {
      firstSickDay: '2026-01-02',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const after = await tasksOf(employeeId);
    expect(byCode(after, 'probleemanalyse')?.dueDate).toBe('2026-02-12');
    expect(byCode(after, 'ziekmelding_arbodienst')).toMatchObject({
      status: 'done',
      dueDate: first?.dueDate,
      doneOn: '2026-01-09',
    });
  });

  it('a case opened 50 days ago shows its probleemanalyse late in the widget', async () => {
    // An employer of its own, so the widget's first items are this case's.
    const {
      user: owner,
      employerId: own,
      cookie: ownCookie,
      departmentId,
    } = await newEmployerWithDepartment(testApp);
    const employeeId = await hireEmployee(
      testApp.modules.employees,
      own,
      { departmentId },
      { lastName: 'Laat' },
    );
    const reported = await call(
      'POST',
      `/api/employees/${employeeId}/cases`,
      { classification: 'illness', firstSickDay: addDays(today, -50), percentage: 100 },
      ownCookie,
    );
    expect(reported.statusCode, reported.body).toBe(201);
    const own50 = await call('GET', `/api/employees/${employeeId}/tasks`, undefined, ownCookie);
    const analysis = own50
      .json<EmployeeTasks>()
      .items.find((task) => task.code === 'probleemanalyse');
    const assigned = await call(
      'PUT',
      `/api/tasks/${analysis?.id}/assignee`,
      { userId: owner.userId },
      ownCookie,
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    const response = await call('GET', '/api/tasks/summary', undefined, ownCookie);
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json<TaskSummary>();
    const late = summary.late.items.filter((task) => task.employeeId === employeeId);
    expect(late.map((task) => task.code)).toEqual(['ziekmelding_arbodienst', 'probleemanalyse']);
    // The names come with the tasks (one statement): the employee's and the assignee's.
    expect(late[1]).toMatchObject({
      employeeName: 'Sam Laat',
      dueDate: addDays(today, -50 + 41),
      assignedTo: { id: owner.userId, name: expect.stringMatching(/\S/) as unknown },
    });
    expect(late[0]?.assignedTo).toBeNull();
    const futureDates = summary.future.items.map((task) => task.dueDate);
    expect(summary.future.items).toHaveLength(5);
    expect(futureDates).toEqual([...futureDates].sort());
    expect(
      summary.now.items.some(
        (task) => task.employeeId === employeeId && task.code === 'plan_van_aanpak',
      ),
    ).toBe(true);
    expect(summary.late.count).toBe(2);
    expect(summary.now.count).toBe(1);
    expect(summary.future.count).toBe(21);
  });

  it('done, postpone, cancel and important are audited and refused where not allowed', async () => {
    const employeeId = await hire();
    await reportSick(employeeId, '2026-02-01');
    const tasks = await tasksOf(employeeId);
    const analysis = byCode(tasks, 'probleemanalyse') as TaskView;
    const report42 = byCode(tasks, 'uwv_42e_week') as TaskView;
    const plan = byCode(tasks, 'plan_van_aanpak') as TaskView;

    const notPostponable = await call('POST', `/api/tasks/${report42.id}/postpone`, {
      dueDate: '2026-12-31',
      reason: 'later',
    });
    expect(notPostponable.statusCode).toBe(409);
    expect(notPostponable.json().error.code).toBe('task_not_postponable');

    const earlier = await call('POST', `/api/tasks/${analysis.id}/postpone`, {
      dueDate: analysis.dueDate,
      reason: 'bedrijfsarts op vakantie',
    });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json().error.fields[0].code).toBe('task_postpone_not_later');

    const postponed = await call('POST', `/api/tasks/${analysis.id}/postpone`, {
      dueDate: addDays(analysis.dueDate, 7),
      reason: 'bedrijfsarts op vakantie',
    });
    expect(postponed.statusCode, postponed.body).toBe(200);
    expect(postponed.json<TaskView>()).toMatchObject({
      status: 'postponed',
      dueDate: addDays(analysis.dueDate, 7),
    });

    const future = await call('POST', `/api/tasks/${plan.id}/done`, { doneOn: addDays(today, 1) });
    expect(future.statusCode).toBe(400);
    const done = await call('POST', `/api/tasks/${plan.id}/done`, { doneOn: today, note: 'klaar' });
    expect(done.statusCode).toBe(200);
    const again = await call('POST', `/api/tasks/${plan.id}/cancel`, { reason: 'x' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('task_not_open');

    const important = await call('PUT', `/api/tasks/${report42.id}/important`, { important: true });
    expect(important.json<TaskView>().important).toBe(true);
    const cancelled = await call('POST', `/api/tasks/${report42.id}/cancel`, {
      reason: 'uit dienst',
    });
    expect(cancelled.json<TaskView>().status).toBe('cancelled');

    const actions = (await listAuditEntries(context.database.db, { employerId, limit: 1000 }))
      .filter((entry) => entry.subjectType === 'task')
      .map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['task.postponed', 'task.done', 'task.important', 'task.cancelled']),
    );
  });

  it('lists tasks with filters and pages, within the scope only', async () => {
    const inZorg = await hire('zorg');
    const inKeuken = await hire('keuken');
    await reportSick(inZorg, '2026-02-02');
    await reportSick(inKeuken, '2026-02-02');

    const page = await call('GET', `/api/tasks?employeeId=${inZorg}&status=open&limit=3&offset=1`);
    expect(page.statusCode, page.body).toBe(200);
    const list = page.json<TaskList>();
    expect(list.total).toBe(24);
    expect(list.items).toHaveLength(3);
    expect(list.items[0]?.dueDate).toBe('2026-03-15'); // sick-day 42, after day 7
    const ranged = await call(
      'GET',
      `/api/tasks?employeeId=${inZorg}&dueFrom=2026-03-01&dueTo=2026-03-31`,
    );
    expect(ranged.json<TaskList>().items.map((task) => task.code)).toEqual([
      'probleemanalyse',
      'plan_van_aanpak',
    ]);
    const byDepartment = await call(
      'GET',
      `/api/tasks?departmentId=${departments.keuken}&limit=200`,
    );
    const employees = new Set(byDepartment.json<TaskList>().items.map((task) => task.employeeId));
    expect(employees.has(inKeuken)).toBe(true);
    expect(employees.has(inZorg)).toBe(false);

    const manager = (await managerOf(departments.keuken)).cookie;
    const seen = await call('GET', '/api/tasks?limit=200', undefined, manager);
    expect(seen.statusCode, seen.body).toBe(200);
    const visible = new Set(seen.json<TaskList>().items.map((task) => task.employeeId));
    expect(visible.has(inKeuken)).toBe(true);
    expect(visible.has(inZorg)).toBe(false);
    const outOfScope = await call('GET', `/api/employees/${inZorg}/tasks`, undefined, manager);
    expect(outOfScope.statusCode).toBe(404);
    const task = (await tasksOf(inZorg)).items[0] as TaskView;
    const foreignAction = await call(
      'PUT',
      `/api/tasks/${task.id}/important`,
      { important: true },
      manager,
    );
    expect(foreignAction.statusCode).toBe(404);
  });

  it('refuses another employer and bad parameters', async () => {
    const employeeId = await hire();
    await reportSick(employeeId, '2026-02-10');
    const task = (await tasksOf(employeeId)).items[0] as TaskView;
    const other = await createTestUser(testApp);
    const otherCookie = await logIn(testApp, other);
    expect(
      (await call('GET', `/api/employees/${employeeId}/tasks`, undefined, otherCookie)).statusCode,
    ).toBe(404);
    expect(
      (await call('POST', `/api/tasks/${task.id}/cancel`, { reason: 'x' }, otherCookie)).statusCode,
    ).toBe(404);
    const theirs = await call('GET', '/api/tasks?limit=200', undefined, otherCookie);
    expect(theirs.json<TaskList>().items).toEqual([]);

    for (const query of ['status=late', 'dueFrom=2026-13-01', 'limit=0', 'employeeId=nope']) {
      const response = await call('GET', `/api/tasks?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
    expect((await call('GET', '/api/employees/not-a-uuid/tasks')).statusCode).toBe(400);
    const noReason = await call('POST', `/api/tasks/${task.id}/cancel`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    const reporterCookie = await logIn(testApp, reporter);
    expect((await call('GET', '/api/tasks', undefined, reporterCookie)).statusCode).toBe(403);
  });

  it('assigns a task only to a user who works on tasks and sees the employee, audited', async () => {
    const employeeId = await hire('zorg');
    await reportSick(employeeId, '2026-02-03');
    const task = byCode(await tasksOf(employeeId), 'probleemanalyse') as TaskView;
    const zorgManager = await managerOf(departments.zorg);
    const keukenManager = await managerOf(departments.keuken);
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    const other = await createTestUser(testApp);

    const assignees = await call('GET', `/api/tasks/${task.id}/assignees`);
    expect(assignees.statusCode, assignees.body).toBe(200);
    const ids = assignees.json<{ items: { id: string }[] }>().items.map((user) => user.id);
    expect(ids).toEqual(expect.arrayContaining([superUser.userId, zorgManager.userId]));
    for (const refused of [keukenManager.userId, reporter.userId, other.userId]) {
      expect(ids).not.toContain(refused);
    }

    // Out of scope, without tasks.work, another employer's user, no user: refused, nothing changes.
    for (const userId of [keukenManager.userId, reporter.userId, other.userId, task.caseId]) {
      const refused = await call('PUT', `/api/tasks/${task.id}/assignee`, { userId });
      expect(refused.statusCode, userId).toBe(400);
      expect(refused.json().error.fields[0]).toMatchObject({
        path: 'userId',
        code: 'task_assignee_not_allowed',
      });
    }
    expect(byCode(await tasksOf(employeeId), 'probleemanalyse')?.assignedTo).toBeNull();

    const assigned = await call('PUT', `/api/tasks/${task.id}/assignee`, {
      userId: zorgManager.userId,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json<TaskView>().assignedTo).toEqual({
      id: zorgManager.userId,
      name: 'Test Manager',
    });

    // Aan mij toegewezen: the manager's list holds the task, the super user's does not.
    const mine = await call('GET', '/api/tasks?assignedToMe=true', undefined, zorgManager.cookie);
    expect(mine.json<TaskList>().items.map((item) => item.id)).toEqual([task.id]);
    const notMine = await call('GET', '/api/tasks?assignedToMe=true&limit=200');
    expect(notMine.json<TaskList>().items.map((item) => item.id)).not.toContain(task.id);
    expect((await call('GET', '/api/tasks?assignedToMe=yes')).statusCode).toBe(400);

    // Another employer's user cannot read the assignees nor assign the task.
    const otherCookie = await logIn(testApp, other);
    expect(
      (await call('GET', `/api/tasks/${task.id}/assignees`, undefined, otherCookie)).statusCode,
    ).toBe(404);
    const foreign = await call(
      'PUT',
      `/api/tasks/${task.id}/assignee`,
      { userId: other.userId },
      otherCookie,
    );
    expect(foreign.statusCode).toBe(404);
    // Nor a manager whose scope does not hold the employee.
    const outOfScope = await call(
      'PUT',
      `/api/tasks/${task.id}/assignee`,
      { userId: keukenManager.userId },
      keukenManager.cookie,
    );
    expect(outOfScope.statusCode).toBe(404);
    expect(byCode(await tasksOf(employeeId), 'probleemanalyse')?.assignedTo?.id).toBe(
      zorgManager.userId,
    );

    const unassigned = await call('PUT', `/api/tasks/${task.id}/assignee`, { userId: null });
    expect(unassigned.json<TaskView>().assignedTo).toBeNull();
    const entries = (await listAuditEntries(context.database.db, { employerId, limit: 1000 }))
      .filter((entry) => entry.action === 'task.assigned' && entry.subjectId === task.id)
      .map((entry) => entry.details);
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: null, assignedTo: zorgManager.userId }),
        expect.objectContaining({ from: zorgManager.userId, assignedTo: null }),
      ]),
    );
  });
});
