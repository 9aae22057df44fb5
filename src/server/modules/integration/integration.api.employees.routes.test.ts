import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiEmployee } from '../../../contracts/api-v1.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { apiClientToken, callV1, employerWithApiClient } from '../../test/api-v1.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { employees, employments, employmentVersions } from '../employees/employees.table.js';

describeEachDatabase('REST API v1: PUT /api/v1/employees/{employee}', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { RATE_LIMIT_API_PER_CLIENT: '1000' });
  });
  afterAll(() => testApp.close());

  const setUp = (mode?: 'full' | 'absence_only' | 'none') =>
    employerWithApiClient(testApp, ['employees:read', 'employees:write'], mode);

  /** Every stored row of the employer's employees, employments and versions, in one order. */
  async function storedState(employerId: string) {
    const { db } = testApp.platform.database;
    return {
      employees: await db
        .select()
        .from(employees)
        .where(eq(employees.employerId, employerId))
        .orderBy(employees.id),
      employments: await db
        .select()
        .from(employments)
        .where(eq(employments.employerId, employerId))
        .orderBy(employments.id),
      versions: await db
        .select()
        .from(employmentVersions)
        .where(eq(employmentVersions.employerId, employerId))
        .orderBy(employmentVersions.employmentId, employmentVersions.validFrom),
    };
  }

  const auditActions = async (employerId: string) =>
    (await listAuditEntries(testApp.platform.database.db, { employerId, limit: 100 })).map(
      (entry) => entry.action,
    );

  const version = (departmentId: string, validFrom: string, hours = 32) => ({
    validFrom,
    departmentId,
    contractHoursPerWeek: hours,
    functionName: 'Verkoper',
    functionGroup: null,
    employmentType: 'permanent',
    noRiskPolicy: false,
  });

  const newEmployee = (departmentId: string) => ({
    firstName: 'Anna',
    initials: 'A.',
    namePrefix: null,
    lastName: 'Bakker',
    gender: 'f',
    dateOfBirth: '1988-07-21',
    employments: [
      {
        hrEmploymentId: 'DV-0099-1',
        startDate: '2024-03-01',
        versions: [version(departmentId, '2024-03-01', 36)],
      },
    ],
  });

  it('creates by personnel number (201), replays the same body without any change (200)', async () => {
    const setup = await setUp();
    const url = '/api/v1/employees/personnelNumber:0099';
    const body = newEmployee(setup.department.id);
    const created = await callV1(testApp, setup.accessToken, 'PUT', url, body);
    expect(created.statusCode, created.body).toBe(201);
    const employee = created.json<ApiEmployee>();
    expect(employee).toMatchObject({
      personnelNumber: '0099',
      firstName: 'Anna',
      lastName: 'Bakker',
      gender: 'f',
      dateOfBirth: '1988-07-21',
      employments: [{ number: 1, startDate: '2024-03-01', endDate: null }],
    });
    const read = await callV1(testApp, setup.accessToken, 'GET', url);
    expect(read.json()).toEqual(employee);
    const before = await storedState(setup.employerId);
    expect(
      before.versions.filter((row) => row.employmentId === employee.employments[0]?.id),
    ).toHaveLength(1);
    const actionsBefore = await auditActions(setup.employerId);
    expect(actionsBefore).toEqual(expect.arrayContaining(['employees.created', 'api.called']));

    // The same body again, also addressed by our id: nothing written but the api.called entry.
    for (const again of [url, `/api/v1/employees/${employee.id}`]) {
      const replay = await callV1(testApp, setup.accessToken, 'PUT', again, {
        ...body,
        personnelNumber: '0099',
      });
      expect(replay.statusCode, replay.body).toBe(200);
      expect(replay.json()).toEqual(employee);
    }
    expect(await storedState(setup.employerId)).toEqual(before);
    const actionsAfter = await auditActions(setup.employerId);
    expect(actionsAfter.filter((action) => action !== 'api.called')).toEqual(
      actionsBefore.filter((action) => action !== 'api.called'),
    );
  });

  it('a department move and other hours from a date add a version; the replay adds none', async () => {
    const setup = await setUp();
    const inkoop = await testApp.modules.organisation.createDepartment(setup.employerId, {
      name: 'Inkoop',
      parentId: null,
    });
    const url = '/api/v1/employees/personnelNumber:0099';
    const body = newEmployee(setup.department.id);
    const created = await callV1(testApp, setup.accessToken, 'PUT', url, body);
    expect(created.statusCode, created.body).toBe(201);
    const [employment] = body.employments;
    if (!employment) throw new Error('no employment');
    const moved = {
      ...body,
      employments: [
        {
          ...employment,
          versions: [...employment.versions, version(inkoop.id, '2025-06-01', 24)],
        },
      ],
    };
    const changed = await callV1(testApp, setup.accessToken, 'PUT', url, moved);
    expect(changed.statusCode, changed.body).toBe(200);
    const answer = changed.json<ApiEmployee>();
    expect(answer.id).toBe(created.json<ApiEmployee>().id);
    const state = await storedState(setup.employerId);
    const history = state.versions.filter((row) => row.employmentId === answer.employments[0]?.id);
    expect(
      history.map((row) => [row.validFrom, row.departmentId, Number(row.contractHoursPerWeek)]),
    ).toEqual([
      ['2024-03-01', setup.department.id, 36],
      ['2025-06-01', inkoop.id, 24],
    ]);
    expect(await auditActions(setup.employerId)).toContain('employees.employment_changed');

    const replay = await callV1(testApp, setup.accessToken, 'PUT', url, moved);
    expect(replay.statusCode, replay.body).toBe(200);
    expect(replay.json()).toEqual(answer);
    expect(await storedState(setup.employerId)).toEqual(state);

    // The end of the employment and a corrected first version, in one PUT.
    const ended = {
      ...moved,
      employments: [
        {
          ...employment,
          endDate: '2025-12-31',
          versions: [
            version(setup.department.id, '2024-03-01', 38),
            version(inkoop.id, '2025-06-01', 24),
          ],
        },
      ],
    };
    const end = await callV1(testApp, setup.accessToken, 'PUT', url, ended);
    expect(end.statusCode, end.body).toBe(200);
    expect(end.json<ApiEmployee>().employments).toEqual([
      expect.objectContaining({ endDate: '2025-12-31' }),
    ]);
    const after = await storedState(setup.employerId);
    expect(
      after.versions
        .filter((row) => row.employmentId === answer.employments[0]?.id)
        .map((row) => Number(row.contractHoursPerWeek)),
    ).toEqual([38, 24]);
  });

  it('an employee made in the app gets the HR employment id of its employment (no duplicate)', async () => {
    const setup = await setUp();
    const response = await callV1(
      testApp,
      setup.accessToken,
      'PUT',
      `/api/v1/employees/${setup.employeeId}`,
      {
        firstName: 'Sam',
        initials: null,
        namePrefix: null,
        lastName: 'Vries',
        gender: 'x',
        dateOfBirth: '1990-05-01',
        employments: [
          {
            hrEmploymentId: 'DV-0012-1',
            startDate: '2020-01-01',
            versions: [
              { ...version(setup.department.id, '2020-01-01'), functionName: null },
              version(setup.department.id, '2026-01-01', 20),
            ],
          },
        ],
      },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<ApiEmployee>()).toMatchObject({
      id: setup.employeeId,
      personnelNumber: '0012',
      employments: [{ number: 1, startDate: '2020-01-01' }],
    });
    const state = await storedState(setup.employerId);
    expect(state.employments.map((row) => row.hrEmploymentId)).toEqual(['DV-0012-1']);
    expect(state.versions.map((row) => row.validFrom)).toEqual(['2020-01-01', '2026-01-01']);
  });

  it('refuses a token without employees:write (403) and an employee of another employer (404)', async () => {
    const setup = await setUp();
    const other = await setUp();
    const readOnly = await apiClientToken(testApp, setup.cookie, ['employees:read']);
    const body = newEmployee(setup.department.id);
    const before = await storedState(setup.employerId);
    const otherBefore = await storedState(other.employerId);

    const noScope = await callV1(
      testApp,
      readOnly.accessToken,
      'PUT',
      '/api/v1/employees/personnelNumber:0099',
      body,
    );
    expect(noScope.statusCode).toBe(403);
    expect(noScope.json().error.code).toBe('api_scope_missing');

    const foreign = await callV1(
      testApp,
      setup.accessToken,
      'PUT',
      `/api/v1/employees/${other.employeeId}`,
      body,
    );
    expect(foreign.statusCode, foreign.body).toBe(404);
    expect(foreign.json().error.code).toBe('not_found');
    // A department of another employer is no department of this one.
    const foreignDepartment = await callV1(
      testApp,
      setup.accessToken,
      'PUT',
      '/api/v1/employees/personnelNumber:0099',
      newEmployee(other.department.id),
    );
    expect(foreignDepartment.statusCode, foreignDepartment.body).toBe(400);
    expect(foreignDepartment.json().error.fields).toEqual([
      expect.objectContaining({
        path: 'employments.0.versions.0.departmentId',
        code: 'invalid_value',
      }),
    ]);
    expect(await storedState(setup.employerId)).toEqual(before);
    expect(await storedState(other.employerId)).toEqual(otherBefore);
  });

  it('refuses bad bodies with 400 and the field, changing nothing', async () => {
    const setup = await setUp();
    const url = '/api/v1/employees/personnelNumber:0099';
    const good = newEmployee(setup.department.id);
    const created = await callV1(testApp, setup.accessToken, 'PUT', url, good);
    expect(created.statusCode, created.body).toBe(201);
    const [employment] = good.employments;
    if (!employment) throw new Error('no employment');
    const before = await storedState(setup.employerId);
    const withEmployment = (changes: Record<string, unknown>) => ({
      ...good,
      employments: [{ ...employment, ...changes }],
    });
    const cases: [unknown, string, string][] = [
      [{ ...good, lastName: undefined }, 'lastName', ''],
      [{ ...good, gender: 'q' }, 'gender', ''],
      [{ ...good, extra: 1 }, '', ''],
      [{ ...good, employments: [] }, 'employments', ''],
      [{ ...good, personnelNumber: '0100' }, 'personnelNumber', 'api_personnel_number_mismatch'],
      [
        withEmployment({ versions: [version(setup.department.id, '2024-04-01')] }),
        'employments.0.versions.0.validFrom',
        'api_first_version_not_at_start',
      ],
      [
        withEmployment({
          versions: [
            version(setup.department.id, '2024-03-01'),
            version(setup.department.id, '2024-03-01'),
          ],
        }),
        'employments.0.versions.1.validFrom',
        'api_versions_out_of_order',
      ],
      [withEmployment({ endDate: '2024-02-01' }), 'employments.0.endDate', 'end_before_start'],
      [
        withEmployment({ versions: [version(setup.department.id, '2024-03-01', 81)] }),
        'employments.0.versions.0.contractHoursPerWeek',
        'too_big',
      ],
      [
        withEmployment({
          versions: [{ ...version(setup.department.id, '2024-03-01'), departmentId: 'x' }],
        }),
        'employments.0.versions.0.departmentId',
        '',
      ],
      [
        { ...good, employments: [employment, employment] },
        'employments.1.hrEmploymentId',
        'api_hr_employment_id_repeated',
      ],
      [withEmployment({ startDate: '2024-02-30' }), 'employments.0.startDate', ''],
      [{ ...good, dateOfBirth: '1800-01-01' }, 'dateOfBirth', ''],
    ];
    for (const [body, path, code] of cases) {
      const response = await callV1(testApp, setup.accessToken, 'PUT', url, body);
      expect(response.statusCode, `${JSON.stringify(body)} ${response.body}`).toBe(400);
      const fields = response.json().error.fields as { path: string; code: string }[] | undefined;
      if (path !== '') {
        expect(fields, response.body).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ path, ...(code === '' ? {} : { code }) }),
          ]),
        );
      }
    }
    // Another employee's HR employment id and personnel number.
    const other = await callV1(
      testApp,
      setup.accessToken,
      'PUT',
      '/api/v1/employees/personnelNumber:0012',
      { ...good, lastName: 'Vries' },
    );
    expect(other.statusCode, other.body).toBe(400);
    expect(other.json().error.fields).toEqual([
      expect.objectContaining({
        path: 'employments.0.hrEmploymentId',
        code: 'api_hr_employment_id_taken',
      }),
    ]);
    const created0099 = created.json<ApiEmployee>();
    const taken = await callV1(
      testApp,
      setup.accessToken,
      'PUT',
      `/api/v1/employees/${created0099.id}`,
      { ...good, personnelNumber: '0012' },
    );
    expect(taken.statusCode, taken.body).toBe(400);
    expect(taken.json().error.fields).toEqual([
      expect.objectContaining({ path: 'personnelNumber', code: 'personnel_number_taken' }),
    ]);
    for (const [number, code] of [
      ['%2012', 'invalid_hr_id'],
      ['1234567890123456789012345678901', 'too_big'],
    ]) {
      const odd = await callV1(
        testApp,
        setup.accessToken,
        'PUT',
        `/api/v1/employees/personnelNumber:${number}`,
        good,
      );
      expect(odd.statusCode, odd.body).toBe(400);
      expect(odd.json().error.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'personnelNumber', code })]),
      );
    }
    const badKey = await callV1(testApp, setup.accessToken, 'PUT', '/api/v1/employees/nope', good);
    expect(badKey.statusCode).toBe(400);
    expect(await storedState(setup.employerId)).toEqual(before);
  });

  it('takes an Idempotency-Key: the same key replays, with another body it is refused (422)', async () => {
    const setup = await setUp();
    const url = '/api/v1/employees/personnelNumber:0099';
    const body = newEmployee(setup.department.id);
    const first = await callV1(testApp, setup.accessToken, 'PUT', url, body, 'emp-1');
    expect(first.statusCode, first.body).toBe(201);
    const replay = await callV1(testApp, setup.accessToken, 'PUT', url, body, 'emp-1');
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    const before = await storedState(setup.employerId);
    const reused = await callV1(
      testApp,
      setup.accessToken,
      'PUT',
      url,
      { ...body, lastName: 'Smit' },
      'emp-1',
    );
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('api_idempotency_key_reused');
    expect(await storedState(setup.employerId)).toEqual(before);
  });

  it('two PUTs of a new employee at once: one creates it, the other is no 5xx and no duplicate', async () => {
    const setup = await setUp();
    const url = '/api/v1/employees/personnelNumber:0099';
    const body = newEmployee(setup.department.id);
    const answers = await Promise.all([
      callV1(testApp, setup.accessToken, 'PUT', url, body),
      callV1(testApp, setup.accessToken, 'PUT', url, body),
    ]);
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect([
      [200, 201],
      [201, 409],
    ]).toContainEqual(statuses);
    const conflict = answers.find((answer) => answer.statusCode === 409);
    if (conflict) expect(conflict.json().error.code).toBe('api_concurrent_write');
    const state = await storedState(setup.employerId);
    expect(state.employees.filter((row) => row.personnelNumber === '0099')).toHaveLength(1);
    expect(state.employments.filter((row) => row.hrEmploymentId === 'DV-0099-1')).toHaveLength(1);
  });

  it('documents the operation in the OpenAPI document with an example', async () => {
    await testApp.app.ready();
    const document = testApp.app.swagger() as {
      paths: Record<
        string,
        Record<string, { security?: unknown; parameters?: { name: string }[] }>
      >;
    };
    const operation = document.paths['/api/v1/employees/{employee}']?.put;
    expect(operation?.security).toEqual([{ bearer: [] }]);
    expect(operation?.parameters?.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['employee', 'idempotency-key']),
    );
    expect(JSON.stringify(operation)).toContain('"example"');
    expect(JSON.stringify(operation)).toContain('DV-0012-1');
  });

  it('refuses master data unless the mode is full (409), storing nothing', async () => {
    for (const mode of ['absence_only', 'none'] as const) {
      const setup = await setUp(mode);
      const before = await storedState(setup.employerId);
      const response = await callV1(
        testApp,
        setup.accessToken,
        'PUT',
        '/api/v1/employees/personnelNumber:0099',
        newEmployee(setup.department.id),
      );
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error.code).toBe('api_not_given_to_hr_system');
      expect(await storedState(setup.employerId)).toEqual(before);
    }
  });
});
