import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OrganisationStructure } from '../../../contracts/organisation.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { AppError } from '../../platform/errors.js';
import { createTestApp, createTestUser, logIn, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';

describeEachDatabase('the organisation structure', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function employerWithTwoDepartments() {
    const user = await createTestUser(testApp);
    const employerId = trustEmployerId(user.employerId);
    const zorg = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const team = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Team Noord',
      parentId: zorg.id,
    });
    const hire = (lastName: string, startDate: string, endDate: string | null) =>
      hireEmployee(
        testApp.modules.employees,
        employerId,
        { departmentId: team.id, startDate, endDate },
        { lastName },
      );
    await hire('Jansen', '2020-01-01', null);
    await hire('Bakker', '2025-06-01', null);
    // Left before today (the fake clock says 2 March 2026), and one not yet started.
    await hire('Visser', '2019-01-01', '2025-12-31');
    await hire('Smit', '2026-04-01', null);
    return { user, zorg, team };
  }

  const structureOf = async (cookie: string) =>
    testApp.app.inject({
      method: 'GET',
      url: '/api/organisation/departments',
      headers: { cookie },
    });

  it("shows the tree of the user's own employer with today's headcount per department", async () => {
    const { user, zorg, team } = await employerWithTwoDepartments();
    const response = await structureOf(await logIn(testApp, user));
    expect(response.statusCode).toBe(200);
    const body = response.json() as OrganisationStructure;
    expect(body.employer.id).toBe(user.employerId);
    expect(body.departments).toEqual(
      expect.arrayContaining([
        {
          id: zorg.id,
          parentId: null,
          name: 'Zorg',
          closedOn: null,
          employeeCount: 0,
          manager: null,
        },
        {
          id: team.id,
          parentId: zorg.id,
          name: 'Team Noord',
          closedOn: null,
          employeeCount: 2,
          manager: null,
        },
      ]),
    );
    expect(body.departments).toHaveLength(2);
  });

  it("never shows another employer's departments", async () => {
    const first = await employerWithTwoDepartments();
    const second = await employerWithTwoDepartments();
    const body = (
      await structureOf(await logIn(testApp, second.user))
    ).json() as OrganisationStructure;
    const ids = body.departments.map((department) => department.id);
    expect(ids).not.toContain(first.zorg.id);
    expect(ids).not.toContain(first.team.id);
  });

  it('refuses the absence reporter (no organisation.read) and anonymous visitors', async () => {
    const reporter = await createTestUser(testApp, { role: 'absence_reporter' });
    expect((await structureOf(await logIn(testApp, reporter))).statusCode).toBe(403);
    expect((await structureOf('')).statusCode).toBe(401);
  });

  it('refuses an employer with a KvK number that is not 8 digits', async () => {
    await expect(
      testApp.modules.organisation.createEmployer({ name: 'Fout BV', kvkNumber: '1234' }),
    ).rejects.toBeInstanceOf(AppError);
  });
});
