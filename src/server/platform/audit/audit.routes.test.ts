import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditAction, AuditPage } from '../../../contracts/audit.js';
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
  let adminId: string;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const admin = await createTestUser(testApp);
    adminId = admin.userId;
    await testApp.platform.database.db
      .update(users)
      .set({ operatorRole: 'operator_admin' })
      .where(eq(users.id, admin.userId));
    const a = await createTestUser(testApp);
    const b = await createTestUser(testApp);
    employerA = a.employerId;
    employerB = b.employerId;
    userA = a.userId;
    const record = (employerId: string, action: AuditAction, subjectId: string, at: string) => {
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
    await record(employerA, 'employees.viewed', 'e1', '2026-03-03T09:00:00Z');
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
      await testApp.platform.audit.record({
        employerId: employerB,
        action: 'maintenance.seal_contexts_checked',
      });
    }
    const first = await page('action=maintenance.');
    expect(first).toMatchObject({ page: 1, pageSize: 50, hasMore: true });
    expect(first.entries).toHaveLength(50);
    const second = await page('action=maintenance.&page=2');
    expect(second).toMatchObject({ hasMore: false });
    expect(second.entries).toHaveLength(5);
    expect(second.entries[0]?.id).toBeLessThan(first.entries.at(-1)?.id ?? 0);
  });

  const download = async (format: 'csv' | 'xlsx', query: string, cookie = adminCookie) =>
    testApp.app.inject({
      method: 'GET',
      url: `/api/audit/export.${format}?${query}`,
      headers: { cookie },
    });
  const setAdminLocale = (locale: 'nl' | 'en') =>
    testApp.platform.database.db.update(users).set({ locale }).where(eq(users.id, adminId));

  it('exports the filtered set as CSV for Dutch Excel: ";", BOM, Amsterdam time, translated, no formula, audited', async () => {
    const response = await download('csv', `employerId=${employerA}&action=departments.`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="audit-log-/);
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Tijdstip (Nederlandse tijd);Werkgever;Inlognaam;Handeling;Code handeling;Soort onderwerp;Kenmerk onderwerp;IP-adres;Werkgever-ID;Gebruiker-ID;Verzoek-ID;Bijzonderheden',
    );
    expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
    // 1 March 23:30 UTC is 2 March 00:30 in Amsterdam; the action by name and by code.
    expect(lines[1]).toMatch(
      /^2026-03-02 00:30:00;Werkgever[^;]*;[^;]+;Afdeling gewijzigd;departments\.updated;department;d1;/,
    );
    expect(lines[2]).toMatch(/^2026-03-01 11:00:00;.*;Afdeling toegevoegd;departments\.created;/);
    // The details JSON is quoted, its quotes doubled; the '=' inside it is not at a cell start.
    expect(lines[1]).toContain('"{""name"":""=cmd|calc"",""note"":""a, \\""b\\""""}"');
    const exported = await page('action=audit.exported');
    expect(exported.entries[0]).toMatchObject({ details: { rows: 2, format: 'csv' } });
  });

  it("exports in the reader's language: English headers and action names", async () => {
    await setAdminLocale('en');
    try {
      const response = await download('csv', `employerId=${employerA}&action=departments.`);
      const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toMatch(/^Time \(Netherlands\);Employer;Login name;Action;Action code;/);
      expect(lines[1]).toContain(';Department changed;departments.updated;');
    } finally {
      await setAdminLocale('nl');
    }
  });

  it('exports the same as an Excel workbook: real dates in Amsterdam time, frozen header, filter', async () => {
    const response = await download('xlsx', `employerId=${employerA}&action=departments.`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(
      /filename="audit-log-2026-03-04\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Auditlog');
    expect(sheet).toBeDefined();
    expect(sheet!.getRow(1).getCell(1).value).toBe('Tijdstip (Nederlandse tijd)');
    expect(sheet!.getRow(1).getCell(4).value).toBe('Handeling');
    expect(sheet!.rowCount).toBe(3);
    const time = sheet!.getRow(2).getCell(1);
    // A real date, showing the Amsterdam wall clock (00:30 on 2 March), not UTC (23:30).
    expect(time.value).toEqual(new Date(Date.UTC(2026, 2, 2, 0, 30)));
    expect(time.numFmt).toBe('dd-mm-yyyy hh:mm:ss');
    expect(sheet!.getRow(2).getCell(4).value).toBe('Afdeling gewijzigd');
    expect(sheet!.getRow(2).getCell(5).value).toBe('departments.updated');
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.autoFilter).toBeTruthy();
    const exported = await page('action=audit.exported');
    expect(exported.entries[0]).toMatchObject({ details: { rows: 2, format: 'xlsx' } });
  });

  it('refuses bad filters with 400 and exports nothing', async () => {
    const before = (await page('action=audit.exported')).entries.length;
    for (const format of ['csv', 'xlsx'] as const) {
      for (const query of [
        'from=2026-13-01',
        'to=gisteren',
        'employerId=not-an-id',
        `loginName=${'x'.repeat(201)}`,
        `action=${'a'.repeat(101)}`,
      ]) {
        const response = await download(format, query);
        expect(response.statusCode, `${format} ${query}`).toBe(400);
        expect(response.json().error.code).toBe('validation');
      }
    }
    expect((await page('action=audit.exported')).entries).toHaveLength(before);
  });

  it("refuses an employer's own users, also for their own employer or another one", async () => {
    const superUser = await createTestUser(testApp, { role: 'super_user' });
    const cookie = await logIn(testApp, superUser);
    for (const format of ['csv', 'xlsx'] as const) {
      for (const employerId of [superUser.employerId, employerA]) {
        const response = await download(format, `employerId=${employerId}`, cookie);
        expect(response.statusCode, `${format} ${employerId}`).toBe(403);
      }
    }
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
      for (const url of ['/api/audit', '/api/audit/export.csv', '/api/audit/export.xlsx']) {
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
