import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../../contracts/audit.js';
import { permissionMatrix, roleSchema } from '../../../contracts/permissions.js';
import { users } from '../../modules/users/users.table.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';

describeEachDatabase('the audit log viewer', (context) => {
  let testApp: TestApp;
  let adminCookie: string;
  let employerA: string;
  let employerB: string;
  let userA: string;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const admin = await createTestUser(testApp);
    await testApp.platform.database.db
      .update(users)
      .set({ operatorRole: 'operator_admin' })
      .where(eq(users.id, admin.userId));
    const a = await createTestUser(testApp);
    const b = await createTestUser(testApp);
    employerA = a.employerId;
    employerB = b.employerId;
    userA = a.userId;
    const record = (employerId: string, action: string, subjectId: string, at: string) => {
      testApp.clock.set(new Date(at));
      return testApp.platform.audit.record({
        employerId,
        userId: employerId === employerA ? userA : b.userId,
        action,
        subjectType: 'department',
        subjectId,
        ip: '192.0.2.1',
        requestId: `req-${subjectId}`,
        details: { name: '=cmd|calc', note: 'a, "b"' },
      });
    };
    // 1 March 23:30 UTC is 2 March 00:30 in Amsterdam.
    await record(employerA, 'departments.created', 'd1', '2026-03-01T10:00:00Z');
    await record(employerA, 'departments.updated', 'd1', '2026-03-01T23:30:00Z');
    await record(employerA, 'employees.read', 'e1', '2026-03-03T09:00:00Z');
    await record(employerB, 'departments.created', 'd2', '2026-03-02T09:00:00Z');
    testApp.clock.set(new Date('2026-03-04T08:00:00Z'));
    adminCookie = await logIn(testApp, admin);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const page = async (query: string) => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/audit?${query}`,
      headers: { cookie: adminCookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AuditPage;
  };

  it('filters by employer, user, action prefix, subject and Amsterdam days', async () => {
    const byEmployer = await page(`employerId=${employerA}`);
    expect(byEmployer.entries.map((entry) => entry.subjectId)).toEqual(['e1', 'd1', 'd1']);
    expect(byEmployer.entries[0]).toMatchObject({
      employerId: employerA,
      userId: userA,
      ip: '192.0.2.1',
      requestId: 'req-e1',
    });
    expect(byEmployer.entries[0]?.employerName).toMatch(/^Werkgever/);
    const loginName = byEmployer.entries[0]?.loginName ?? '';
    const byUser = await page(`loginName=${loginName.toUpperCase()}`);
    expect(byUser.entries.length).toBeGreaterThanOrEqual(3);
    expect(byUser.entries.every((entry) => entry.userId === userA)).toBe(true);
    expect((await page('loginName=niemand')).entries).toEqual([]);
    const departmentActions = await page(`employerId=${employerA}&action=departments.`);
    expect(departmentActions.entries.map((entry) => entry.action)).toEqual([
      'departments.updated',
      'departments.created',
    ]);
    expect((await page('subjectType=department&subjectId=d2')).entries).toHaveLength(1);
    // 2 March in Amsterdam: the update at 00:30 local and employer B's creation.
    const day = await page('from=2026-03-02&to=2026-03-02&action=departments.');
    expect(day.entries.map((entry) => entry.subjectId)).toEqual(['d2', 'd1']);
    // `%` is a character here, not a wildcard.
    expect((await page('action=%25')).entries).toEqual([]);
  });

  it('pages by 50, newest first', async () => {
    for (let index = 0; index < 55; index++) {
      await testApp.platform.audit.record({ employerId: employerB, action: 'bulk.entry' });
    }
    const first = await page('action=bulk.');
    expect(first).toMatchObject({ page: 1, pageSize: 50, hasMore: true });
    expect(first.entries).toHaveLength(50);
    const second = await page('action=bulk.&page=2');
    expect(second).toMatchObject({ hasMore: false });
    expect(second.entries).toHaveLength(5);
    expect(second.entries[0]?.id).toBeLessThan(first.entries.at(-1)?.id ?? 0);
  });

  it('exports the filtered set as CSV with escaped cells and no formula, and audits the export', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/audit/export.csv?employerId=${employerA}&action=departments.`,
      headers: { cookie: adminCookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="audit-log-/);
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'occurred_at,employer,employer_id,login_name,user_id,action,subject_type,subject_id,ip,request_id,details',
    );
    expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
    expect(lines[1]).toContain('departments.updated');
    // The details JSON is quoted, its quotes doubled; the '=' inside it is not at a cell start.
    expect(lines[1]).toContain('"{""name"":""=cmd|calc"",""note"":""a, \\""b\\""""}"');
    const exported = await page('action=audit.exported');
    expect(exported.entries[0]).toMatchObject({ details: { rows: 2 } });
  });

  it('lets only roles with audit.read page or export the log', async () => {
    for (const role of roleSchema.options) {
      const allowed = permissionMatrix[role].includes('audit.read');
      const isOperator = ['operator_admin', 'case_manager', 'company_doctor'].includes(role);
      const user = await createTestUser(testApp, { role: isOperator ? 'super_user' : role });
      if (isOperator) {
        await testApp.platform.database.db
          .update(users)
          .set({ operatorRole: role })
          .where(eq(users.id, user.userId));
      }
      const cookie = await logIn(testApp, user);
      for (const url of ['/api/audit', '/api/audit/export.csv']) {
        const response = await testApp.app.inject({ method: 'GET', url, headers: { cookie } });
        expect(response.statusCode, `${role} ${url}`).toBe(allowed ? 200 : 403);
      }
    }
    expect((await testApp.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('has no way to change or delete an audit entry through the API', async () => {
    const [entry] = (await page('')).entries;
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
      for (const url of ['/api/audit', `/api/audit/${entry?.id}`, '/api/audit/export.csv']) {
        const response = await testApp.app.inject({
          method,
          url,
          headers: { cookie: adminCookie, ...fetchHeaders },
          payload: {},
        });
        expect([404, 405], `${method} ${url}`).toContain(response.statusCode);
      }
    }
    expect((await page('')).entries[0]).toEqual(entry);
  });
});
