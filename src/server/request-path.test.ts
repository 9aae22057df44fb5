import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { selectRows } from './db/connection.js';
import { inTenant, trustEmployerId } from './db/tenancy.js';
import { users } from './modules/users/users.table.js';
import { auditBy, listAuditEntries } from './platform/audit/audit.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
  type TestUser,
} from './test/app.js';
import { describeEachDatabase } from './test/databases.js';
import { hireEmployee } from './test/employees.js';
import { setScope } from './test/scope.js';

/** Issue 17: what one request costs the database, and that the context it reads is never stale. */
describeEachDatabase('the request path', (context) => {
  let testApp: TestApp;
  let owner: TestUser;
  let ownerCookie: string;
  let employeeId: string;
  let departmentId: string;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    owner = await createTestUser(testApp);
    const employerId = trustEmployerId(owner.employerId);
    departmentId = (
      await testApp.modules.organisation.createDepartment(employerId, {
        name: 'Zorg',
        parentId: null,
      })
    ).id;
    employeeId = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId },
      { firstName: 'Sanne', lastName: 'de Vries' },
    );
    ownerCookie = await logIn(testApp, owner);
  });
  afterAll(() => testApp.close());

  const getDossier = (cookie: string) =>
    testApp.app.inject({ method: 'GET', url: `/api/employees/${employeeId}`, headers: { cookie } });
  /** A GET of `url` as the owner. */
  const getAsOwner = (url: string) => () =>
    testApp.app.inject({ method: 'GET', url, headers: { cookie: ownerCookie } });

  /** The round trips one request makes (the first read of an employer may warm a cache). */
  async function roundTripsOf(request: () => Promise<{ statusCode: number }>) {
    const before = testApp.platform.database.roundTrips();
    const response = await request();
    return {
      statusCode: response.statusCode,
      roundTrips: testApp.platform.database.roundTrips() - before,
    };
  }

  it('reads an employee dossier, with its visit and audit record, in at most 4 round trips', async () => {
    await getDossier(ownerCookie);
    const { statusCode, roundTrips } = await roundTripsOf(() => getDossier(ownerCookie));
    expect(statusCode).toBe(200);
    expect(roundTrips).toBeLessThanOrEqual(4);
  });

  it('answers /api/auth/me in 2 round trips: the session with its access, then the user', async () => {
    const me = getAsOwner('/api/auth/me');
    await me();
    const { statusCode, roundTrips } = await roundTripsOf(me);
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(2);
  });

  it('answers /api/vault/status in 4 round trips: the session, then BEGIN, one read, COMMIT', async () => {
    const status = getAsOwner('/api/vault/status');
    await status();
    const { statusCode, roundTrips } = await roundTripsOf(status);
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(4);
  });

  it('answers /api/cases/current-absence in 4 round trips: sick and employed in one statement', async () => {
    const currentAbsence = getAsOwner('/api/cases/current-absence');
    await currentAbsence();
    const { statusCode, roundTrips } = await roundTripsOf(currentAbsence);
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(4);
  });

  it('answers /api/organisation/departments in 4 round trips: the tree with its headcounts in one statement', async () => {
    const departments = getAsOwner('/api/organisation/departments');
    await departments();
    const { statusCode, roundTrips } = await roundTripsOf(departments);
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(4);
  });

  const postAsOwner = (url: string, payload: object) => () =>
    testApp.app.inject({
      method: 'POST',
      url,
      headers: { ...fetchHeaders, cookie: ownerCookie },
      payload,
    });

  it('answers /api/tasks/summary in 4 round trips: the Taken widget in one statement', async () => {
    const sickOne = await hireEmployee(
      testApp.modules.employees,
      trustEmployerId(owner.employerId),
      { departmentId },
      { firstName: 'Kim', lastName: 'Taken' },
    );
    const reported = await postAsOwner(`/api/employees/${sickOne}/cases`, {
      classification: 'illness',
      firstSickDay: '2026-01-05',
      percentage: 100,
    })();
    expect(reported.statusCode, reported.body).toBe(201);
    const summary = getAsOwner('/api/tasks/summary');
    await summary();
    const { statusCode, roundTrips } = await roundTripsOf(summary);
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(4);
  });

  it('answers /api/tasks in 4 round trips: the first page, its total and names in one statement', async () => {
    const sickOne = await hireEmployee(
      testApp.modules.employees,
      trustEmployerId(owner.employerId),
      { departmentId },
      { firstName: 'Lot', lastName: 'Lijst' },
    );
    const reported = await postAsOwner(`/api/employees/${sickOne}/cases`, {
      classification: 'illness',
      firstSickDay: '2026-01-12',
      percentage: 100,
    })();
    expect(reported.statusCode, reported.body).toBe(201);
    const list = getAsOwner(`/api/tasks?employeeId=${sickOne}&status=open`);
    const body = (await list()).json<{ total: number; items: { employeeName: string }[] }>();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items[0]?.employeeName).toBe('Lot Lijst');
    const { statusCode, roundTrips } = await roundTripsOf(list);
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(4);
  });

  it('answers /api/employees/{id}/tasks in 7 round trips: the tasks and their names in one statement', async () => {
    const employerId = trustEmployerId(owner.employerId);
    const sickOne = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId },
      { firstName: 'Noor', lastName: 'Naam' },
    );
    const reported = await postAsOwner(`/api/employees/${sickOne}/cases`, {
      classification: 'illness',
      firstSickDay: '2026-01-19',
      percentage: 100,
    })();
    expect(reported.statusCode, reported.body).toBe(201);
    const tasks = getAsOwner(`/api/employees/${sickOne}/tasks`);
    const first = (await tasks()).json<{ items: { id: string }[] }>();
    // An assigned task: the assignee's name comes in the same statement.
    const assigned = await testApp.app.inject({
      method: 'PUT',
      url: `/api/tasks/${first.items[0]?.id}/assignee`,
      headers: { ...fetchHeaders, cookie: ownerCookie },
      payload: { userId: owner.userId },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const body = (await tasks()).json<{
      items: { employeeName: string; assignedTo: { name: string } | null }[];
    }>();
    expect(body.items[0]?.employeeName).toBe('Noor Naam');
    expect(body.items[0]?.assignedTo?.name).toBeTruthy();
    // The session, BEGIN, the scope check, the tasks with their names, the cases, audit, COMMIT.
    const { statusCode, roundTrips } = await roundTripsOf(tasks);
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(7);
  });

  it('answers the iCal feed in 6 round trips: the tasks and their names in one statement', async () => {
    const made = await postAsOwner('/api/tasks/calendar', {})();
    expect(made.statusCode, made.body).toBe(200);
    const url = new URL(made.json<{ url: string }>().url);
    const feed = () => testApp.app.inject({ method: 'GET', url: url.pathname });
    const first = await feed();
    expect(first.body).toContain('BEGIN:VEVENT');
    // The rate limit's counter, the feed by its token, BEGIN, the members, the tasks with their
    // names, COMMIT.
    const { statusCode, roundTrips } = await roundTripsOf(feed);
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(6);
  });

  it('writes a note, a sick report and its recovery in 7, 13 and 11 round trips', async () => {
    const employerId = trustEmployerId(owner.employerId);
    const writer = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId },
      { firstName: 'Kees', lastName: 'Bakker' },
    );
    // The session, the author's name, BEGIN, the scope check, the note, its audit entry, COMMIT.
    const note = await roundTripsOf(
      postAsOwner(`/api/employees/${writer}/notes`, {
        contactDate: '2026-02-02',
        contactType: 'phone',
        text: 'Gebeld.',
      }),
    );
    expect(note).toEqual({ statusCode: 201, roundTrips: 7 });
    // The session, BEGIN, the scope check with the employments, the employee's lock, the cases
    // with their details, the case, its timeline, the tasks read, the protocol the new case gets
    // (its last version with its tasks), the tasks written, the webhook endpoint (is case.opened
    // wanted?), audit, COMMIT.
    let caseId = '';
    const sick = await roundTripsOf(async () => {
      const response = await postAsOwner(`/api/employees/${writer}/cases`, {
        classification: 'illness',
        firstSickDay: '2026-02-02',
        percentage: 100,
      })();
      caseId = response.json<{ id: string }>().id;
      return response;
    });
    expect(sick).toEqual({ statusCode: 201, roundTrips: 13 });
    // The session, BEGIN, the case's employee with its lock, the scope check with the employments,
    // the cases with their details, the case, the tasks read and replanned at once, the webhook
    // endpoint (is case.closed wanted?), audit, COMMIT.
    const recovery = await roundTripsOf(
      postAsOwner(`/api/cases/${caseId}/recovery`, { lastSickDay: '2026-02-03' }),
    );
    expect(recovery).toEqual({ statusCode: 200, roundTrips: 11 });
  });

  /** The transaction that wrote the newest audit entry of `action` (PostgreSQL's xmin). */
  async function transactionOfAudit(action: string, subjectId: string): Promise<string> {
    const [row] = await selectRows<{ xid: string }>(
      testApp.platform.database.db,
      sql`select xmin::text as xid from audit_log
        where action = ${action} and subject_id = ${subjectId} order by id desc limit 1`,
    );
    if (!row) throw new Error(`no audit entry ${action}`);
    return row.xid;
  }

  it('writes the audit entry of a dossier read in the transaction of the read and its visit', async () => {
    expect((await getDossier(ownerCookie)).statusCode).toBe(200);
    const [visit] = await selectRows<{ xid: string }>(
      testApp.platform.database.db,
      sql`select xmin::text as xid from employee_dossier_visits
        where user_id = ${owner.userId} and employee_id = ${employeeId}`,
    );
    expect(visit?.xid).toBe(await transactionOfAudit('employees.viewed', employeeId));
  });

  it('reports sick in one transaction: the case and its audit entry', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: `/api/employees/${employeeId}/cases`,
      headers: { ...fetchHeaders, cookie: ownerCookie },
      payload: { classification: 'illness', firstSickDay: '2026-03-02', percentage: 100 },
    });
    expect(response.statusCode, response.body).toBe(201);
    const caseId = response.json<{ id: string }>().id;
    const [stored] = await selectRows<{ xid: string }>(
      testApp.platform.database.db,
      sql`select xmin::text as xid from cases where id = ${caseId}`,
    );
    expect(stored?.xid).toBe(await transactionOfAudit('case.reported_sick', caseId));
  });

  it('leaves no audit entry behind when the transaction it was written in fails', async () => {
    const { database } = testApp.platform;
    const employerId = trustEmployerId(owner.employerId);
    const audit = auditBy(testApp.platform.audit, {
      employerId,
      userId: owner.userId,
      ip: '127.0.0.1',
      requestId: 'failing-write',
    });
    await expect(
      inTenant(database.db, employerId, async (tx) => {
        await audit.record({ action: 'employees.details_updated', subjectId: employeeId }, tx);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const entries = await listAuditEntries(database.db, { employerId, limit: 50 });
    expect(entries.filter((entry) => entry.requestId === 'failing-write')).toEqual([]);
  });

  it('answers /healthz with one round trip, also when a session cookie comes along', async () => {
    const { statusCode, roundTrips } = await roundTripsOf(() =>
      testApp.app.inject({ method: 'GET', url: '/healthz', headers: { cookie: ownerCookie } }),
    );
    expect(statusCode).toBe(200);
    expect(roundTrips).toBe(1);
  });

  it('applies a change of scope from the very next request', async () => {
    const user = await createTestUser(testApp, {
      role: 'super_user',
      employerId: owner.employerId,
    });
    const cookie = await logIn(testApp, user);
    expect((await getDossier(cookie)).statusCode).toBe(200);
    await setScope(testApp, user, { employeeIds: [] });
    expect((await getDossier(cookie)).statusCode).toBe(404);
  });

  it('refuses a blocked user on the very next request', async () => {
    const user = await createTestUser(testApp, {
      role: 'super_user',
      employerId: owner.employerId,
    });
    const cookie = await logIn(testApp, user);
    expect((await getDossier(cookie)).statusCode).toBe(200);
    await testApp.platform.database.db
      .update(users)
      .set({ blockedAt: testApp.clock.now() })
      .where(eq(users.id, user.userId));
    expect((await getDossier(cookie)).statusCode).toBe(401);
  });

  it('refuses an ended session on the very next request', async () => {
    const user = await createTestUser(testApp, {
      role: 'super_user',
      employerId: owner.employerId,
    });
    const cookie = await logIn(testApp, user);
    expect((await getDossier(cookie)).statusCode).toBe(200);
    await testApp.modules.auth.endAllSessionsOf(user.userId, 'ended_by_operator');
    expect((await getDossier(cookie)).statusCode).toBe(401);
  });
});
