import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ErrorResponse } from '../../../contracts/common.js';
import { employerRoles, roleHasPermission, roleSchema } from '../../../contracts/permissions.js';
import type { UserDetailResponse, UserScopeResponse } from '../../../contracts/users.js';
import { selectRows } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { hashPassword } from '../../platform/crypto/passwords.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';

describeEachDatabase('Gebruikersbeheer: add, edit, deactivate, scope', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
  const call = (method: Method, url: string, cookie: string, payload?: unknown) =>
    testApp.app.inject({
      method,
      url,
      headers: { ...fetchHeaders, cookie },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  /** Logs in, a TOTP step later than any earlier login (a code is accepted only once). */
  async function logInLater(user: TestUser): Promise<string> {
    testApp.clock.advance(31_000);
    return logIn(testApp, user);
  }

  let memberCounter = 0;
  /** One more account at the employer, with password and authenticator app. */
  async function addMember(
    employerId: string,
    role: string,
    scopeMode: 'inherited' | 'explicit' = 'inherited',
  ): Promise<TestUser> {
    memberCounter += 1;
    const loginName = `lid-${memberCounter}-${Math.random().toString(36).slice(2, 8)}`;
    const password = `correct horse battery ${loginName}`;
    const user = await testApp.modules.users.createEmployerUser(trustEmployerId(employerId), {
      loginName,
      email: `${loginName}@example.test`,
      firstName: 'Lid',
      lastName: `Nummer ${memberCounter}`,
      role,
      scopeMode,
      passwordHash: await hashPassword(password),
    });
    const { secret } = await testApp.modules.factors.enrolTotp(user.id, loginName);
    return { userId: user.id, employerId, loginName, password, totpSecret: secret };
  }

  const actionsOf = async (userId: string) =>
    (
      await testApp.platform.database.sql.query<{ action: string; subject_id: string | null }>(
        'select action, subject_id from audit_log where user_id = $1 order by id',
        [userId],
      )
    ).rows;

  const mailsTo = async (address: string) => {
    await testApp.modules.auth.settled();
    const recent = await testApp.platform.outbox.listRecent(1000);
    return recent.filter((message) => message.recipient === address);
  };

  const newUser = (tag: string, overrides: Record<string, unknown> = {}) => ({
    firstName: 'Mila',
    lastName: `Visser ${tag}`,
    gender: 'f',
    email: `mila-${tag}@example.test`,
    role: 'manager_with_reports',
    loginName: `mila.${tag}`,
    inheritScope: false,
    ...overrides,
  });

  const fieldCodes = (body: string) =>
    ((JSON.parse(body) as ErrorResponse).error.fields ?? []).map(
      (field) => `${field.path}:${field.code}`,
    );

  it('adds a user, mails the first-login link, and audits it', async () => {
    const superUser = await createTestUser(testApp);
    const cookie = await logInLater(superUser);
    const response = await call('POST', '/api/users', cookie, newUser('a'));
    expect(response.statusCode).toBe(201);
    const { user } = response.json() as UserDetailResponse;
    expect(user).toMatchObject({
      loginName: 'mila.a',
      firstName: 'Mila',
      lastName: 'Visser a',
      gender: 'f',
      role: 'manager_with_reports',
      status: 'invited',
      scopeMode: 'explicit',
      validFrom: null,
      validUntil: null,
      deactivatedAt: null,
      isSelf: false,
    });
    const mails = await mailsTo('mila-a@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.bodyText).toContain('mila.a');
    expect(mails[0]?.bodyText).toMatch(/account-instellen#token=/);
    expect(await actionsOf(superUser.userId)).toContainEqual({
      action: 'users.created',
      subject_id: user.id,
    });
    expect((await actionsOf(user.id)).map((row) => row.action)).toContain('auth.invite_sent');
    // Without autorisatie-overname the new user sees no employees, and is told so.
    const actor = await testApp.modules.users.resolveActor(
      { id: 'test', userId: user.id, activeEmployerId: null },
      { ip: '127.0.0.1', requestId: 'test' },
    );
    expect(actor?.scope).toEqual({ kind: 'selection', departmentIds: [], employeeIds: [] });
    expect((await testApp.modules.users.describeCurrentUser(user.id, null))?.seesNoEmployees).toBe(
      true,
    );
  });

  it('refuses a taken login name in any case, operator roles, and a validity ending before it starts', async () => {
    const superUser = await createTestUser(testApp);
    const cookie = await logInLater(superUser);
    expect((await call('POST', '/api/users', cookie, newUser('b'))).statusCode).toBe(201);
    const taken = await call('POST', '/api/users', cookie, newUser('c', { loginName: 'MILA.B' }));
    expect(taken.statusCode).toBe(400);
    expect(fieldCodes(taken.body)).toEqual(['loginName:login_name_taken']);
    // The message is the translated field message, not the code.
    expect(taken.body).not.toContain('"message":"login_name_taken"');
    for (const role of ['operator_admin', 'case_manager', 'company_doctor', 'nobody']) {
      const refused = await call('POST', '/api/users', cookie, newUser(`r-${role}`, { role }));
      expect(refused.statusCode, role).toBe(400);
      expect(fieldCodes(refused.body)[0], role).toMatch(/^role:/);
    }
    const backwards = await call(
      'POST',
      '/api/users',
      cookie,
      newUser('d', { validFrom: '2026-04-01', validUntil: '2026-03-31' }),
    );
    expect(fieldCodes(backwards.body)).toEqual(['validUntil:valid_until_before_valid_from']);
    const { rows } = await testApp.platform.database.sql.query(
      "select 1 from users where login_name in ('mila.c', 'mila.d')",
    );
    expect(rows).toHaveLength(0);
  });

  it('a new e-mail address of an invited user gets a new invitation; the old link stops working', async () => {
    const superUser = await createTestUser(testApp);
    const cookie = await logInLater(superUser);
    const created = await call('POST', '/api/users', cookie, newUser('mail'));
    const { user } = created.json() as UserDetailResponse;
    const tokenIn = (body: string | null | undefined) => /#token=([\w-]+)/.exec(body ?? '')?.[1];
    const [invitation] = await mailsTo('mila-mail@example.test');
    const oldToken = tokenIn(invitation?.bodyText);
    expect(oldToken).toBeDefined();
    expect(await testApp.modules.auth.checkLink(oldToken ?? '')).toBe('set_password');

    // A change of name alone sends nothing.
    await call('PATCH', `/api/users/${user.id}`, cookie, { firstName: 'Milou' });
    expect(await mailsTo('mila-mail@example.test')).toHaveLength(1);

    const moved = await call('PATCH', `/api/users/${user.id}`, cookie, {
      email: 'milou-nieuw@example.test',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const [second] = await mailsTo('milou-nieuw@example.test');
    expect(second?.bodyText).toContain('mila.mail');
    const newToken = tokenIn(second?.bodyText);
    expect(await testApp.modules.auth.checkLink(newToken ?? '')).toBe('set_password');
    expect(await testApp.modules.auth.checkLink(oldToken ?? '')).toBeUndefined();
    expect(await mailsTo('mila-mail@example.test')).toHaveLength(1);

    // An active user's new address gets no invitation.
    const active = await addMember(superUser.employerId, 'absence_reporter');
    await call('PATCH', `/api/users/${active.userId}`, cookie, { email: 'actief@example.test' });
    expect(await mailsTo('actief@example.test')).toEqual([]);
  });

  it('edits login name, names, e-mail, gender, role and validity, and audits what changed', async () => {
    const superUser = await createTestUser(testApp);
    const target = await addMember(superUser.employerId, 'absence_reporter');
    const cookie = await logInLater(superUser);
    const response = await call('PATCH', `/api/users/${target.userId}`, cookie, {
      loginName: `nieuw-${target.loginName}`,
      firstName: 'Noor',
      lastName: 'Bakker',
      email: 'noor@example.test',
      gender: 'x',
      role: 'manager_without_reports',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
    });
    expect(response.statusCode).toBe(200);
    expect((response.json() as UserDetailResponse).user).toMatchObject({
      loginName: `nieuw-${target.loginName}`,
      firstName: 'Noor',
      lastName: 'Bakker',
      email: 'noor@example.test',
      gender: 'x',
      role: 'manager_without_reports',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      status: 'active',
    });
    const { rows } = await testApp.platform.database.sql.query<{ details: unknown }>(
      "select details from audit_log where user_id = $1 and action = 'users.updated'",
      [superUser.userId],
    );
    expect(rows[0]?.details).toMatchObject({
      roleBefore: 'absence_reporter',
      roleAfter: 'manager_without_reports',
    });
    const other = await addMember(superUser.employerId, 'absence_reporter');
    const clash = await call('PATCH', `/api/users/${other.userId}`, cookie, {
      loginName: `NIEUW-${target.loginName}`,
    });
    expect(fieldCodes(clash.body)).toEqual(['loginName:login_name_taken']);
    // Its own login name in another case is no clash.
    const own = await call('PATCH', `/api/users/${other.userId}`, cookie, {
      loginName: other.loginName.toUpperCase(),
    });
    expect(own.statusCode).toBe(200);
  });

  it('ends validity: past the last day the status is verlopen and login is refused', async () => {
    const superUser = await createTestUser(testApp);
    const target = await addMember(superUser.employerId, 'manager_with_reports');
    const cookie = await logInLater(superUser);
    const targetCookie = await logInLater(target);
    const today = amsterdamDateOf(testApp.clock.now());
    await call('PATCH', `/api/users/${target.userId}`, cookie, { validUntil: today });
    expect((await call('GET', '/api/auth/me', targetCookie)).statusCode).toBe(200);
    testApp.clock.advance(24 * 60 * 60_000);
    const detail = await call('GET', `/api/users/${target.userId}`, await logInLater(superUser));
    expect((detail.json() as UserDetailResponse).user.status).toBe('expired');
    // Reaching valid_until ends the running session and refuses a new login (generic message).
    expect((await call('GET', '/api/auth/me', targetCookie)).statusCode).toBe(401);
    const login = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: fetchHeaders,
      payload: { loginName: target.loginName, password: target.password },
    });
    expect(login.statusCode).toBe(401);
    expect((login.json() as ErrorResponse).error.code).toBe('invalid_credentials');
  });

  it('deactivates at once (sessions end, login refused, status verlopen) and reactivates with a fresh 2FA login', async () => {
    const superUser = await createTestUser(testApp);
    const target = await addMember(superUser.employerId, 'manager_with_reports');
    const cookie = await logInLater(superUser);
    const targetCookie = await logInLater(target);
    expect((await call('GET', '/api/auth/me', targetCookie)).statusCode).toBe(200);

    const deactivated = await call('POST', `/api/users/${target.userId}/deactivate`, cookie);
    expect(deactivated.statusCode).toBe(204);
    expect((await call('GET', '/api/auth/me', targetCookie)).statusCode).toBe(401);
    const { rows: sessions } = await testApp.platform.database.sql.query<{
      end_reason: string | null;
    }>('select end_reason from sessions where user_id = $1', [target.userId]);
    expect(sessions.map((row) => row.end_reason)).toContain('deactivated');
    expect(sessions.filter((row) => row.end_reason === null)).toEqual([]);
    const detail = await call('GET', `/api/users/${target.userId}`, cookie);
    expect((detail.json() as UserDetailResponse).user.status).toBe('expired');
    const login = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: fetchHeaders,
      payload: { loginName: target.loginName, password: target.password },
    });
    expect((login.json() as ErrorResponse).error.code).toBe('invalid_credentials');
    // No reset link for a deactivated account.
    const reset = await call('POST', `/api/users/${target.userId}/password-reset`, cookie);
    expect(reset.statusCode).toBe(409);

    const reactivated = await call('POST', `/api/users/${target.userId}/reactivate`, cookie);
    expect(reactivated.statusCode).toBe(204);
    // The old session stays ended; the password alone gives no session, the second factor does.
    expect((await call('GET', '/api/auth/me', targetCookie)).statusCode).toBe(401);
    testApp.clock.advance(31_000);
    const again = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: fetchHeaders,
      payload: { loginName: target.loginName, password: target.password },
    });
    expect(again.json()).toMatchObject({ status: 'second_factor_required' });
    await logIn(testApp, target);
    const audited = (await actionsOf(superUser.userId)).map((row) => row.action);
    expect(audited).toEqual(expect.arrayContaining(['users.deactivated', 'users.reactivated']));
    // Never deleted: the account and its history are still there.
    expect((await actionsOf(target.userId)).length).toBeGreaterThan(0);
  });

  it('mails a password-reset link on request of a user manager', async () => {
    const superUser = await createTestUser(testApp);
    const target = await addMember(superUser.employerId, 'absence_reporter');
    const cookie = await logInLater(superUser);
    const response = await call('POST', `/api/users/${target.userId}/password-reset`, cookie);
    expect(response.statusCode).toBe(202);
    const mails = await mailsTo(`${target.loginName}@example.test`);
    expect(mails.map((mail) => mail.bodyText).join('\n')).toMatch(/wachtwoord-herstellen#token=/);
    expect(await actionsOf(superUser.userId)).toContainEqual({
      action: 'users.password_reset_sent',
      subject_id: target.userId,
    });
  });

  it('never lets a user manager deactivate themselves or remove the last user manager', async () => {
    const superUser = await createTestUser(testApp);
    const cookie = await logInLater(superUser);
    const self = await call('POST', `/api/users/${superUser.userId}/deactivate`, cookie);
    expect(self.statusCode).toBe(409);
    expect((self.json() as ErrorResponse).error.code).toBe('cannot_deactivate_self');
    const demote = await call('PATCH', `/api/users/${superUser.userId}`, cookie, {
      role: 'manager_with_reports',
    });
    expect((demote.json() as ErrorResponse).error.code).toBe('last_user_manager');
    const endSelf = await call('PATCH', `/api/users/${superUser.userId}`, cookie, {
      validUntil: '2026-01-31',
    });
    expect((endSelf.json() as ErrorResponse).error.code).toBe('last_user_manager');

    // With a second super user, either may step down.
    const colleague = await addMember(superUser.employerId, 'super_user_no_signals');
    const demoted = await call('PATCH', `/api/users/${superUser.userId}`, cookie, {
      role: 'manager_with_reports',
    });
    expect(demoted.statusCode).toBe(200);
    // Now the colleague is the last one: an operator admin acting for the employer cannot
    // deactivate them either.
    const admin = await createTestUser(testApp, { role: 'absence_reporter' });
    await testApp.platform.database.sql.query(
      "update users set operator_role = 'operator_admin' where id = $1",
      [admin.userId],
    );
    const adminCookie = await logInLater(admin);
    // The operator chooses the employer to act for (the header switch, set directly here).
    await testApp.platform.database.sql.query(
      `update sessions set active_employer_id = $1 where user_id = $2 and ended_at is null`,
      [superUser.employerId, admin.userId],
    );
    const last = await call('POST', `/api/users/${colleague.userId}/deactivate`, adminCookie);
    expect((last.json() as ErrorResponse).error.code).toBe('last_user_manager');
    const manager = await addMember(superUser.employerId, 'manager_with_reports');
    expect(
      (await call('POST', `/api/users/${manager.userId}/deactivate`, adminCookie)).statusCode,
    ).toBe(204);
  });

  /** An employer with Zorg > Wijk Noord, Keuken, and one employee in each. */
  async function employerWithStaff() {
    const superUser = await createTestUser(testApp);
    const employerId = trustEmployerId(superUser.employerId);
    const { organisation, employees } = testApp.modules;
    const zorg = await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null });
    const noord = await organisation.createDepartment(employerId, {
      name: 'Wijk Noord',
      parentId: zorg.id,
    });
    const keuken = await organisation.createDepartment(employerId, {
      name: 'Keuken',
      parentId: null,
    });
    const hire = (lastName: string, departmentId: string) =>
      hireEmployee(employees, employerId, { departmentId, startDate: '2025-01-01' }, { lastName });
    const inZorg = await hire('Zorgman', zorg.id);
    const inNoord = await hire('Noorderling', noord.id);
    const inKeuken = await hire('Kok', keuken.id);
    return { superUser, employerId, zorg, noord, keuken, inZorg, inNoord, inKeuken, hire };
  }

  /** The employee ids a user's dossier scope lets through, via the employees' scope condition. */
  async function visibleTo(userId: string, employerId: AuthorizedEmployerId): Promise<string[]> {
    const actor = await testApp.modules.users.resolveActor(
      { id: 'test', userId, activeEmployerId: employerId },
      { ip: '127.0.0.1', requestId: 'test' },
    );
    if (!actor) throw new Error('no actor');
    const condition = testApp.modules.employees.scopeCondition(
      actor.scope,
      sql`employee.id`,
      amsterdamDateOf(testApp.clock.now()),
    );
    const rows = await inTenant(testApp.platform.database.db, employerId, (tx) =>
      selectRows<{ id: string }>(
        tx,
        sql`select employee.id from employees employee where ${condition} order by employee.id`,
      ),
    );
    return rows.map((row) => row.id);
  }

  it('sets Dossiertoegang to a department: the manager then sees that department and its sub-departments, also new ones', async () => {
    const staff = await employerWithStaff();
    const manager = await addMember(staff.employerId, 'manager_with_reports', 'explicit');
    const cookie = await logInLater(staff.superUser);
    expect(await visibleTo(manager.userId, staff.employerId)).toEqual([]);
    const before = await call('GET', `/api/users/${manager.userId}/scope`, cookie);
    expect(before.json()).toEqual({
      mode: 'explicit',
      wholeEmployer: false,
      departmentIds: [],
      employees: [],
    });

    const put = await call('PUT', `/api/users/${manager.userId}/scope`, cookie, {
      mode: 'explicit',
      wholeEmployer: false,
      departmentIds: [staff.zorg.id],
      employeeIds: [staff.inKeuken],
    });
    expect(put.statusCode).toBe(200);
    const stored = (
      await call('GET', `/api/users/${manager.userId}/scope`, cookie)
    ).json() as UserScopeResponse;
    expect(stored.departmentIds).toEqual([staff.zorg.id]);
    expect(stored.employees).toEqual([
      { id: staff.inKeuken, name: 'Sam Kok', departmentId: staff.keuken.id },
    ]);
    expect(new Set(await visibleTo(manager.userId, staff.employerId))).toEqual(
      new Set([staff.inZorg, staff.inNoord, staff.inKeuken]),
    );

    // Only the department now; a sub-department made afterwards comes along.
    await call('PUT', `/api/users/${manager.userId}/scope`, cookie, {
      mode: 'explicit',
      wholeEmployer: false,
      departmentIds: [staff.zorg.id],
      employeeIds: [],
    });
    const zuid = await testApp.modules.organisation.createDepartment(staff.employerId, {
      name: 'Wijk Zuid',
      parentId: staff.noord.id,
    });
    const inZuid = await staff.hire('Zuiderling', zuid.id);
    expect(new Set(await visibleTo(manager.userId, staff.employerId))).toEqual(
      new Set([staff.inZorg, staff.inNoord, inZuid]),
    );
    expect(
      (await testApp.modules.users.describeCurrentUser(manager.userId, null))?.seesNoEmployees,
    ).toBe(false);

    // Whole employer, and back to autorisatie-overname: everyone; the selection is dropped.
    await call('PUT', `/api/users/${manager.userId}/scope`, cookie, {
      mode: 'inherited',
      wholeEmployer: false,
      departmentIds: [staff.keuken.id],
      employeeIds: [],
    });
    expect(await visibleTo(manager.userId, staff.employerId)).toHaveLength(4);
    const inherited = (
      await call('GET', `/api/users/${manager.userId}/scope`, cookie)
    ).json() as UserScopeResponse;
    expect(inherited).toEqual({
      mode: 'inherited',
      wholeEmployer: false,
      departmentIds: [],
      employees: [],
    });
    expect(
      (await actionsOf(staff.superUser.userId)).filter(
        (row) => row.action === 'users.scope_changed',
      ),
    ).toHaveLength(3);
  });

  it('lists the employees of one department for the scope tree, within the actor’s own scope', async () => {
    const staff = await employerWithStaff();
    const cookie = await logInLater(staff.superUser);
    const listed = await call(
      'GET',
      `/api/users/scope-tree/departments/${staff.zorg.id}/employees`,
      cookie,
    );
    expect(listed.json()).toEqual({
      employees: [{ id: staff.inZorg, name: 'Sam Zorgman', departmentId: staff.zorg.id }],
    });
    // A super user limited to Keuken sees no one in Zorg.
    const limited = await addMember(staff.employerId, 'super_user', 'explicit');
    const limitedCookie = await logInLater(limited);
    await call('PUT', `/api/users/${limited.userId}/scope`, cookie, {
      mode: 'explicit',
      wholeEmployer: false,
      departmentIds: [staff.keuken.id],
      employeeIds: [],
    });
    const none = await call(
      'GET',
      `/api/users/scope-tree/departments/${staff.zorg.id}/employees`,
      limitedCookie,
    );
    expect(none.json()).toEqual({ employees: [] });
  });

  it("refuses another employer's departments, employees and users (field error or 404)", async () => {
    const mine = await employerWithStaff();
    const theirs = await employerWithStaff();
    const manager = await addMember(mine.employerId, 'manager_with_reports', 'explicit');
    const cookie = await logInLater(mine.superUser);
    const scope = (departmentIds: string[], employeeIds: string[]) =>
      call('PUT', `/api/users/${manager.userId}/scope`, cookie, {
        mode: 'explicit',
        wholeEmployer: false,
        departmentIds,
        employeeIds,
      });
    const foreignDepartment = await scope([mine.zorg.id, theirs.zorg.id], []);
    expect(fieldCodes(foreignDepartment.body)).toEqual(['departmentIds:unknown_department']);
    const foreignEmployee = await scope([], [theirs.inKeuken]);
    expect(fieldCodes(foreignEmployee.body)).toEqual(['employeeIds:unknown_employee']);
    expect(await visibleTo(manager.userId, mine.employerId)).toEqual([]);
    expect(
      (await call('GET', `/api/users/scope-tree/departments/${theirs.zorg.id}/employees`, cookie))
        .statusCode,
    ).toBe(404);

    const stranger = theirs.superUser.userId;
    const attempts: [Method, string, unknown?][] = [
      ['GET', `/api/users/${stranger}`],
      ['PATCH', `/api/users/${stranger}`, { firstName: 'Hacked' }],
      ['POST', `/api/users/${stranger}/password-reset`],
      ['POST', `/api/users/${stranger}/deactivate`],
      ['POST', `/api/users/${stranger}/reactivate`],
      ['GET', `/api/users/${stranger}/scope`],
      [
        'PUT',
        `/api/users/${stranger}/scope`,
        { mode: 'inherited', wholeEmployer: false, departmentIds: [], employeeIds: [] },
      ],
      ['POST', `/api/users/${stranger}/unblock`],
    ];
    for (const [method, url, payload] of attempts) {
      const response = await call(method, url, cookie, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const { rows } = await testApp.platform.database.sql.query<{
      first_name: string;
      deactivated_at: Date | null;
    }>('select first_name, deactivated_at from users where id = $1', [stranger]);
    expect(rows[0]).toEqual({ first_name: 'Test', deactivated_at: null });
  });

  it('answers every Gebruikersbeheer route by the permission matrix: 403 without users.manage, 401 without login', async () => {
    const target = await createTestUser(testApp);
    const id = target.userId;
    const departmentId = '00000000-0000-4000-8000-000000000000';
    const routes = (tag: string): [Method, string, unknown?][] => [
      ['GET', '/api/users'],
      ['POST', '/api/users', newUser(`matrix-${tag}`)],
      ['GET', `/api/users/${id}`],
      ['PATCH', `/api/users/${id}`, { firstName: 'X' }],
      ['POST', `/api/users/${id}/password-reset`],
      ['POST', `/api/users/${id}/deactivate`],
      ['POST', `/api/users/${id}/reactivate`],
      ['GET', `/api/users/${id}/scope`],
      [
        'PUT',
        `/api/users/${id}/scope`,
        { mode: 'inherited', wholeEmployer: false, departmentIds: [], employeeIds: [] },
      ],
      ['GET', `/api/users/scope-tree/departments/${departmentId}/employees`],
    ];
    let tried = 0;
    for (const role of roleSchema.options) {
      const isOperator = !(employerRoles as readonly string[]).includes(role);
      const user = await createTestUser(testApp, { role: isOperator ? 'absence_reporter' : role });
      if (isOperator) {
        await testApp.platform.database.sql.query(
          'update users set operator_role = $1 where id = $2',
          [role, user.userId],
        );
      }
      const cookie = await logInLater(user);
      const allowed = roleHasPermission(role, 'users.manage');
      for (const [method, url, payload] of routes(role)) {
        const response = await call(method, url, cookie, payload);
        tried += 1;
        if (allowed) {
          // Allowed roles reach the use case: the other employer's account is not found, the
          // list answers (an operator without a chosen employer is asked to choose one).
          expect(response.statusCode, `${role} ${method} ${url}`).not.toBe(401);
          if (!isOperator) {
            expect([200, 201, 404], `${role} ${method} ${url}`).toContain(response.statusCode);
          }
        } else {
          expect(response.statusCode, `${role} ${method} ${url}`).toBe(403);
        }
      }
    }
    for (const [method, url, payload] of routes('anonymous')) {
      expect((await call(method, url, '', payload)).statusCode, `${method} ${url}`).toBe(401);
    }
    expect(tried).toBe(roleSchema.options.length * routes('count').length);
  });
});
