import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../../contracts/civil-dates.js';
import type { TaskView } from '../../../contracts/tasks.js';
import { selectRows } from '../../db/connection.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import {
  actorOf,
  callApi,
  createTestApp,
  createTestUser,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { reportSick } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { taskDueLookBackDays } from '../tasks/tasks.due.usecases.js';

describeEachDatabase('Webhooks: task.due, once per task and due date', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(() => testApp.close());

  /** An employer with a sick employee, its webhook subscribed to `events` (none: no webhook). */
  async function employerWithSickEmployee(events: string[] | null) {
    const user = await createTestUser(testApp, { role: 'super_user_integration' });
    const cookie = await logIn(testApp, user);
    const employerId = trustEmployerId(user.employerId);
    if (events) {
      const saved = await callApi(testApp, cookie, 'PUT', '/api/integration/webhook', {
        url: 'http://127.0.0.1:9/hooks',
        enabled: true,
        events,
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    const { id: departmentId } = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const employeeId = await hireEmployee(testApp.modules.employees, employerId, { departmentId });
    await reportSick(testApp, cookie, employeeId, { firstSickDay: '2026-01-05' });
    const actor = await actorOf(testApp, user.userId, employerId);
    const tasks = async () =>
      (await testApp.modules.tasks.employeeTasks(actor, employeeId, 'nl')).items;
    return { user, cookie, employerId, employeeId, tasks };
  }

  /** The task.due messages in the employer's outbox, as they will be signed and sent. */
  async function taskDueEvents(employerId: string) {
    const rows = await selectRows<{ body: string }>(
      testApp.platform.database.db,
      sql`select body from webhook_deliveries
        where employer_id = ${employerId} and type = 'task.due' order by created_at, id`,
    );
    return rows.map(
      (row) => JSON.parse(row.body) as { data: { taskId: string; dueDate: string } & object },
    );
  }

  const today = () => amsterdamDateOf(testApp.clock.now());
  /** The pending tasks a round on `day` tells: due from a week before up to that day. */
  const dueBy = (tasks: TaskView[], day: string) =>
    tasks
      .filter((task) => task.status === 'open' || task.status === 'postponed')
      .filter((task) => task.dueDate <= day && task.dueDate >= addDays(day, -taskDueLookBackDays))
      .map((task) => task.id)
      .sort();

  it('tells each due task once, in the employer of its webhook only; a postponed task again on its new date', async () => {
    const subscribed = await employerWithSickEmployee(['task.due']);
    const caseOnly = await employerWithSickEmployee(['case.opened']);
    const withoutWebhook = await employerWithSickEmployee(null);
    // Anything due before now, in other tests' employers too, is told first and set aside.
    await testApp.modules.tasks.announceDueTasks();
    const told = (await taskDueEvents(subscribed.employerId)).length;

    const tasks = await subscribed.tasks();
    const later = [...new Set(tasks.map((task) => task.dueDate))]
      .filter((date) => date > today())
      .sort();
    const [nextDate, dateAfter] = later;
    if (!nextDate || !dateAfter) throw new Error('the protocol has too few tasks for this test');
    testApp.clock.set(new Date(`${nextDate}T06:00:00Z`));
    const expected = dueBy(await subscribed.tasks(), today()).filter(
      (id) => tasks.find((task) => task.id === id)?.dueDate === nextDate,
    );
    expect(expected.length).toBeGreaterThan(0);

    const round = await testApp.modules.tasks.announceDueTasks();
    // The three employers' tasks of that date are marked told, whatever their webhooks.
    expect(round.announced).toBe(3 * expected.length);
    const bodies = (await taskDueEvents(subscribed.employerId)).slice(told);
    expect(bodies.map((body) => body.data.taskId).sort()).toEqual(expected);
    expect(bodies[0]?.data).toMatchObject({
      employeeId: subscribed.employeeId,
      dueDate: nextDate,
    });
    expect(Object.keys(bodies[0]?.data ?? {}).sort()).toEqual(
      ['caseId', 'code', 'dueDate', 'employeeId', 'taskId'].sort(),
    );
    expect(await taskDueEvents(caseOnly.employerId)).toEqual([]);
    expect(await taskDueEvents(withoutWebhook.employerId)).toEqual([]);

    // Told once: the next round on the same day tells nothing.
    expect(await testApp.modules.tasks.announceDueTasks()).toEqual({ announced: 0 });
    expect(await taskDueEvents(subscribed.employerId)).toHaveLength(told + bodies.length);

    // Postponed to the date after, the task is told again when that date comes.
    const postponedId = expected[0] as string;
    // Weeks have passed on the clock: a fresh session.
    const postponed = await callApi(
      testApp,
      await logIn(testApp, subscribed.user),
      'POST',
      `/api/tasks/${postponedId}/postpone`,
      { dueDate: dateAfter, reason: 'Wacht op gesprek.' },
    );
    expect(postponed.statusCode, postponed.body).toBe(200);
    testApp.clock.set(new Date(`${dateAfter}T06:00:00Z`));
    await testApp.modules.tasks.announceDueTasks();
    const again = (await taskDueEvents(subscribed.employerId)).filter(
      (body) => body.data.taskId === postponedId,
    );
    expect(again.map((body) => body.data.dueDate).sort()).toEqual([nextDate, dateAfter]);
  });
});
