import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { trustEmployerId } from './db/tenancy.js';
import { users } from './modules/users/users.table.js';
import { createTestApp, createTestUser, logIn, type TestApp, type TestUser } from './test/app.js';
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

  /** The round trips one request makes (the first read of an employer may warm a cache). */
  async function roundTripsOf(request: () => Promise<{ statusCode: number }>) {
    const before = testApp.platform.database.roundTrips();
    const response = await request();
    return {
      statusCode: response.statusCode,
      roundTrips: testApp.platform.database.roundTrips() - before,
    };
  }

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
