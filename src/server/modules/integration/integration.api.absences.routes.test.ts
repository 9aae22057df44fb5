import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiAbsenceWritten } from '../../../contracts/api-v1-absences.js';
import type { ApiAbsence } from '../../../contracts/api-v1.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { callV1, employerWithApiClient } from '../../test/api-v1.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { cases } from '../cases/cases.table.js';

describeEachDatabase('REST API v1: reporting sick, with Idempotency-Key', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { RATE_LIMIT_API_PER_CLIENT: '1000' });
  });
  afterAll(() => testApp.close());

  const setUp = (mode?: 'full' | 'absence_only' | 'none') =>
    employerWithApiClient(testApp, ['absences:read', 'absences:write'], mode);
  const storedCases = (employerId: string) =>
    testApp.platform.database.db
      .select({ id: cases.id, hrAbsenceId: cases.hrAbsenceId, firstDay: cases.firstDay })
      .from(cases)
      .where(eq(cases.employerId, employerId));

  it('reports sick by personnel number, backdated; the absence reads back with its timeline', async () => {
    const setup = await setUp();
    const response = await callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0012',
      hrAbsenceId: 'AFW-1',
      firstSickDay: '2026-02-16',
      percentage: 60,
    });
    expect(response.statusCode, response.body).toBe(201);
    const written = response.json<ApiAbsenceWritten>();
    expect(written).toMatchObject({
      hrAbsenceId: 'AFW-1',
      employeeId: setup.employeeId,
      firstDay: '2026-02-16',
      lastDay: null,
      percentages: [{ validFrom: '2026-02-16', percentage: 60 }],
      legalCase: { firstSickDay: '2026-02-16', previousAbsenceId: null, recurrence: false },
    });
    expect(await storedCases(setup.employerId)).toEqual([
      { id: written.id, hrAbsenceId: 'AFW-1', firstDay: '2026-02-16' },
    ]);
    const read = await callV1(testApp, setup.accessToken, 'GET', '/api/v1/absences');
    expect(read.json<{ data: ApiAbsence[] }>().data.map((absence) => absence.id)).toEqual([
      written.id,
    ]);
    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: setup.employerId,
      limit: 50,
    });
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['api.called', 'case.reported_sick']),
    );
  });

  it('a recurrence within 28 days joins the earlier legal case, and the answer says so', async () => {
    const setup = await setUp('absence_only');
    const earlier = await insertCase(testApp, setup.employerId, setup.employeeId, {
      firstDay: '2026-01-05',
      lastDay: '2026-01-20',
      segments: [{ validFrom: '2026-01-05', percentage: 100 }],
    });
    const response = await callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', {
      employeeId: setup.employeeId.toUpperCase(),
      firstSickDay: '2026-02-10',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<ApiAbsenceWritten>().legalCase).toEqual({
      firstSickDay: '2026-01-05',
      previousAbsenceId: earlier,
      recurrence: true,
      waitingDaysBefore: 16,
    });
  });

  it('the same Idempotency-Key and body replay the answer; another body is refused with 422', async () => {
    const setup = await setUp();
    const body = { personnelNumber: '0012', firstSickDay: '2026-02-23', hrAbsenceId: 'AFW-7' };
    const post = (payload: unknown, key: string) =>
      callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', payload, key);
    const first = await post(body, 'key-1');
    expect(first.statusCode, first.body).toBe(201);
    // The same body with its keys in another order is the same request.
    const again = await post(
      { hrAbsenceId: 'AFW-7', firstSickDay: '2026-02-23', personnelNumber: '0012' },
      'key-1',
    );
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const other = await post({ ...body, firstSickDay: '2026-02-24' }, 'key-1');
    expect(other.statusCode, other.body).toBe(422);
    expect(other.json().error.code).toBe('api_idempotency_key_reused');
    // Without the key, the same report is a second one: refused by the rules, not replayed.
    const unkeyed = await callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', body);
    expect(unkeyed.statusCode).toBe(400);
    expect(unkeyed.json().error.fields?.[0]).toMatchObject({ code: 'case_overlapping' });
    // An absence id the HR system gave an earlier absence is taken.
    const earlier = await insertCase(testApp, setup.employerId, setup.employeeId, {
      firstDay: '2026-01-05',
      lastDay: '2026-01-09',
    });
    await testApp.platform.database.db
      .update(cases)
      .set({ hrAbsenceId: 'AFW-3' })
      .where(eq(cases.id, earlier));
    await hireEmployee(
      testApp.modules.employees,
      setup.employerId,
      { departmentId: setup.department.id },
      { personnelNumber: '0013' },
    );
    const taken = await callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0013',
      firstSickDay: '2026-02-20',
      hrAbsenceId: 'AFW-3',
    });
    expect(taken.statusCode, taken.body).toBe(409);
    expect(taken.json().error).toMatchObject({
      code: 'hr_absence_id_taken',
      fields: [expect.objectContaining({ path: 'hrAbsenceId', code: 'hr_absence_id_taken' })],
    });
    expect(await storedCases(setup.employerId)).toHaveLength(2);
  });

  it('20 identical requests at once with one Idempotency-Key create exactly one absence', async () => {
    const setup = await setUp();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        callV1(
          testApp,
          setup.accessToken,
          'POST',
          '/api/v1/absences',
          { personnelNumber: '0012', firstSickDay: '2026-02-25' },
          'parallel-1',
        ),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((response) => response.json<ApiAbsenceWritten>().id)).size).toBe(
      1,
    );
    expect(responses.filter((response) => response.headers['idempotent-replayed'])).toHaveLength(
      19,
    );
    expect(await storedCases(setup.employerId)).toHaveLength(1);
  });

  it('applies the app’s rules and the employer’s mode; a refusal changes nothing', async () => {
    const setup = await setUp();
    const post = (payload: unknown) =>
      callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', payload, `k-${Math.random()}`);
    expect((await post({ personnelNumber: '0012', firstSickDay: '2026-02-02' })).statusCode).toBe(
      201,
    );
    const refusals: [unknown, number, string, string | undefined][] = [
      [
        { personnelNumber: '0012', firstSickDay: '2026-02-20' },
        400,
        'case_overlapping',
        'firstSickDay',
      ],
      [
        { personnelNumber: '0012', firstSickDay: '2019-12-01' },
        400,
        'case_overlapping',
        'firstSickDay',
      ],
      [
        { personnelNumber: '0013', firstSickDay: '2026-02-20' },
        400,
        'api_employee_unknown',
        'personnelNumber',
      ],
      [
        { personnelNumber: '0012', firstSickDay: '2026-04-01' },
        400,
        'case_overlapping',
        'firstSickDay',
      ],
    ];
    for (const [payload, status, code, path] of refusals) {
      const response = await post(payload);
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.fields?.[0]).toMatchObject({ code, path });
    }
    const fresh = await setUp();
    const before = await callV1(testApp, fresh.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0012',
      firstSickDay: '2019-12-01',
    });
    expect(before.json().error.fields?.[0]).toMatchObject({
      code: 'case_before_employment_start',
      path: 'firstSickDay',
    });
    const ahead = await callV1(testApp, fresh.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0012',
      firstSickDay: '2026-04-01',
    });
    expect(ahead.json().error.fields?.[0]).toMatchObject({ code: 'case_too_far_in_future' });
    const none = await setUp('none');
    const refused = await callV1(testApp, none.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0012',
      firstSickDay: '2026-02-20',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('api_not_given_to_hr_system');
    expect(await storedCases(setup.employerId)).toHaveLength(1);
    expect(await storedCases(fresh.employerId)).toHaveLength(0);
    expect(await storedCases(none.employerId)).toHaveLength(0);
  });

  it('refuses bad input with 400 and stores nothing: types, NUL, dates, odd ids, keys', async () => {
    const setup = await setUp();
    const bodies: unknown[] = [
      { personnelNumber: '0012', firstSickDay: '2026-02-30' },
      { personnelNumber: '0012', firstSickDay: '20-02-2026' },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', percentage: '100' },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', percentage: 0 },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', percentage: 50.5 },
      { personnelNumber: 12, firstSickDay: '2026-02-20' },
      { personnelNumber: ' 0012', firstSickDay: '2026-02-20' },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', hrAbsenceId: 'a\u0000b' },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', hrAbsenceId: 'a\nb' },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', hrAbsenceId: '' },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', hrAbsenceId: 'x'.repeat(101) },
      { employeeId: 'not-a-uuid', firstSickDay: '2026-02-20' },
      { employeeId: setup.employeeId, personnelNumber: '0012', firstSickDay: '2026-02-20' },
      { firstSickDay: '2026-02-20' },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', classification: 'flu' },
      { personnelNumber: '0012', firstSickDay: '2026-02-20', extra: true },
      [],
    ];
    for (const body of bodies) {
      const response = await callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', body);
      expect(response.statusCode, `${JSON.stringify(body)} ${response.body}`).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: expect.any(String) } });
    }
    for (const key of ['', 'with space', 'ü', 'x'.repeat(256)]) {
      const response = await callV1(
        testApp,
        setup.accessToken,
        'POST',
        '/api/v1/absences',
        { personnelNumber: '0012', firstSickDay: '2026-02-20' },
        key,
      );
      expect(response.statusCode, `${key} ${response.body}`).toBe(400);
    }
    expect(await storedCases(setup.employerId)).toHaveLength(0);
  });

  it('a client of another employer cannot report sick for this one, nor needs no scope', async () => {
    const own = await setUp();
    const other = await setUp();
    const foreign = await callV1(testApp, other.accessToken, 'POST', '/api/v1/absences', {
      employeeId: own.employeeId,
      firstSickDay: '2026-02-20',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields?.[0]).toMatchObject({
      path: 'employeeId',
      code: 'api_employee_unknown',
    });
    // The personnel number is the other employer's own 0012.
    const byNumber = await callV1(testApp, other.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0012',
      firstSickDay: '2026-02-20',
    });
    expect(byNumber.json<ApiAbsenceWritten>().employeeId).toBe(other.employeeId);
    expect(await storedCases(own.employerId)).toHaveLength(0);
    const readOnly = await employerWithApiClient(testApp, ['absences:read']);
    const refused = await callV1(testApp, readOnly.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0012',
      firstSickDay: '2026-02-20',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('api_scope_missing');
  });

  it('documents the operation in the OpenAPI document: scope, Idempotency-Key, examples', async () => {
    await testApp.app.ready();
    const document = testApp.app.swagger() as {
      paths: Record<
        string,
        Record<string, { security?: unknown; parameters?: { name: string }[] }>
      >;
    };
    const operation = document.paths['/api/v1/absences']?.post;
    expect(operation?.security).toEqual([{ bearer: [] }]);
    expect(operation?.parameters?.map((parameter) => parameter.name)).toContain('idempotency-key');
    expect(JSON.stringify(operation)).toContain('AFW-2026-0417');
  });
});
