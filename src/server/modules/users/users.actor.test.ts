import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { selectRows } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { createTestApp, createTestUser, logIn, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import type { DossierScope } from './users.policies.js';
import { memberships, scopeDepartments, scopeEmployees } from './users.table.js';

describeEachDatabase('the actor: role, employer and dossier scope per request', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let managerId: string;
  const department: Record<string, string> = {};
  const employee: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const { modules } = testApp;
    const superUser = await createTestUser(testApp);
    employerId = trustEmployerId(superUser.employerId);
    // Zorg ─ Zorg Noord, and Keuken beside it.
    department.zorg = (
      await modules.organisation.createDepartment(employerId, { name: 'Zorg', parentId: null })
    ).id;
    department.zorgNoord = (
      await modules.organisation.createDepartment(employerId, {
        name: 'Zorg Noord',
        parentId: department.zorg,
      })
    ).id;
    department.keuken = (
      await modules.organisation.createDepartment(employerId, { name: 'Keuken', parentId: null })
    ).id;
    for (const [name, departmentId] of [
      ['Noord', department.zorgNoord],
      ['Keuken', department.keuken],
    ] as const) {
      employee[name] = await hireEmployee(
        modules.employees,
        employerId,
        { departmentId },
        { firstName: 'Anna', lastName: name },
      );
    }
    managerId = (
      await modules.users.createEmployerUser(employerId, {
        loginName: `manager-${Math.random().toString(36).slice(2)}`,
        email: 'manager@example.test',
        firstName: 'Mia',
        lastName: 'Manager',
        role: 'manager_with_reports',
      })
    ).id;
  });
  afterAll(() => testApp.close());

  const session = () => ({ id: 'session', userId: managerId, activeEmployerId: employerId });
  const meta = { ip: '127.0.0.1', requestId: 'test' };

  async function setScope(values: {
    mode: 'inherited' | 'explicit';
    wholeEmployer?: boolean;
    departmentIds?: string[];
    employeeIds?: string[];
  }) {
    const db = context.database.db;
    await db
      .update(memberships)
      .set({ scopeMode: values.mode, scopeWholeEmployer: values.wholeEmployer ?? false })
      .where(and(eq(memberships.userId, managerId), eq(memberships.employerId, employerId)));
    await inTenant(db, employerId, async (tx) => {
      await tx.delete(scopeDepartments).where(eq(scopeDepartments.userId, managerId));
      await tx.delete(scopeEmployees).where(eq(scopeEmployees.userId, managerId));
      for (const departmentId of values.departmentIds ?? []) {
        await tx.insert(scopeDepartments).values({ employerId, userId: managerId, departmentId });
      }
      for (const employeeId of values.employeeIds ?? []) {
        await tx.insert(scopeEmployees).values({ employerId, userId: managerId, employeeId });
      }
    });
  }

  async function scope(): Promise<DossierScope> {
    const actor = await testApp.modules.users.resolveActor(session(), meta);
    if (!actor) throw new Error('no actor');
    return actor.scope;
  }

  /** The last names of the employees the scope lets through, via the one scope condition. */
  async function visibleEmployees(actorScope: DossierScope): Promise<string[]> {
    const condition = testApp.modules.employees.scopeCondition(
      actorScope,
      sql.raw('employee.id'),
      '2026-03-02',
    );
    const rows = await inTenant(context.database.db, employerId, (tx) =>
      selectRows<{ last_name: string }>(
        tx,
        sql`select employee.last_name from employees employee where ${condition} order by 1`,
      ),
    );
    return rows.map((row) => row.last_name);
  }

  it('autorisatie-overname (inherited) gives the whole employer', async () => {
    await setScope({ mode: 'inherited' });
    expect(await scope()).toEqual({ kind: 'employer' });
    expect(await visibleEmployees(await scope())).toEqual(['Keuken', 'Noord']);
  });

  it('an explicit scope without departments or employees sees no employees', async () => {
    await setScope({ mode: 'explicit' });
    expect(await visibleEmployees(await scope())).toEqual([]);
  });

  it('a department brings its sub-departments, also one created after the scope was set', async () => {
    await setScope({ mode: 'explicit', departmentIds: [department.zorg as string] });
    expect(await visibleEmployees(await scope())).toEqual(['Noord']);
    const later = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg Zuid',
      parentId: department.zorg as string,
    });
    const actorScope = await scope();
    expect(actorScope.kind === 'selection' && actorScope.departmentIds).toContain(later.id);
  });

  it('single employees can be added to a scope', async () => {
    await setScope({ mode: 'explicit', employeeIds: [employee.Keuken as string] });
    expect(await visibleEmployees(await scope())).toEqual(['Keuken']);
  });

  it('the whole-employer checkbox of an explicit scope means the whole employer', async () => {
    await setScope({ mode: 'explicit', wholeEmployer: true });
    expect(await scope()).toEqual({ kind: 'employer' });
  });

  it('a route that declares a permission refuses a role without it before reading the body', async () => {
    const routeApp = await createTestApp(context.database);
    routeApp.app.post(
      '/api/test/audit-only',
      { config: { permission: 'audit.read', acrossEmployers: true } },
      async () => ({ ok: true }),
    );
    routeApp.app.post(
      '/api/test/organisation',
      { config: { permission: 'organisation.read' } },
      async (request) => ({
        employerId: (await request.requireActor('organisation.read')).employerId,
      }),
    );
    const user = await createTestUser(routeApp);
    const cookie = await logIn(routeApp, user);
    const headers = { cookie, 'x-requested-with': 'fetch', 'content-type': 'application/json' };
    const refused = await routeApp.app.inject({
      method: 'POST',
      url: '/api/test/audit-only',
      headers,
      payload: '{not json',
    });
    expect(refused.statusCode).toBe(403);
    const allowed = await routeApp.app.inject({
      method: 'POST',
      url: '/api/test/organisation',
      headers,
      payload: {},
    });
    expect(allowed.json()).toEqual({ employerId: user.employerId });
    const anonymous = await routeApp.app.inject({
      method: 'POST',
      url: '/api/test/organisation',
      headers: { 'x-requested-with': 'fetch' },
    });
    expect(anonymous.statusCode).toBe(401);
    await routeApp.close();
  });
});
