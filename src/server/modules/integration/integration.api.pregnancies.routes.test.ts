import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiPregnancy } from '../../../contracts/api-v1-dossier.js';
import type { ApiTask } from '../../../contracts/api-v1.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { apiClientToken, callV1, employerWithApiClient } from '../../test/api-v1.js';
import { callApi, createTestApp, type TestApp } from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { cases } from '../cases/cases.table.js';

describeEachDatabase('REST API v1: pregnancies', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { RATE_LIMIT_API_PER_CLIENT: '1000' });
  });
  afterAll(() => testApp.close());

  const setUp = (mode?: 'full' | 'absence_only' | 'none') =>
    employerWithApiClient(testApp, ['absences:read', 'absences:write', 'tasks:read'], mode);
  const pregnanciesOf = (employerId: string) =>
    testApp.platform.database.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.employerId, employerId), eq(cases.kind, 'pregnancy')));
  const url = (employee: string) => `/api/v1/employees/${employee}/pregnancies`;

  it('reports a pregnancy by personnel number as the app does: the leave, the WAZO tasks, the audit', async () => {
    const setup = await setUp('absence_only');
    const response = await callV1(testApp, setup.accessToken, 'POST', url('personnelNumber:0012'), {
      expectedDelivery: '2026-07-15',
      multipleBirth: false,
    });
    expect(response.statusCode, response.body).toBe(201);
    const written = response.json<ApiPregnancy>();
    // The clock stands on 2026-03-02; the last working day defaults to the latest allowed.
    expect(written).toMatchObject({
      employeeId: setup.employeeId,
      firstDay: '2026-03-02',
      lastDay: null,
      endReason: null,
      expectedDelivery: '2026-07-15',
      multipleBirth: false,
      freeDayBetween: false,
      actualDelivery: null,
      leave: { provisional: true },
    });
    expect(written.lastWorkingDay).toBe(written.leave.lastWorkingDayWindow.latest);
    expect(await pregnanciesOf(setup.employerId)).toEqual([{ id: written.id }]);

    // The same WAZO tasks as a report in the app (tasks.cases.test.ts).
    const tasks = await callV1(testApp, setup.accessToken, 'GET', '/api/v1/tasks');
    expect(
      Object.fromEntries(
        tasks
          .json<{ data: ApiTask[] }>()
          .data.filter((task) => task.absenceId === written.id)
          .map((task) => [task.code, task.dueDate]),
      ),
    ).toEqual({
      zwangerschapsverklaring_bewaren: '2026-03-02',
      wazo_aanvraag: '2026-06-04',
      geboorte_melden: '2026-07-22',
    });

    const listed = await callV1(testApp, setup.accessToken, 'GET', url(setup.employeeId));
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json()).toEqual({ data: [written] });

    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: setup.employerId,
      limit: 50,
    });
    const reported = entries.find((entry) => entry.action === 'case.pregnancy_reported');
    expect(reported?.userId).toBe(setup.clientId);
    expect(entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['api.called']));
  });

  it('the same Idempotency-Key and body replay the answer and write nothing new', async () => {
    const setup = await setUp();
    const body = { expectedDelivery: '2026-08-03', multipleBirth: true, note: 'Tweeling' };
    const post = (payload: unknown, key?: string) =>
      callV1(testApp, setup.accessToken, 'POST', url(setup.employeeId), payload, key);
    const first = await post(body, 'preg-1');
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(
      { note: 'Tweeling', multipleBirth: true, expectedDelivery: '2026-08-03' },
      'preg-1',
    );
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const other = await post({ ...body, multipleBirth: false }, 'preg-1');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('api_idempotency_key_reused');
    // Without the key a second report meets the app's rule: one open pregnancy.
    const unkeyed = await post(body);
    expect(unkeyed.statusCode).toBe(409);
    expect(unkeyed.json().error.code).toBe('case_pregnancy_open');
    expect(await pregnanciesOf(setup.employerId)).toHaveLength(1);
  });

  it('applies the app’s rules and the employer’s mode; a refusal stores nothing', async () => {
    const setup = await setUp();
    const outside = await callV1(testApp, setup.accessToken, 'POST', url(setup.employeeId), {
      expectedDelivery: '2026-07-15',
      multipleBirth: false,
      lastWorkingDay: '2026-03-03',
    });
    expect(outside.statusCode, outside.body).toBe(400);
    expect(outside.json().error.fields).toEqual([
      expect.objectContaining({
        path: 'lastWorkingDay',
        code: 'case_last_working_day_outside_window',
      }),
    ]);
    // A leave that would fall on registered sick days is refused.
    await insertCase(testApp, setup.employerId, setup.employeeId, {
      firstDay: '2026-06-01',
      lastDay: '2026-06-20',
    });
    const onSickDays = await callV1(testApp, setup.accessToken, 'POST', url(setup.employeeId), {
      expectedDelivery: '2026-07-15',
      multipleBirth: false,
    });
    expect(onSickDays.statusCode, onSickDays.body).toBe(400);
    expect(onSickDays.json().error.fields?.[0]).toMatchObject({ path: 'lastWorkingDay' });

    const none = await setUp('none');
    const refused = await callV1(testApp, none.accessToken, 'POST', url(none.employeeId), {
      expectedDelivery: '2026-07-15',
      multipleBirth: false,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('api_not_given_to_hr_system');
    expect(await pregnanciesOf(setup.employerId)).toEqual([]);
    expect(await pregnanciesOf(none.employerId)).toEqual([]);
  });

  it('refuses bad input with 400 and field paths: NUL, impossible dates, types, unknown keys', async () => {
    const setup = await setUp();
    const cases: [unknown, string, string][] = [
      [
        { expectedDelivery: '2026-02-30', multipleBirth: false },
        'expectedDelivery',
        'invalid_format',
      ],
      [{ expectedDelivery: '2026-07-15', multipleBirth: 'yes' }, 'multipleBirth', 'invalid_type'],
      [{ multipleBirth: false }, 'expectedDelivery', 'required'],
      [
        { expectedDelivery: '2026-07-15', multipleBirth: false, note: 'a\u0000b' },
        'note',
        'invalid_characters',
      ],
      [
        { expectedDelivery: '2026-07-15', multipleBirth: false, actualDelivery: '2026-07-01' },
        'actualDelivery',
        'unknown_key',
      ],
      [
        { expectedDelivery: '2026-07-15', multipleBirth: false, lastWorkingDay: '1800-01-01' },
        'lastWorkingDay',
        'date_out_of_range',
      ],
    ];
    for (const [body, path, code] of cases) {
      const response = await callV1(
        testApp,
        setup.accessToken,
        'POST',
        url(setup.employeeId),
        body,
      );
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.fields, JSON.stringify(body)).toEqual(
        expect.arrayContaining([expect.objectContaining({ path, code })]),
      );
    }
    const badKey = await callV1(testApp, setup.accessToken, 'POST', url('nobody'), {
      expectedDelivery: '2026-07-15',
      multipleBirth: false,
    });
    expect(badKey.statusCode).toBe(400);
    expect(await pregnanciesOf(setup.employerId)).toEqual([]);
  });

  it('needs its scope (403), a live client (401), and finds no other employer’s employee (404)', async () => {
    const setup = await setUp();
    const other = await setUp();
    const body = { expectedDelivery: '2026-07-15', multipleBirth: false };
    const readOnly = await apiClientToken(testApp, setup.cookie, ['absences:read']);
    const refused = await callV1(
      testApp,
      readOnly.accessToken,
      'POST',
      url(setup.employeeId),
      body,
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('api_scope_missing');
    const documentsOnly = await apiClientToken(testApp, setup.cookie, ['documents:write']);
    expect(
      (await callV1(testApp, documentsOnly.accessToken, 'GET', url(setup.employeeId))).statusCode,
    ).toBe(403);

    for (const [method, payload] of [
      ['POST', body],
      ['GET', undefined],
    ] as const) {
      const foreign = await callV1(
        testApp,
        setup.accessToken,
        method,
        url(other.employeeId),
        payload,
      );
      expect(foreign.statusCode, method).toBe(404);
      const unknown = await callV1(
        testApp,
        setup.accessToken,
        method,
        url('personnelNumber:9999'),
        payload,
      );
      expect(unknown.statusCode, method).toBe(404);
    }

    await callApi(
      testApp,
      setup.cookie,
      'POST',
      `/api/integration/clients/${setup.clientId}/revoke`,
    );
    const revoked = await callV1(testApp, setup.accessToken, 'POST', url(setup.employeeId), body);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('api_invalid_token');
    expect(await pregnanciesOf(setup.employerId)).toEqual([]);
    expect(await pregnanciesOf(other.employerId)).toEqual([]);
  });
});
