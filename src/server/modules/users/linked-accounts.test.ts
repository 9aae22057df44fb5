import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CurrentUser } from '../../../contracts/auth.js';
import type { EmployerMember, MyEmployers } from '../../../contracts/linked-accounts.js';
import { permissionMatrix, roleSchema } from '../../../contracts/permissions.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { users } from './users.table.js';

describeEachDatabase('linked accounts and the employer switch', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const send = (
    cookie: string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: Record<string, unknown>,
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie, ...fetchHeaders },
      ...(payload === undefined ? {} : { payload }),
    });

  async function operator(role = 'operator_admin') {
    const user = await createTestUser(testApp);
    await testApp.platform.database.db
      .update(users)
      .set({ operatorRole: role })
      .where(eq(users.id, user.userId));
    return { user, cookie: await logIn(testApp, user) };
  }

  const me = async (cookie: string) =>
    ((await send(cookie, 'GET', '/api/auth/me')).json() as { user: CurrentUser }).user;

  it('links a login to a second employer with its own role; the user switches and back', async () => {
    const admin = await operator();
    const linked = await createTestUser(testApp, { role: 'super_user' });
    const second = await createTestUser(testApp);
    const link = await send(admin.cookie, 'POST', `/api/employers/${second.employerId}/members`, {
      loginName: linked.loginName,
      role: 'manager_without_reports',
    });
    expect(link.statusCode, link.body).toBe(204);

    const cookie = await logIn(testApp, linked);
    const before = await me(cookie);
    expect(before).toMatchObject({ role: 'super_user', canSwitchEmployer: true });
    const choices = (await send(cookie, 'GET', '/api/me/employers')).json() as MyEmployers;
    expect(choices.employers.map((choice) => [choice.id, choice.role]).sort()).toEqual(
      [
        [linked.employerId, 'super_user'],
        [second.employerId, 'manager_without_reports'],
      ].sort(),
    );

    const switched = await send(cookie, 'PUT', '/api/me/active-employer', {
      employerId: second.employerId,
    });
    expect(switched.statusCode).toBe(204);
    // Role (and so permissions) follow the employer: as manager, no user management.
    expect(await me(cookie)).toMatchObject({
      role: 'manager_without_reports',
      employer: { id: second.employerId },
    });
    expect((await send(cookie, 'GET', '/api/users')).statusCode).toBe(403);
    const structure = await send(cookie, 'GET', '/api/organisation/departments');
    expect(structure.json()).toMatchObject({ employer: { id: second.employerId } });

    await send(cookie, 'PUT', '/api/me/active-employer', { employerId: linked.employerId });
    expect(await me(cookie)).toMatchObject({ role: 'super_user' });
    expect((await send(cookie, 'GET', '/api/users')).statusCode).toBe(200);

    const actions = (
      await listAuditEntries(testApp.platform.database.db, {
        employerId: second.employerId,
        limit: 10,
      })
    ).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['users.account_linked', 'users.employer_switched']),
    );
  });

  it('refuses a switch to an employer the user is not linked to, as if it did not exist', async () => {
    const user = await createTestUser(testApp);
    const other = await createTestUser(testApp);
    const cookie = await logIn(testApp, user);
    const response = await send(cookie, 'PUT', '/api/me/active-employer', {
      employerId: other.employerId,
    });
    expect(response.statusCode).toBe(404);
    expect(await me(cookie)).toMatchObject({
      employer: { id: user.employerId },
      canSwitchEmployer: false,
    });
    const unknown = await send(cookie, 'PUT', '/api/me/active-employer', {
      employerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect(
      (await send('', 'PUT', '/api/me/active-employer', { employerId: user.employerId }))
        .statusCode,
    ).toBe(401);
  });

  it('lets an operator switch to any employer, found by search', async () => {
    const admin = await operator('case_manager');
    const target = await createTestUser(testApp);
    expect(await me(admin.cookie)).toMatchObject({ employer: null, canSwitchEmployer: true });
    const name = (await testApp.modules.organisation.getEmployer(target.employerId))?.name ?? '';
    const found = (
      await send(admin.cookie, 'GET', `/api/me/employers?search=${encodeURIComponent(name)}`)
    ).json() as MyEmployers;
    expect(found.employers.map((choice) => choice.id)).toEqual([target.employerId]);
    await send(admin.cookie, 'PUT', '/api/me/active-employer', { employerId: target.employerId });
    expect(await me(admin.cookie)).toMatchObject({
      role: 'case_manager',
      employer: { id: target.employerId, name },
    });
  });

  it('unlinks, but never from the last employer nor while the user manages a department there', async () => {
    const admin = await operator();
    const linked = await createTestUser(testApp);
    const second = await createTestUser(testApp);
    const members = `/api/employers/${second.employerId}/members`;
    await send(admin.cookie, 'POST', members, {
      loginName: linked.loginName,
      role: 'manager_with_reports',
    });
    const again = await send(admin.cookie, 'POST', members, {
      loginName: linked.loginName,
      role: 'super_user',
    });
    expect(again.json()).toMatchObject({ error: { code: 'account_already_linked' } });
    const list = (await send(admin.cookie, 'GET', members)).json() as {
      members: EmployerMember[];
    };
    expect(list.members.find((member) => member.id === linked.userId)).toMatchObject({
      role: 'manager_with_reports',
      employerCount: 2,
    });

    const secondId = trustEmployerId(second.employerId);
    const department = await testApp.modules.organisation.createDepartment(secondId, {
      name: 'Magazijn',
      parentId: null,
    });
    const superUserCookie = await logIn(testApp, second);
    await send(superUserCookie, 'PUT', `/api/organisation/departments/${department.id}/manager`, {
      managerUserId: linked.userId,
    });
    const managing = await send(admin.cookie, 'DELETE', `${members}/${linked.userId}`);
    expect(managing.json()).toMatchObject({ error: { code: 'account_manages_departments' } });
    await send(superUserCookie, 'PUT', `/api/organisation/departments/${department.id}/manager`, {
      managerUserId: second.userId,
    });
    expect((await send(admin.cookie, 'DELETE', `${members}/${linked.userId}`)).statusCode).toBe(
      204,
    );
    const last = await send(
      admin.cookie,
      'DELETE',
      `/api/employers/${linked.employerId}/members/${linked.userId}`,
    );
    expect(last.json()).toMatchObject({ error: { code: 'last_employer_link' } });
    expect((await send(admin.cookie, 'DELETE', `${members}/${linked.userId}`)).statusCode).toBe(
      404,
    );
  });

  it('refuses unknown logins and operator accounts as link targets', async () => {
    const admin = await operator();
    const target = await createTestUser(testApp);
    const members = `/api/employers/${target.employerId}/members`;
    const unknown = await send(admin.cookie, 'POST', members, {
      loginName: 'bestaat-niet',
      role: 'super_user',
    });
    expect(unknown.json()).toMatchObject({
      error: { fields: [{ path: 'loginName', code: 'unknown_login_name' }] },
    });
    const other = await operator('company_doctor');
    const operatorLink = await send(admin.cookie, 'POST', members, {
      loginName: other.user.loginName,
      role: 'super_user',
    });
    expect(operatorLink.json()).toMatchObject({
      error: { fields: [{ path: 'loginName', code: 'operator_account_not_linkable' }] },
    });
  });

  it('lets only roles with accounts.link see, link and unlink accounts', async () => {
    const target = await createTestUser(testApp);
    const members = `/api/employers/${target.employerId}/members`;
    for (const role of roleSchema.options) {
      const allowed = permissionMatrix[role].includes('accounts.link');
      const isOperator = ['operator_admin', 'case_manager', 'company_doctor'].includes(role);
      const cookie = isOperator
        ? (await operator(role)).cookie
        : await logIn(testApp, await createTestUser(testApp, { role }));
      expect((await send(cookie, 'GET', members)).statusCode, role).toBe(allowed ? 200 : 403);
      const post = await send(cookie, 'POST', members, { loginName: 'x', role: 'super_user' });
      expect(post.statusCode, role).toBe(allowed ? 400 : 403);
      const remove = await send(cookie, 'DELETE', `${members}/${target.userId}`);
      expect(remove.statusCode, role).toBe(allowed ? 409 : 403);
    }
  });
});
