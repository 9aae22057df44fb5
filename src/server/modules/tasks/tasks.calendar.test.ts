import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../../contracts/auth.js';
import type { CalendarFeedStatus, TaskAssignees, TaskView } from '../../../contracts/tasks.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import {
  type ApiMethod,
  callApi,
  createTestApp,
  createTestUser,
  logIn,
  newEmployerWithDepartment,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { cookieAs } from '../../test/routes.js';
import { users } from '../users/users.table.js';
import { initialsOf } from './tasks.calendar.usecases.js';

describe('the initials a feed shows', () => {
  it('takes the capitalised words of the name, not the tussenvoegsels', () => {
    expect(initialsOf('Marloes van der Linden')).toBe('M.L.');
    expect(initialsOf('Sam Taak 3')).toBe('S.T.');
    expect(initialsOf('Émile de Vries-Bakker')).toBe('É.V.');
  });
});

describeEachDatabase('the iCal feed of tasks', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let employeeId: string;
  let tasks: TaskView[];

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const employer = await newEmployerWithDepartment(testApp);
    ({ employerId, cookie } = employer);
    employeeId = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId: employer.departmentId },
      { firstName: 'Joke', lastName: 'van Beek' },
    );
    const reported = await call('POST', `/api/employees/${employeeId}/cases`, {
      classification: 'illness',
      firstSickDay: '2026-01-10',
      percentage: 100,
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const listed = await call('GET', `/api/employees/${employeeId}/tasks`);
    tasks = listed.json<{ items: TaskView[] }>().items;
  });
  afterAll(() => testApp.close());

  const call = (method: ApiMethod, url: string, payload?: unknown, as = cookie) =>
    callApi(testApp, as, method, url, payload);
  /** The feed as a calendar app reads it: no cookie, no header of the app. */
  const feed = (url: string) => testApp.app.inject({ method: 'GET', url: new URL(url).pathname });

  it('serves the open tasks with initials only, and a new URL revokes the old one', async () => {
    const none = await call('GET', '/api/tasks/calendar');
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json<CalendarFeedStatus>()).toEqual({ createdAt: null, url: null });

    const made = await call('POST', '/api/tasks/calendar');
    expect(made.statusCode, made.body).toBe(200);
    const first = made.json<CalendarFeedStatus>();
    expect(first.url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const response = await feed(first.url as string);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    // Unfolded (RFC 5545 §3.1): a long line goes on after CRLF and a space.
    const text = response.body.replace(/\r\n /g, '');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const open = tasks.filter((task) => task.status === 'open');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(open.length);
    const analysis = open.find((task) => task.code === 'probleemanalyse') as TaskView;
    const event = text.slice(text.indexOf(`UID:${analysis.id}@verzuim`));
    expect(event).toContain(`DTSTART;VALUE=DATE:${analysis.dueDate.replaceAll('-', '')}`);
    expect(event).toContain('SUMMARY:Probleemanalyse · J.B.');
    expect(event).toContain(`/werknemers/${employeeId}#poortwachter`);
    // No name beyond the initials, no note, no classification.
    expect(text).not.toContain('Beek');
    expect(text).not.toContain('Joke');
    expect(text).not.toMatch(/illness|ziekte/i);

    // A done task leaves the feed; the UID of the others stays the same.
    const done = await call('POST', `/api/tasks/${analysis.id}/done`, { doneOn: '2026-03-01' });
    expect(done.statusCode, done.body).toBe(200);
    const after = (await feed(first.url as string)).body.replace(/\r\n /g, '');
    expect(after).not.toContain(`UID:${analysis.id}@verzuim`);
    const plan = open.find((task) => task.code === 'plan_van_aanpak') as TaskView;
    expect(after).toContain(`UID:${plan.id}@verzuim`);

    const renewed = (await call('POST', '/api/tasks/calendar')).json<CalendarFeedStatus>();
    expect(renewed.url).not.toBe(first.url);
    expect((await feed(first.url as string)).statusCode).toBe(404);
    expect((await feed(renewed.url as string)).statusCode).toBe(200);
    const status = (await call('GET', '/api/tasks/calendar')).json<CalendarFeedStatus>();
    expect(status.createdAt).not.toBeNull();
    expect(status.url).toBeNull();

    const audited = (await listAuditEntries(context.database.db, { employerId, limit: 1000 }))
      .filter((entry) => entry.action === 'tasks.calendar_url_created')
      .map((entry) => entry.details);
    expect(audited).toEqual([{ replaced: true }, { replaced: false }]);
  });

  it('shows another employer nothing of ours, and refuses unknown or revoked users', async () => {
    const other = await createTestUser(testApp);
    const otherCookie = await logIn(testApp, other);
    const theirs = (
      await call('POST', '/api/tasks/calendar', undefined, otherCookie)
    ).json<CalendarFeedStatus>();
    const text = (await feed(theirs.url as string)).body;
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).not.toContain('BEGIN:VEVENT');

    for (const path of [
      '/api/calendar/unknown.ics',
      `/api/calendar/${'A'.repeat(43)}.ics`,
      `/api/calendar/${'A'.repeat(43)}`,
    ]) {
      const response = await testApp.app.inject({ method: 'GET', url: path });
      expect(response.statusCode, path).toBe(404);
    }

    // A deactivated user's feed stops at once.
    await context.database.db
      .update(users)
      .set({ deactivatedAt: new Date('2026-03-01T00:00:00Z') })
      .where(eq(users.id, other.userId));
    expect((await feed(theirs.url as string)).statusCode).toBe(404);
  });

  it("gives an operator a feed of the tasks given to them at every employer, none of the others'", async () => {
    // A casemanager of the arbodienst (no membership) is one of the users a task may be given to.
    const operatorCookie = await cookieAs(testApp, 'case_manager', employerId);
    const operator = (await call('GET', '/api/auth/me', undefined, operatorCookie)).json<{
      user: CurrentUser;
    }>().user;
    const [first, second] = tasks;
    if (!first || !second) throw new Error('the case has too few tasks');
    const assignees = await call('GET', `/api/tasks/${first.id}/assignees`);
    expect(assignees.json<TaskAssignees>().items.map((item) => item.id)).toContain(operator.id);
    const given = await call('PUT', `/api/tasks/${first.id}/assignee`, { userId: operator.id });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json<TaskView>().assignedTo?.name).toBe(operator.displayName);

    // At a second employer the same operator is given a task as well.
    const {
      employerId: otherEmployer,
      cookie: otherCookie,
      departmentId,
    } = await newEmployerWithDepartment(testApp, 'Keuken');
    const elsewhere = await hireEmployee(
      testApp.modules.employees,
      otherEmployer,
      { departmentId },
      { firstName: 'Piet', lastName: 'Anders' },
    );
    const reported = await call(
      'POST',
      `/api/employees/${elsewhere}/cases`,
      { classification: 'illness', firstSickDay: '2026-02-02', percentage: 100 },
      otherCookie,
    );
    expect(reported.statusCode, reported.body).toBe(201);
    const theirs = (
      await call('GET', `/api/employees/${elsewhere}/tasks`, undefined, otherCookie)
    ).json<{ items: TaskView[] }>().items;
    const theirTask = theirs[0];
    if (!theirTask) throw new Error('no task at the other employer');
    const givenThere = await call(
      'PUT',
      `/api/tasks/${theirTask.id}/assignee`,
      { userId: operator.id },
      otherCookie,
    );
    expect(givenThere.statusCode, givenThere.body).toBe(200);

    const made = await call('POST', '/api/tasks/calendar', undefined, operatorCookie);
    expect(made.statusCode, made.body).toBe(200);
    const text = (await feed(made.json<CalendarFeedStatus>().url as string)).body;
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain(`UID:${first.id}@verzuim`);
    expect(text).toContain(`UID:${theirTask.id}@verzuim`);
    expect(text).not.toContain(`UID:${second.id}@verzuim`);
    expect(text).toContain('P.A.');

    // An operator admin works on no tasks: not offered, and refused when named.
    const adminCookie = await cookieAs(testApp, 'operator_admin', employerId);
    const admin = (await call('GET', '/api/auth/me', undefined, adminCookie)).json<{
      user: CurrentUser;
    }>().user;
    const refused = await call('PUT', `/api/tasks/${second.id}/assignee`, { userId: admin.id });
    expect(refused.statusCode, refused.body).toBe(400);
  });

  it('is refused to a role without tasks', async () => {
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    const reporterCookie = await logIn(testApp, reporter);
    expect((await call('POST', '/api/tasks/calendar', undefined, reporterCookie)).statusCode).toBe(
      403,
    );
  });
});

describeEachDatabase('the iCal feed is rate limited per client', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { RATE_LIMIT_AUTH_PER_IP: '2' });
  });
  afterAll(() => testApp.close());

  it('answers 429 past the limit', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await testApp.app.inject({
        method: 'GET',
        url: `/api/calendar/${'B'.repeat(43)}.ics`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([404, 404, 429]);
  });
});
