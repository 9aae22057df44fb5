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
    employeeId = (
      await testApp.modules.employees.addEmployee(
        employerId,
        { firstName: 'Sanne', lastName: 'de Vries', gender: 'f', dateOfBirth: '1985-04-12' },
        {
          startDate: '2020-01-01',
          departmentId,
          contractHoursPerWeek: '32.00',
          employmentType: 'permanent',
        },
      )
    ).id;
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
