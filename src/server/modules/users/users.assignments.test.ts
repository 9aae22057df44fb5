import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CareAssignments } from '../../../contracts/care-assignments.js';
import type { Role } from '../../../contracts/permissions.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { callApi, createTestApp, newEmployerWithDepartment, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { operatorUser } from '../../test/routes.js';

describeEachDatabase('assignments of casemanagers and bedrijfsartsen', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const operator = (role: Role) => operatorUser(testApp, role);

  it('assigns care roles to an employer or a department, lists, refuses and ends them', async () => {
    const admin = await operator('operator_admin');
    const caseManager = await operator('case_manager');
    const doctor = await operator('company_doctor');
    const { employerId, departmentId, user: superUser } = await newEmployerWithDepartment(testApp);
    const url = `/api/employers/${employerId}/care-assignments`;

    const whole = await callApi(testApp, admin.cookie, 'POST', url, {
      userId: caseManager.userId,
      departmentId: null,
    });
    expect(whole.statusCode, whole.body).toBe(204);
    const department = await callApi(testApp, admin.cookie, 'POST', url, {
      userId: doctor.userId,
      departmentId,
    });
    expect(department.statusCode, department.body).toBe(204);

    const again = await callApi(testApp, admin.cookie, 'POST', url, {
      userId: caseManager.userId,
      departmentId: null,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'care_already_assigned' } });

    // Only care accounts, and only departments of this employer.
    const employerUser = await callApi(testApp, admin.cookie, 'POST', url, {
      userId: superUser.userId,
      departmentId: null,
    });
    expect(employerUser.json()).toMatchObject({
      error: { fields: [{ path: 'userId', code: 'not_a_care_account' }] },
    });
    const other = await newEmployerWithDepartment(testApp);
    const foreign = await callApi(testApp, admin.cookie, 'POST', url, {
      userId: caseManager.userId,
      departmentId: other.departmentId,
    });
    expect(foreign.json()).toMatchObject({
      error: { fields: [{ path: 'departmentId', code: 'unknown_department' }] },
    });

    const listed = (await callApi(testApp, admin.cookie, 'GET', url)).json() as CareAssignments;
    expect(
      listed.assignments.map((row) => [row.userId, row.role, row.departmentName]).sort(),
    ).toEqual(
      [
        [caseManager.userId, 'case_manager', null],
        [doctor.userId, 'company_doctor', 'Zorg'],
      ].sort(),
    );
    expect(listed.candidates.map((candidate) => candidate.id)).toEqual(
      expect.arrayContaining([caseManager.userId, doctor.userId]),
    );
    expect(listed.candidates.map((candidate) => candidate.id)).not.toContain(admin.userId);
    expect(listed.departments).toEqual([{ id: departmentId, name: 'Zorg' }]);

    // The care roles themselves do not manage assignments; an unknown employer is 404.
    expect((await callApi(testApp, caseManager.cookie, 'GET', url)).statusCode).toBe(403);
    expect(
      (
        await callApi(
          testApp,
          admin.cookie,
          'GET',
          `/api/employers/${randomUUID()}/care-assignments`,
        )
      ).statusCode,
    ).toBe(404);

    const assignment = listed.assignments.find((row) => row.userId === doctor.userId);
    const removed = await callApi(testApp, admin.cookie, 'DELETE', `${url}/${assignment?.id}`);
    expect(removed.statusCode).toBe(204);
    expect(
      (await callApi(testApp, admin.cookie, 'DELETE', `${url}/${assignment?.id}`)).statusCode,
    ).toBe(404);
    // Another employer's path does not reach this employer's assignment.
    const caseManagerRow = listed.assignments.find((row) => row.userId === caseManager.userId);
    expect(
      (
        await callApi(
          testApp,
          admin.cookie,
          'DELETE',
          `/api/employers/${other.employerId}/care-assignments/${caseManagerRow?.id}`,
        )
      ).statusCode,
    ).toBe(404);

    const actions = (
      await listAuditEntries(testApp.platform.database.db, { employerId, limit: 10 })
    ).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['users.care_assigned', 'users.care_unassigned']),
    );
  });
});
