import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../../contracts/civil-dates.js';
import { employerRoles, operatorRoles, roleHasPermission } from '../../../contracts/permissions.js';
import type { SickTodayResponse } from '../../../contracts/sick-today.js';
import type { TaskView } from '../../../contracts/tasks.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { callApi, createTestApp, createTestUser, logIn, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { reportSick } from '../../test/cases.js';
import { memberships, scopeDepartments } from '../users/users.table.js';

// The test clock starts on Monday 2 March 2026, 09:00 in Amsterdam.
const today = '2026-03-02';

describeEachDatabase('Actueel verzuim (GET /api/cases/sick-today)', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let departments: { zorg: string; wijk: string; keuken: string };
  const employees: Record<string, string> = {};

  const hire = (lastName: string, department: keyof typeof departments, employer = employerId) =>
    hireEmployee(
      testApp.modules.employees,
      employer,
      { departmentId: departments[department] },
      { lastName },
    );

  const call = (url: string, as = cookie) => callApi(testApp, as, 'GET', url);

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const superUser = await createTestUser(testApp);
    employerId = trustEmployerId(superUser.employerId);
    cookie = await logIn(testApp, superUser);
    const { organisation } = testApp.modules;
    const zorg = await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null });
    departments = {
      zorg: zorg.id,
      wijk: (
        await organisation.createDepartment(employerId, { name: 'Wijkteam', parentId: zorg.id })
      ).id,
      keuken: (await organisation.createDepartment(employerId, { name: 'Keuken', parentId: null }))
        .id,
    };
    employees.bakker = await hire('Bakker', 'keuken');
    employees.claes = await hire('Claes', 'wijk');
    employees.aarts = await hire('Aarts', 'zorg');
    employees.recovered = await hire('Dekker', 'zorg');
    employees.future = await hire('Evers', 'zorg');
    employees.healthy = await hire('Franken', 'zorg');
    await reportSick(testApp, cookie, employees.bakker, {
      firstSickDay: addDays(today, -10),
      percentage: 100,
    });
    await reportSick(testApp, cookie, employees.claes, {
      firstSickDay: addDays(today, -3),
      percentage: 50,
    });
    await reportSick(testApp, cookie, employees.aarts, {
      firstSickDay: today,
      percentage: 100,
      classification: 'work_accident',
    });
    const ended = await reportSick(testApp, cookie, employees.recovered, {
      firstSickDay: addDays(today, -20),
      percentage: 100,
    });
    await callApi(testApp, cookie, 'POST', `/api/cases/${ended}/recovery`, {
      lastSickDay: addDays(today, -1),
    });
    await reportSick(testApp, cookie, employees.future, {
      firstSickDay: addDays(today, 2),
      percentage: 100,
    });
  });
  afterAll(() => testApp.close());

  it('lists who is sick today with department, first day, percentage, duration and classification', async () => {
    const response = await call('/api/cases/sick-today');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<SickTodayResponse>();
    expect(body).toMatchObject({ date: today, total: 3, page: 1, pageSize: 25 });
    expect(body.showsClassification).toBe(true);
    expect(body.showsDeadlines).toBe(true);
    // Default order: by first sick day, the longest sick first.
    expect(body.items).toEqual([
      {
        employeeId: employees.bakker,
        name: 'Sam Bakker',
        departmentId: departments.keuken,
        departmentName: 'Keuken',
        firstSickDay: addDays(today, -10),
        percentage: 100,
        durationDays: 11,
        sickDay: 11,
        week: 2,
        ofWeeks: 104,
        nextDeadline: expect.objectContaining({ dueDate: expect.any(String) }),
        classification: 'illness',
        safetyNet: false,
      },
      expect.objectContaining({ employeeId: employees.claes, percentage: 50, durationDays: 4 }),
      expect.objectContaining({
        employeeId: employees.aarts,
        durationDays: 1,
        classification: 'work_accident',
      }),
    ]);
  });

  it("shows each row's next deadline: the first open task of the employee's legal case", async () => {
    const body = (await call('/api/cases/sick-today')).json<SickTodayResponse>();
    for (const row of body.items) {
      const tasks = (await call(`/api/employees/${row.employeeId}/tasks`)).json<{
        items: TaskView[];
      }>();
      const next = tasks.items
        .filter((task) => task.status === 'open' || task.status === 'postponed')
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.code.localeCompare(b.code))[0];
      expect(row.nextDeadline).toEqual(next ? { dueDate: next.dueDate, name: next.name } : null);
    }
  });

  it('sorts each way, filters by a department with those below it, and pages', async () => {
    const ids = async (query: string) =>
      (await call(`/api/cases/sick-today?${query}`))
        .json<SickTodayResponse>()
        .items.map((item) => item.employeeId);
    expect(await ids('sort=name')).toEqual([employees.aarts, employees.bakker, employees.claes]);
    expect(await ids('sort=-name')).toEqual([employees.claes, employees.bakker, employees.aarts]);
    expect(await ids('sort=-percentage')).toEqual([
      employees.aarts,
      employees.bakker,
      employees.claes,
    ]);
    expect(await ids('sort=department')).toEqual([
      employees.bakker,
      employees.claes,
      employees.aarts,
    ]);
    expect(await ids('sort=-duration')).toEqual([
      employees.bakker,
      employees.claes,
      employees.aarts,
    ]);
    // Sick-day 1, 4 and 11: weeks 1, 1 and 2 (equal weeks by name, in either direction).
    expect(await ids('sort=sickDay')).toEqual([employees.aarts, employees.claes, employees.bakker]);
    expect(await ids('sort=-sickDay')).toEqual([
      employees.bakker,
      employees.claes,
      employees.aarts,
    ]);
    expect(await ids('sort=week')).toEqual([employees.aarts, employees.claes, employees.bakker]);
    expect(await ids('sort=-week')).toEqual([employees.bakker, employees.aarts, employees.claes]);
    const byName = (await call('/api/cases/sick-today?sort=name')).json<SickTodayResponse>().items;
    const byDeadline = byName
      .map((row, rank) => ({ id: row.employeeId, due: row.nextDeadline?.dueDate ?? '9999', rank }))
      .sort((a, b) => a.due.localeCompare(b.due) || a.rank - b.rank)
      .map((row) => row.id);
    expect(await ids('sort=nextDeadline')).toEqual(byDeadline);
    expect(new Set(byName.map((row) => row.nextDeadline?.dueDate)).size).toBeGreaterThan(1);
    expect(await ids(`department=${departments.zorg}&sort=name`)).toEqual([
      employees.aarts,
      employees.claes,
    ]);
    const second = (
      await call('/api/cases/sick-today?sort=name&page=2&pageSize=2')
    ).json<SickTodayResponse>();
    expect(second.total).toBe(3);
    expect(second.items.map((item) => item.employeeId)).toEqual([employees.claes]);
  });

  it('audits the read and the export with the employees shown', async () => {
    await call(`/api/cases/sick-today?department=${departments.keuken}`);
    await call(`/api/cases/sick-today/export?department=${departments.keuken}`);
    const entries = await listAuditEntries(context.database.db, { employerId, limit: 20 });
    const [exported, read] = entries.filter((entry) => entry.action.startsWith('cases.sick_today'));
    expect(read).toMatchObject({
      action: 'cases.sick_today_read',
      details: { total: 1, employeeIds: [employees.bakker] },
    });
    expect(exported).toMatchObject({
      action: 'cases.sick_today_exported',
      details: { total: 1, employeeIds: [employees.bakker] },
    });
  });

  it('exports an Excel sheet with real dates and numbers, a frozen header and an autofilter', async () => {
    for (const language of ['nl', 'en'] as const) {
      // The export speaks the user's chosen language.
      await callApi(testApp, cookie, 'PATCH', '/api/me/preferences', { locale: language });
      const response = await call('/api/cases/sick-today/export?sort=name');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="${language === 'nl' ? 'actueel-verzuim' : 'current-absence'}-${today}.xlsx"`,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet?.autoFilter).toBeTruthy();
      expect(sheet?.getRow(1).getCell(1).value).toBe(language === 'nl' ? 'Naam' : 'Name');
      expect(sheet?.getRow(1).getCell(2).value).toBe(language === 'nl' ? 'Afdeling' : 'Department');
      const first = sheet?.getRow(2);
      expect(first?.getCell(1).value).toBe('Sam Aarts');
      expect(first?.getCell(3).value).toEqual(new Date(`${today}T00:00:00Z`));
      expect(first?.getCell(4).value).toBe(1);
      expect(first?.getCell(5).value).toBe(1);
      // Sick-day 1 of the legal case, in week 1.
      expect(first?.getCell(6).value).toBe(1);
      expect(first?.getCell(7).value).toBe(1);
      expect(first?.getCell(8).value).toBe(language === 'nl' ? 'Bedrijfsongeval' : 'Work accident');
      expect(sheet?.getRow(1).getCell(9).value).toBe(
        language === 'nl' ? 'Volgende deadline' : 'Next deadline',
      );
      expect(first?.getCell(9).value).toBeInstanceOf(Date);
      expect(typeof first?.getCell(10).value).toBe('string');
      expect(sheet?.rowCount).toBe(4);
    }
  });

  it('refuses bad query parameters with 400', async () => {
    for (const query of ['page=0', 'pageSize=1000', 'sort=salary', 'department=zorg', 'page=x']) {
      const response = await call(`/api/cases/sick-today?${query}`);
      expect([query, response.statusCode]).toEqual([query, 400]);
    }
    expect((await call('/api/cases/sick-today/export?sort=salary')).statusCode).toBe(400);
  });

  it('gives the list to each role that sees sickness; the verzuimmelder sees no classification', async () => {
    for (const role of [...employerRoles, ...operatorRoles]) {
      if (role === 'operator_admin') continue;
      const user = await createTestUser(testApp, { role, employerId });
      const as = await logIn(testApp, user);
      const list = await call('/api/cases/sick-today', as);
      const exported = await call('/api/cases/sick-today/export', as);
      const allowed = roleHasPermission(role, 'cases.current');
      expect([role, list.statusCode, exported.statusCode]).toEqual(
        allowed ? [role, 200, 200] : [role, 403, 403],
      );
      if (!allowed) continue;
      const body = list.json<SickTodayResponse>();
      expect([role, body.total]).toEqual([role, 3]);
      expect([role, body.showsDeadlines]).toEqual([role, roleHasPermission(role, 'tasks.work')]);
      if (!body.showsDeadlines) {
        expect(body.items.every((item) => item.nextDeadline === null)).toBe(true);
      }
      if (!roleHasPermission(role, 'cases.read')) {
        expect(body.showsClassification).toBe(false);
        expect(body.items.every((item) => item.classification === null)).toBe(true);
      }
    }
    expect(roleHasPermission('absence_reporter', 'cases.current')).toBe(true);
  });

  it('shows a user of another employer none of these employees, and a manager only its departments', async () => {
    const other = await createTestUser(testApp);
    const otherEmployer = trustEmployerId(other.employerId);
    const otherDepartment = await testApp.modules.organisation.createDepartment(otherEmployer, {
      name: 'Elders',
      parentId: null,
    });
    const otherCookie = await logIn(testApp, other);
    const elsewhere = await hireEmployee(
      testApp.modules.employees,
      otherEmployer,
      { departmentId: otherDepartment.id },
      { lastName: 'Ander' },
    );
    await reportSick(testApp, otherCookie, elsewhere, { firstSickDay: today });
    const theirs = (await call('/api/cases/sick-today', otherCookie)).json<SickTodayResponse>();
    expect(theirs.items.map((item) => item.employeeId)).toEqual([elsewhere]);
    const ours = (await call('/api/cases/sick-today')).json<SickTodayResponse>();
    expect(ours.items.map((item) => item.employeeId)).not.toContain(elsewhere);
    // Their department id as a filter finds nothing here rather than their employee.
    const probe = await call(`/api/cases/sick-today?department=${otherDepartment.id}`);
    expect(probe.json<SickTodayResponse>().total).toBe(0);

    const manager = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    await context.database.db
      .update(memberships)
      .set({ scopeMode: 'explicit', scopeWholeEmployer: false })
      .where(and(eq(memberships.userId, manager.userId), eq(memberships.employerId, employerId)));
    await inTenant(context.database.db, employerId, (tx) =>
      tx
        .insert(scopeDepartments)
        .values({ employerId, userId: manager.userId, departmentId: departments.zorg }),
    );
    const managerCookie = await logIn(testApp, manager);
    const mine = (
      await call('/api/cases/sick-today?sort=name', managerCookie)
    ).json<SickTodayResponse>();
    expect(mine.items.map((item) => item.employeeId)).toEqual([employees.aarts, employees.claes]);
  });
});
