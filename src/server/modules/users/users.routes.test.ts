import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserListResponse } from '../../../contracts/users.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { createTestApp, createTestUser, logIn, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { users } from './users.table.js';
import { userStatusOf } from './users.usecases.js';

describeEachDatabase('the user list of Gebruikersbeheer', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const setUser = (userId: string, values: Partial<typeof users.$inferInsert>) =>
    testApp.platform.database.db.update(users).set(values).where(eq(users.id, userId));

  const listOf = (cookie: string) =>
    testApp.app.inject({ method: 'GET', url: '/api/users', headers: { cookie } });

  /** A super user's employer with four more accounts, one in each status. */
  async function employerWithUsers(tag: string) {
    const superUser = await createTestUser(testApp);
    const employerId = trustEmployerId(superUser.employerId);
    const add = (firstName: string, lastName: string, role: string) =>
      testApp.modules.users.createEmployerUser(employerId, {
        loginName: `${lastName.toLowerCase()}-${tag}`,
        email: `${lastName.toLowerCase()}-${tag}@example.test`,
        firstName,
        lastName,
        role,
      });
    const blocked = await add('Bram', 'Bakker', 'manager_with_reports');
    await setUser(blocked.id, { blockedAt: testApp.clock.now(), setupCompletedAt: new Date(0) });
    const expired = await add('Eva', 'Visser', 'absence_reporter');
    await setUser(expired.id, { validUntil: '2026-03-01', setupCompletedAt: new Date(0) });
    const active = await add('Anna', 'de Jong', 'super_user_no_signals');
    await setUser(active.id, { setupCompletedAt: new Date(0) });
    const invited = await add('Ivo', 'Aalders', 'manager_without_reports');
    return { superUser, employerId, blocked, expired, active, invited };
  }

  it("lists the employer's accounts by last name, with role and status, and audits the read", async () => {
    const { superUser, employerId, blocked, expired, active, invited } =
      await employerWithUsers('a');
    const response = await listOf(await logIn(testApp, superUser));
    expect(response.statusCode).toBe(200);
    const body = response.json() as UserListResponse;
    expect(body.users.map((user) => user.displayName)).toEqual([
      'Ivo Aalders',
      'Bram Bakker',
      'Anna de Jong',
      'Test Gebruiker',
      'Eva Visser',
    ]);
    const byId = new Map(body.users.map((user) => [user.id, user]));
    expect(byId.get(blocked.id)).toEqual({
      id: blocked.id,
      loginName: 'bakker-a',
      displayName: 'Bram Bakker',
      email: 'bakker-a@example.test',
      role: 'manager_with_reports',
      status: 'blocked',
    });
    expect(byId.get(expired.id)?.status).toBe('expired');
    expect(byId.get(active.id)?.status).toBe('active');
    expect(byId.get(invited.id)?.status).toBe('invited');
    // The super user has an authenticator app, so counts as set up.
    expect(byId.get(superUser.userId)).toMatchObject({ role: 'super_user', status: 'active' });

    const { rows } = await testApp.platform.database.sql.query<{
      employer_id: string;
      details: { count: number };
    }>(
      "select employer_id, details from audit_log where user_id = $1 and action = 'users.listed'",
      [superUser.userId],
    );
    expect(rows).toEqual([{ employer_id: employerId, details: { count: 5 } }]);
  });

  it('never lists the accounts of another employer', async () => {
    const first = await employerWithUsers('b');
    const second = await employerWithUsers('c');
    const body = (await listOf(await logIn(testApp, second.superUser))).json() as UserListResponse;
    const ids = body.users.map((user) => user.id);
    expect(ids).toHaveLength(5);
    for (const id of [first.superUser.userId, first.blocked.id, first.invited.id]) {
      expect(ids).not.toContain(id);
    }
    expect(ids).toContain(second.blocked.id);
  });

  it('refuses roles without users.manage (403) and anonymous visitors (401)', async () => {
    for (const role of ['manager_with_reports', 'absence_reporter', 'case_manager']) {
      const user = await createTestUser(testApp, { role });
      expect((await listOf(await logIn(testApp, user))).statusCode, role).toBe(403);
    }
    expect((await listOf('')).statusCode).toBe(401);
  });
});

describe('the status of an account', () => {
  const now = new Date('2026-03-02T08:00:00Z');
  const setUp = {
    validUntil: null,
    blockedAt: null,
    deactivatedAt: null,
    setupCompletedAt: now,
    hasSecondFactor: true,
  };

  it('is expired when deactivated or past its last valid day (Dutch date), before anything else', () => {
    expect(userStatusOf({ ...setUp, deactivatedAt: now, blockedAt: now }, now)).toBe('expired');
    expect(userStatusOf({ ...setUp, validUntil: '2026-03-01' }, now)).toBe('expired');
    expect(userStatusOf({ ...setUp, validUntil: '2026-03-02' }, now)).toBe('active');
    // 23:30 UTC on 1 March is already 2 March in the Netherlands.
    expect(
      userStatusOf({ ...setUp, validUntil: '2026-03-01' }, new Date('2026-03-01T23:30:00Z')),
    ).toBe('expired');
    expect(userStatusOf({ ...setUp, deactivatedAt: new Date('2026-04-01T00:00:00Z') }, now)).toBe(
      'active',
    );
  });

  it('is blocked before invited, and invited only without setup and without a second factor', () => {
    expect(
      userStatusOf(
        { ...setUp, blockedAt: now, setupCompletedAt: null, hasSecondFactor: false },
        now,
      ),
    ).toBe('blocked');
    expect(userStatusOf({ ...setUp, setupCompletedAt: null, hasSecondFactor: false }, now)).toBe(
      'invited',
    );
    expect(userStatusOf({ ...setUp, setupCompletedAt: null }, now)).toBe('active');
    expect(userStatusOf(setUp, now)).toBe('active');
  });
});
