import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentSummary, EmployerDetails } from '../../../contracts/organisation.js';
import { permissionMatrix, type Role, roleSchema } from '../../../contracts/permissions.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
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
import { users } from '../users/users.table.js';

const allRoles = roleSchema.options;
const rolesWith = (permission: string) =>
  allRoles.filter((role) => (permissionMatrix[role] as readonly string[]).includes(permission));
const rolesWithout = (permission: string) =>
  allRoles.filter((role) => !(permissionMatrix[role] as readonly string[]).includes(permission));

describeEachDatabase('managing the organisation structure', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  /**
   * A user of `role` acting for their own employer. Operator roles get an employer user turned
   * operator, whose session is then switched to that employer (the header switch).
   */
  async function actorWithRole(role: Role): Promise<{ user: TestUser; cookie: string }> {
    const isOperator = ['operator_admin', 'case_manager', 'company_doctor'].includes(role);
    const user = await createTestUser(testApp, { role: isOperator ? 'super_user' : role });
    if (isOperator) {
      await testApp.platform.database.db
        .update(users)
        .set({ operatorRole: role })
        .where(eq(users.id, user.userId));
    }
    const cookie = await logIn(testApp, user);
    if (isOperator) {
      const switched = await send(cookie, 'PUT', '/api/me/active-employer', {
        employerId: user.employerId,
      });
      expect(switched.statusCode).toBe(204);
    }
    return { user, cookie };
  }

  const send = (
    cookie: string,
    method: 'POST' | 'PATCH' | 'PUT' | 'GET',
    url: string,
    payload?: unknown,
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie, ...fetchHeaders },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  const departmentOf = (response: { json(): unknown }) =>
    (response.json() as { department: DepartmentSummary }).department;

  const create = async (cookie: string, name: string, parentId: string | null = null) => {
    const response = await send(cookie, 'POST', '/api/organisation/departments', {
      name,
      parentId,
    });
    expect(response.statusCode, response.body).toBe(201);
    return departmentOf(response);
  };

  describe('every role against the matrix', () => {
    it('creates departments exactly for the roles with organisation.manage', async () => {
      for (const role of allRoles) {
        const { cookie } = await actorWithRole(role);
        const response = await send(cookie, 'POST', '/api/organisation/departments', {
          name: `Afdeling ${role}`,
          parentId: null,
        });
        const allowed = rolesWith('organisation.manage').includes(role);
        expect(response.statusCode, role).toBe(allowed ? 201 : 403);
      }
    });

    it('reads the structure exactly for the roles with organisation.read', async () => {
      for (const role of allRoles) {
        const { cookie } = await actorWithRole(role);
        const response = await send(cookie, 'GET', '/api/organisation/departments');
        const allowed = rolesWith('organisation.read').includes(role);
        expect(response.statusCode, role).toBe(allowed ? 200 : 403);
      }
    });

    it('refuses rename, move, close and manager changes to roles without organisation.manage', async () => {
      const { cookie: owner, user } = await actorWithRole('super_user');
      const department = await create(owner, 'Logistiek');
      for (const role of rolesWithout('organisation.manage')) {
        const { cookie } = await actorWithRole(role);
        const url = `/api/organisation/departments/${department.id}`;
        expect((await send(cookie, 'PATCH', url, { name: 'X' })).statusCode, role).toBe(403);
        expect((await send(cookie, 'POST', `${url}/close`, {})).statusCode, role).toBe(403);
        expect(
          (await send(cookie, 'PUT', `${url}/manager`, { managerUserId: user.userId })).statusCode,
          role,
        ).toBe(403);
        expect((await send(cookie, 'GET', '/api/organisation/managers')).statusCode, role).toBe(
          403,
        );
      }
    });
  });

  it('creates, renames and moves a department, and audits each change', async () => {
    const { cookie, user } = await actorWithRole('super_user');
    const zorg = await create(cookie, 'Zorg');
    const facilitair = await create(cookie, 'Facilitair');
    const team = await create(cookie, 'Team Noord', zorg.id);
    expect(team).toMatchObject({ parentId: zorg.id, name: 'Team Noord', employeeCount: 0 });

    const renamed = await send(cookie, 'PATCH', `/api/organisation/departments/${team.id}`, {
      name: 'Team Noordoost',
    });
    expect(departmentOf(renamed)).toMatchObject({ name: 'Team Noordoost', parentId: zorg.id });
    const moved = await send(cookie, 'PATCH', `/api/organisation/departments/${team.id}`, {
      parentId: facilitair.id,
    });
    expect(departmentOf(moved)).toMatchObject({ name: 'Team Noordoost', parentId: facilitair.id });
    const toTop = await send(cookie, 'PATCH', `/api/organisation/departments/${team.id}`, {
      parentId: null,
    });
    expect(departmentOf(toTop).parentId).toBeNull();

    const actions = (
      await listAuditEntries(testApp.platform.database.db, {
        employerId: user.employerId,
        limit: 20,
      })
    ).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'departments.created')).toHaveLength(3);
    expect(actions.filter((action) => action === 'departments.updated')).toHaveLength(3);
  });

  it('refuses to move a department below itself or below one of its sub-departments', async () => {
    const { cookie } = await actorWithRole('super_user');
    const zorg = await create(cookie, 'Zorg');
    const thuiszorg = await create(cookie, 'Thuiszorg', zorg.id);
    const team = await create(cookie, 'Team Zuid', thuiszorg.id);
    for (const parentId of [zorg.id, thuiszorg.id, team.id]) {
      const response = await send(cookie, 'PATCH', `/api/organisation/departments/${zorg.id}`, {
        parentId,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { fields: [{ path: 'parentId', code: 'department_move_cycle' }] },
      });
    }
  });

  it("answers 404 for another employer's department, as URL id and as parent", async () => {
    const { cookie: theirs } = await actorWithRole('super_user');
    const foreign = await create(theirs, 'Van een ander');
    const { cookie, user } = await actorWithRole('super_user');
    const own = await create(cookie, 'Eigen afdeling');
    const url = `/api/organisation/departments/${foreign.id}`;
    expect((await send(cookie, 'PATCH', url, { name: 'Overgenomen' })).statusCode).toBe(404);
    expect((await send(cookie, 'POST', `${url}/close`, {})).statusCode).toBe(404);
    expect(
      (await send(cookie, 'PUT', `${url}/manager`, { managerUserId: user.userId })).statusCode,
    ).toBe(404);
    expect(
      (
        await send(cookie, 'POST', '/api/organisation/departments', {
          name: 'X',
          parentId: foreign.id,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await send(cookie, 'PATCH', `/api/organisation/departments/${own.id}`, {
          parentId: foreign.id,
        })
      ).statusCode,
    ).toBe(404);
    // And the foreign department is untouched.
    const structure = (await send(theirs, 'GET', '/api/organisation/departments')).json() as {
      departments: DepartmentSummary[];
    };
    expect(structure.departments.find((row) => row.id === foreign.id)).toMatchObject({
      name: 'Van een ander',
      closedOn: null,
    });
  });

  it('closes a department only when no open sub-department is below it and nobody works there today', async () => {
    const { cookie, user } = await actorWithRole('super_user');
    const zorg = await create(cookie, 'Zorg');
    const team = await create(cookie, 'Team West', zorg.id);
    await hireEmployee(
      testApp.modules.employees,
      trustEmployerId(user.employerId),
      { departmentId: team.id },
      { lastName: 'de Wit' },
    );
    const closeZorg = await send(
      cookie,
      'POST',
      `/api/organisation/departments/${zorg.id}/close`,
      {},
    );
    expect(closeZorg.statusCode).toBe(409);
    expect(closeZorg.json()).toMatchObject({
      error: { code: 'department_has_open_sub_departments' },
    });
    const closeTeam = await send(
      cookie,
      'POST',
      `/api/organisation/departments/${team.id}/close`,
      {},
    );
    expect(closeTeam.statusCode).toBe(409);
    expect(closeTeam.json()).toMatchObject({ error: { code: 'department_has_employees' } });

    const empty = await create(cookie, 'Team Oost', zorg.id);
    const closed = await send(
      cookie,
      'POST',
      `/api/organisation/departments/${empty.id}/close`,
      {},
    );
    expect(closed.statusCode).toBe(200);
    // Closed from today (the fake clock says 2 March 2026) and still there, never deleted.
    expect(departmentOf(closed).closedOn).toBe('2026-03-02');
    const again = await send(cookie, 'POST', `/api/organisation/departments/${empty.id}/close`, {});
    expect(again.json()).toMatchObject({ error: { code: 'department_closed' } });
    const below = await send(cookie, 'POST', '/api/organisation/departments', {
      name: 'Onder opgeheven',
      parentId: empty.id,
    });
    expect(below.json()).toMatchObject({
      error: { fields: [{ path: 'parentId', code: 'department_parent_closed' }] },
    });
  });

  it('sets and replaces a manager: only a manager or super user of the same employer', async () => {
    const { cookie, user } = await actorWithRole('super_user');
    const employerId = trustEmployerId(user.employerId);
    const department = await create(cookie, 'Keuken');
    const add = (loginName: string, role: string) =>
      testApp.modules.users.createEmployerUser(employerId, {
        loginName: `${loginName}-${Math.random().toString(36).slice(2, 8)}`,
        email: `${loginName}@example.test`,
        firstName: loginName,
        lastName: 'Test',
        role,
      });
    const manager = await add('Mila', 'manager_with_reports');
    const successor = await add('Noah', 'manager_without_reports');
    const reporter = await add('Rik', 'absence_reporter');
    const { user: stranger } = await actorWithRole('manager_with_reports');

    const candidates = (await send(cookie, 'GET', '/api/organisation/managers')).json() as {
      managers: { id: string }[];
    };
    const candidateIds = candidates.managers.map((entry) => entry.id);
    expect(candidateIds).toEqual(expect.arrayContaining([manager.id, successor.id, user.userId]));
    expect(candidateIds).not.toContain(reporter.id);
    expect(candidateIds).not.toContain(stranger.userId);

    const url = `/api/organisation/departments/${department.id}/manager`;
    const set = await send(cookie, 'PUT', url, { managerUserId: manager.id });
    expect(departmentOf(set).manager).toEqual({ id: manager.id, displayName: 'Mila Test' });
    const replaced = await send(cookie, 'PUT', url, { managerUserId: successor.id });
    expect(departmentOf(replaced).manager).toEqual({ id: successor.id, displayName: 'Noah Test' });
    for (const managerUserId of [reporter.id, stranger.userId]) {
      const refused = await send(cookie, 'PUT', url, { managerUserId });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({
        error: { fields: [{ path: 'managerUserId', code: 'manager_not_eligible' }] },
      });
    }
    // "Never deleted": there is no way to send no manager.
    expect((await send(cookie, 'PUT', url, { managerUserId: null })).statusCode).toBe(400);
  });

  describe('employers (operator admin)', () => {
    const settings = {
      name: 'Bouwbedrijf Noord BV',
      kvkNumber: '87654321',
      hrIntegrationMode: 'absence_only' as const,
      contactName: 'Petra Post',
      contactEmail: 'petra@noord.example',
      fullTimeHoursPerWeek: 38,
    };

    it('lets only roles with employers.manage list, create and edit employers', async () => {
      for (const role of allRoles) {
        const { cookie } = await actorWithRole(role);
        const allowed = rolesWith('employers.manage').includes(role);
        expect((await send(cookie, 'GET', '/api/employers')).statusCode, role).toBe(
          allowed ? 200 : 403,
        );
        expect((await send(cookie, 'POST', '/api/employers', settings)).statusCode, role).toBe(
          allowed ? 201 : 403,
        );
      }
    });

    it('creates an employer with its settings, edits it, and refuses a bad KvK number', async () => {
      const { cookie, user } = await actorWithRole('operator_admin');
      const created = await send(cookie, 'POST', '/api/employers', settings);
      const employer = (created.json() as { employer: EmployerDetails }).employer;
      expect(employer).toMatchObject({
        name: 'Bouwbedrijf Noord BV',
        kvkNumber: '87654321',
        hrIntegrationMode: 'absence_only',
        contactEmail: 'petra@noord.example',
        fullTimeHoursPerWeek: '38.00',
      });
      const edited = await send(cookie, 'PUT', `/api/employers/${employer.id}`, {
        ...settings,
        name: 'Bouwbedrijf Noord-Oost BV',
        hrIntegrationMode: 'full',
        contactEmail: '',
      });
      expect((edited.json() as { employer: EmployerDetails }).employer).toMatchObject({
        name: 'Bouwbedrijf Noord-Oost BV',
        hrIntegrationMode: 'full',
        contactEmail: null,
      });
      const bad = await send(cookie, 'POST', '/api/employers', { ...settings, kvkNumber: '1234' });
      expect(bad.json()).toMatchObject({
        error: { fields: [{ path: 'kvkNumber', code: 'invalid_kvk_number' }] },
      });
      const missing = await send(cookie, 'PUT', `/api/employers/${user.userId}`, settings);
      expect(missing.statusCode).toBe(404);
      const list = (await send(cookie, 'GET', '/api/employers?search=noord-oost')).json() as {
        employers: EmployerDetails[];
      };
      expect(list.employers.map((entry) => entry.id)).toEqual([employer.id]);
    });

    it("records the employer's verzuimverzekeraar: set, kept when not sent, cleared, audited", async () => {
      const { cookie, user } = await actorWithRole('operator_admin');
      const created = await send(cookie, 'POST', '/api/employers', {
        ...settings,
        absenceInsurer: '  Zeker Verzuim NV ',
      });
      const employer = (created.json() as { employer: EmployerDetails }).employer;
      expect(employer.absenceInsurer).toBe('Zeker Verzuim NV');
      const url = `/api/employers/${employer.id}`;
      // A client that does not know the field leaves it as it is.
      const kept = await send(cookie, 'PUT', url, { ...settings, name: 'Bouwbedrijf Zuid BV' });
      expect((kept.json() as { employer: EmployerDetails }).employer.absenceInsurer).toBe(
        'Zeker Verzuim NV',
      );
      const changed = await send(cookie, 'PUT', url, { ...settings, absenceInsurer: 'Ander NV' });
      expect((changed.json() as { employer: EmployerDetails }).employer.absenceInsurer).toBe(
        'Ander NV',
      );
      const cleared = await send(cookie, 'PUT', url, { ...settings, absenceInsurer: '' });
      expect((cleared.json() as { employer: EmployerDetails }).employer.absenceInsurer).toBeNull();

      for (const bad of ['x'.repeat(201), 42]) {
        const refused = await send(cookie, 'PUT', url, { ...settings, absenceInsurer: bad });
        expect(refused.statusCode).toBe(400);
        expect(refused.json()).toMatchObject({ error: { fields: [{ path: 'absenceInsurer' }] } });
      }
      const entries = await listAuditEntries(testApp.platform.database.db, {
        employerId: trustEmployerId(employer.id),
        limit: 20,
      });
      const changes = entries
        .filter((entry) => entry.action === 'employers.updated')
        .map((entry) => (entry.details as { changed: string[] }).changed);
      expect(changes.filter((keys) => keys.includes('absenceInsurer'))).toHaveLength(2);
      expect(entries.every((entry) => entry.userId === user.userId)).toBe(true);

      // The employer's own super user edits no employer settings, its own nor another's.
      const own = await actorWithRole('super_user');
      for (const id of [own.user.employerId, employer.id]) {
        const refused = await send(own.cookie, 'PUT', `/api/employers/${id}`, {
          ...settings,
          absenceInsurer: 'Ingebroken NV',
        });
        expect(refused.statusCode).toBe(403);
      }
      expect((await testApp.modules.organisation.getEmployer(employer.id))?.absenceInsurer).toBe(
        null,
      );
    });

    it("tells the web the employer's HR-integration mode with the current user", async () => {
      const { cookie, user } = await actorWithRole('super_user');
      await testApp.modules.organisation.updateEmployer(
        { userId: user.userId, ip: '127.0.0.1', requestId: 'test' },
        user.employerId,
        { ...settings, name: 'Met koppeling BV' },
      );
      const me = await send(cookie, 'GET', '/api/auth/me');
      expect(me.json()).toMatchObject({
        user: { employer: { name: 'Met koppeling BV', hrIntegrationMode: 'absence_only' } },
      });
    });
  });
});
