import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import {
  callApi,
  createTestApp,
  createTestUser,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { setScope } from '../../test/scope.js';
import { employers } from '../organisation/organisation.table.js';

/** The test app's clock stands on 2 March 2026. */
describeEachDatabase('adding and changing employees and employments', (context) => {
  let testApp: TestApp;
  let owner: TestUser;
  let cookie: string;
  let employerId: AuthorizedEmployerId;
  let zorg: string;
  let keuken: string;
  let gesloten: string;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    owner = await createTestUser(testApp);
    employerId = trustEmployerId(owner.employerId);
    const organisation = testApp.modules.organisation;
    zorg = (await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null })).id;
    keuken = (await organisation.createDepartment(employerId, { name: 'Keuken', parentId: null }))
      .id;
    gesloten = (await organisation.createDepartment(employerId, { name: 'Oud', parentId: null }))
      .id;
    await context.database.db.execute(
      `update departments set closed_on = '2025-12-31' where id = '${gesloten}'`,
    );
    cookie = await logIn(testApp, owner);
  });
  afterAll(() => testApp.close());

  const send = (method: 'POST' | 'PUT', url: string, payload: unknown, as = cookie) =>
    callApi(testApp, as, method, url, payload);
  const dossier = async (id: string) =>
    (
      await testApp.app.inject({ method: 'GET', url: `/api/employees/${id}`, headers: { cookie } })
    ).json();

  const employment = (overrides: Record<string, unknown> = {}) => ({
    departmentId: zorg,
    startDate: '2024-02-01',
    contractStartDate: '2024-02-01',
    functionGroup: 'FWG 45',
    functionName: 'Verzorgende',
    employmentType: 'permanent',
    contractHoursPerWeek: 32,
    noRiskPolicy: false,
    ...overrides,
  });
  const newEmployee = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Anouk',
    initials: 'A.',
    namePrefix: 'van der',
    lastName: 'Berg',
    gender: 'f',
    dateOfBirth: '1990-06-15',
    personnelNumber: null,
    employments: [employment()],
    ...overrides,
  });

  async function addEmployee(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await send('POST', '/api/employees', newEmployee(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id;
  }

  it('adds an employee with two employments at once, audited', async () => {
    const id = await addEmployee({
      personnelNumber: 'P-100',
      employments: [
        employment(),
        employment({ departmentId: keuken, contractHoursPerWeek: 8, functionName: 'Kok' }),
      ],
    });
    const body = await dossier(id);
    expect(body).toMatchObject({
      firstName: 'Anouk',
      namePrefix: 'van der',
      personnelNumber: 'P-100',
    });
    expect(body.employments.map((e: { number: number }) => e.number)).toEqual([1, 2]);
    const audit = await listAuditEntries(testApp.platform.database.db, { employerId, limit: 10 });
    expect(
      audit.some((entry) => entry.action === 'employees.created' && entry.subjectId === id),
    ).toBe(true);
  });

  it('adds to the chosen Werkgever only when it is the employer the user acts for (issue 18)', async () => {
    const chosen = await send('POST', '/api/employees', newEmployee({ employerId }));
    expect(chosen.statusCode, chosen.body).toBe(201);
    const other = await createTestUser(testApp);
    const refused = await send(
      'POST',
      '/api/employees',
      newEmployee({ employerId: other.employerId, lastName: 'Elders' }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toMatchObject([
      { path: 'employerId', code: 'employer_not_active' },
    ]);
    const search = await testApp.app.inject({
      method: 'GET',
      url: '/api/employees?name=Elders',
      headers: { cookie },
    });
    expect(search.json().total).toBe(0);
  });

  it('reports every field problem at once, with its own code', async () => {
    const response = await send(
      'POST',
      '/api/employees',
      newEmployee({
        dateOfBirth: '1910-01-01',
        employments: [
          employment({ startDate: '2030-01-01', contractHoursPerWeek: 81 }),
          employment({ departmentId: gesloten, endDate: '2020-01-01' }),
        ],
        vault: { bsn: '123456789', postcode: '12345', houseNumber: 0 },
      }),
    );
    expect(response.statusCode).toBe(400);
    const fields = response
      .json()
      .error.fields.map((f: { path: string; code: string }) => [f.path, f.code]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['dateOfBirth', 'date_too_early'],
        ['employments.0.startDate', 'date_too_late'],
        ['employments.0.contractHoursPerWeek', 'too_big'],
        ['employments.1.departmentId', 'department_closed'],
        ['employments.1.endDate', 'end_before_start'],
        ['vault.bsn', 'bsn_invalid'],
        ['vault.postcode', 'postcode_invalid'],
        ['vault.houseNumber', 'house_number_invalid'],
      ]),
    );
    expect(response.json().error.fields.every((f: { message: string }) => f.message !== '')).toBe(
      true,
    );
  });

  it('refuses a personnel number that is taken and a department of another employer', async () => {
    await addEmployee({ personnelNumber: 'P-200' });
    const taken = await send('POST', '/api/employees', newEmployee({ personnelNumber: 'P-200' }));
    expect(taken.json().error.fields[0]).toMatchObject({
      path: 'personnelNumber',
      code: 'personnel_number_taken',
    });
    const stranger = await createTestUser(testApp);
    const foreign = await testApp.modules.organisation.createDepartment(
      trustEmployerId(stranger.employerId),
      { name: 'Elders', parentId: null },
    );
    const response = await send(
      'POST',
      '/api/employees',
      newEmployee({ employments: [employment({ departmentId: foreign.id })] }),
    );
    expect(response.json().error.fields[0]).toMatchObject({
      path: 'employments.0.departmentId',
      code: 'invalid_value',
    });
  });

  it('corrects the current version in place, audited with before and after', async () => {
    const id = await addEmployee();
    const [first] = (await dossier(id)).employments;
    const response = await send('POST', `/api/employees/${id}/employments/${first.id}/correction`, {
      departmentId: keuken,
      contractHoursPerWeek: 24,
    });
    expect(response.statusCode, response.body).toBe(204);
    const [corrected] = (await dossier(id)).employments;
    expect(corrected.versions).toHaveLength(1);
    expect(corrected.versions[0]).toMatchObject({ departmentId: keuken, contractHoursPerWeek: 24 });
    const audit = await listAuditEntries(testApp.platform.database.db, { employerId, limit: 5 });
    const entry = audit.find((e) => e.action === 'employees.employment_corrected');
    expect(entry?.details).toMatchObject({
      before: { departmentId: zorg, contractHoursPerWeek: 32 },
      after: { departmentId: keuken, contractHoursPerWeek: 24 },
    });
  });

  it('changes from a date with history: the history shows both departments', async () => {
    const id = await addEmployee();
    const [first] = (await dossier(id)).employments;
    const response = await send('POST', `/api/employees/${id}/employments/${first.id}/changes`, {
      validFrom: '2025-09-01',
      departmentId: keuken,
    });
    expect(response.statusCode, response.body).toBe(204);
    const [changed] = (await dossier(id)).employments;
    expect(changed.versions).toMatchObject([
      { validFrom: '2025-09-01', validUntil: null, departmentId: keuken, contractHoursPerWeek: 32 },
      { validFrom: '2024-02-01', validUntil: '2025-08-31', departmentId: zorg },
    ]);
    const again = await send('POST', `/api/employees/${id}/employments/${first.id}/changes`, {
      validFrom: '2025-09-01',
      contractHoursPerWeek: 20,
    });
    expect(again.json().error.fields[0].code).toBe('employment_version_exists');
  });

  it('reports out of service (overwritable) and re-hires with a new employment', async () => {
    const id = await addEmployee();
    const out = await send('POST', `/api/employees/${id}/out-of-service`, {
      date: '2026-01-31',
      reason: 'none',
    });
    expect(out.statusCode, out.body).toBe(204);
    let body = await dossier(id);
    expect(body.inService).toBe(false);
    expect(body.employments[0]).toMatchObject({
      endDate: '2026-01-31',
      endReason: 'none',
      status: 'ended',
    });

    await send('POST', `/api/employees/${id}/out-of-service`, {
      date: '2026-02-15',
      reason: 'deceased',
    });
    body = await dossier(id);
    expect(body.employments[0]).toMatchObject({ endDate: '2026-02-15', endReason: 'deceased' });
    const deceased = await send(
      'POST',
      `/api/employees/${id}/employments`,
      employment({ startDate: '2026-03-01', departmentId: keuken }),
    );
    expect(deceased.statusCode, deceased.body).toBe(409);
    expect(deceased.json().error).toMatchObject({
      code: 'employee_deceased',
      message: expect.stringContaining('overleden'),
    });

    await send('POST', `/api/employees/${id}/out-of-service`, {
      date: '2026-02-15',
      reason: 'none',
    });
    const rehire = await send(
      'POST',
      `/api/employees/${id}/employments`,
      employment({ startDate: '2026-03-01', departmentId: keuken }),
    );
    expect(rehire.statusCode, rehire.body).toBe(201);
    body = await dossier(id);
    expect(body.inService).toBe(true);
    // The new employment is shown first, with the next number: the first keeps its 1.
    expect(body.employments).toMatchObject([
      { number: 2, status: 'current', startDate: '2026-03-01' },
      { number: 1, status: 'ended', endDate: '2026-02-15' },
    ]);
  });

  it('keeps each employment its number when a later one is added (issue 18)', async () => {
    const id = await addEmployee();
    const numbers = async () =>
      Object.fromEntries(
        (await dossier(id)).employments.map((e: { startDate: string; number: number }) => [
          e.startDate,
          e.number,
        ]),
      );
    expect(await numbers()).toEqual({ '2024-02-01': 1 });
    // A second employment that started later, running beside the first (shown first).
    const second = await send(
      'POST',
      `/api/employees/${id}/employments`,
      employment({ startDate: '2025-09-01', departmentId: keuken }),
    );
    expect(second.statusCode, second.body).toBe(201);
    // And one that starts in the future.
    await send(
      'POST',
      `/api/employees/${id}/employments`,
      employment({ startDate: '2026-06-01', departmentId: keuken }),
    );
    expect(await numbers()).toEqual({ '2024-02-01': 1, '2025-09-01': 2, '2026-06-01': 3 });
    expect((await dossier(id)).employments[0]).toMatchObject({
      number: 2,
      startDate: '2025-09-01',
    });
  });

  it('ends one employment and refuses an end before its start', async () => {
    const id = await addEmployee();
    const [first] = (await dossier(id)).employments;
    const early = await send('PUT', `/api/employees/${id}/employments/${first.id}/end`, {
      endDate: '2024-01-01',
    });
    expect(early.json().error.fields[0].code).toBe('end_before_start');
    const ended = await send('PUT', `/api/employees/${id}/employments/${first.id}/end`, {
      endDate: '2026-06-30',
    });
    expect(ended.statusCode).toBe(204);
    expect((await dossier(id)).employments[0]).toMatchObject({
      endDate: '2026-06-30',
      status: 'current',
    });
  });

  it('edits the name parts; the search finds the new name and not the old one', async () => {
    const id = await addEmployee({ firstName: 'Zoë', namePrefix: null, lastName: 'Oudnaam' });
    const response = await send('PUT', `/api/employees/${id}/details`, {
      firstName: 'Zoë',
      initials: 'Z.',
      namePrefix: 'de',
      lastName: 'Nieuwnaam',
      gender: 'f',
      dateOfBirth: '1991-02-03',
      personnelNumber: null,
    });
    expect(response.statusCode, response.body).toBe(204);
    const search = (name: string) =>
      testApp.app.inject({
        method: 'GET',
        url: `/api/employees?name=${encodeURIComponent(name)}`,
        headers: { cookie },
      });
    expect((await search('Nieuwnaam, de')).json().items.map((i: { id: string }) => i.id)).toEqual([
      id,
    ]);
    expect((await search('Oudnaam')).json().total).toBe(0);
  });

  it('sets a manager who is a user of the employer, and refuses a stranger', async () => {
    const id = await addEmployee();
    const manager = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    const set = await send('PUT', `/api/employees/${id}/manager`, { userId: manager.userId });
    expect(set.statusCode, set.body).toBe(204);
    expect((await dossier(id)).managerUserId).toBe(manager.userId);
    const stranger = await createTestUser(testApp);
    const refused = await send('PUT', `/api/employees/${id}/manager`, { userId: stranger.userId });
    expect(refused.json().error.fields[0].code).toBe('manager_not_a_user');
  });

  it('refuses changes for employers whose HR system owns the data', async () => {
    const id = await addEmployee();
    await context.database.db
      .update(employers)
      .set({ hrIntegrationMode: 'full' })
      .where(eq(employers.id, employerId));
    try {
      const response = await send('POST', `/api/employees/${id}/out-of-service`, {
        date: '2026-01-31',
        reason: 'none',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('managed_by_hr_system');
      expect((await dossier(id)).hrIntegrationMode).toBe('full');
    } finally {
      await context.database.db
        .update(employers)
        .set({ hrIntegrationMode: 'none' })
        .where(eq(employers.id, employerId));
    }
  });

  describe('who may change what', () => {
    it('refuses employees.write to managers and integration super users (403)', async () => {
      const id = await addEmployee();
      for (const role of ['manager_with_reports', 'super_user_integration', 'absence_reporter']) {
        const user = await createTestUser(testApp, { role, employerId });
        const userCookie = await logIn(testApp, user);
        const response = await send(
          'POST',
          `/api/employees/${id}/out-of-service`,
          { date: '2026-01-31', reason: 'none' },
          userCookie,
        );
        expect(response.statusCode, role).toBe(403);
        const add = await send('POST', '/api/employees', newEmployee(), userCookie);
        expect(add.statusCode, role).toBe(403);
      }
    });

    it("answers 404 for another employer's employee and for one outside the scope", async () => {
      const id = await addEmployee();
      const [first] = (await dossier(id)).employments;
      const stranger = await createTestUser(testApp);
      const strangerCookie = await logIn(testApp, stranger);
      const foreign = await send(
        'POST',
        `/api/employees/${id}/employments/${first.id}/correction`,
        { contractHoursPerWeek: 1 },
        strangerCookie,
      );
      expect(foreign.statusCode).toBe(404);

      const keukenOnly = await createTestUser(testApp, { employerId });
      await setScope(testApp, keukenOnly, { departmentIds: [keuken] });
      const keukenCookie = await logIn(testApp, keukenOnly);
      const outOfScope = await send(
        'PUT',
        `/api/employees/${id}/employments/${first.id}/end`,
        { endDate: '2026-12-31' },
        keukenCookie,
      );
      expect(outOfScope.statusCode).toBe(404);
      // Nor may they add someone to a department outside their scope.
      const add = await send('POST', '/api/employees', newEmployee(), keukenCookie);
      expect(add.json().error.fields[0]).toMatchObject({
        path: 'employments.0.departmentId',
        code: 'invalid_value',
      });
    });
  });
});
