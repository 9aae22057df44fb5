import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiAbsenceWritten } from '../../../contracts/api-v1-absences.js';
import type { ApiAbsence } from '../../../contracts/api-v1.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import { callV1, employerWithApiClient } from '../../test/api-v1.js';
import { callApi, createTestApp, type TestApp } from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { caseSegments, cases } from '../cases/cases.table.js';
import { dossierNotes } from '../dossier/dossier.table.js';
import { webhookDeliveries } from './integration.webhooks.table.js';

describeEachDatabase('REST API v1: an absence by either id, and its changes', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { RATE_LIMIT_API_PER_CLIENT: '1000' });
  });
  afterAll(() => testApp.close());

  const setUp = (mode?: 'full' | 'absence_only' | 'none') =>
    employerWithApiClient(testApp, ['absences:read', 'absences:write'], mode);
  type Setup = Awaited<ReturnType<typeof setUp>>;

  /** Reports 0012 sick through the API; the absence as written. */
  async function reported(setup: Setup, body: Record<string, unknown>) {
    const response = await callV1(testApp, setup.accessToken, 'POST', '/api/v1/absences', {
      personnelNumber: '0012',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<ApiAbsenceWritten>();
  }

  const change = (setup: Setup, absence: string, path: string, body: unknown, key?: string) =>
    callV1(
      testApp,
      setup.accessToken,
      'POST',
      `/api/v1/absences/${encodeURIComponent(absence)}/${path}`,
      body,
      key,
    );

  /** The stored cases and segments of an employer: to prove a refusal changed nothing. */
  async function stored(employerId: string) {
    const db = testApp.platform.database.db;
    return {
      cases: await db
        .select({
          id: cases.id,
          firstDay: cases.firstDay,
          lastDay: cases.lastDay,
          classification: cases.classification,
          previousCaseId: cases.previousCaseId,
        })
        .from(cases)
        .where(eq(cases.employerId, employerId))
        .orderBy(asc(cases.firstDay)),
      segments: await db
        .select({ caseId: caseSegments.caseId, from: caseSegments.validFrom })
        .from(caseSegments)
        .where(eq(caseSegments.employerId, employerId))
        .orderBy(asc(caseSegments.validFrom)),
    };
  }

  it('reads, changes and recovers an absence by the HR system’s id; audited, webhooks enqueued', async () => {
    const setup = await setUp();
    const webhook = await callApi(testApp, setup.cookie, 'PUT', '/api/integration/webhook', {
      url: 'http://127.0.0.1:9/hooks',
      enabled: true,
      events: ['case.changed', 'case.closed'],
    });
    expect(webhook.statusCode, webhook.body).toBe(200);
    const written = await reported(setup, { hrAbsenceId: 'AFW 1', firstSickDay: '2026-02-02' });
    for (const key of ['hrAbsenceId:AFW 1', written.id, written.id.toUpperCase()]) {
      const read = await callV1(
        testApp,
        setup.accessToken,
        'GET',
        `/api/v1/absences/${encodeURIComponent(key)}`,
      );
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json<ApiAbsence>()).toMatchObject({
        id: written.id,
        hrAbsenceId: 'AFW 1',
        personnelNumber: '0012',
        firstDay: '2026-02-02',
      });
    }
    const partly = await change(setup, 'hrAbsenceId:AFW 1', 'percentage', {
      from: '2026-02-16',
      percentage: 50,
    });
    expect(partly.statusCode, partly.body).toBe(200);
    expect(partly.json<ApiAbsenceWritten>()).toMatchObject({
      id: written.id,
      hrAbsenceId: 'AFW 1',
      lastDay: null,
      percentages: [
        { validFrom: '2026-02-02', percentage: 100 },
        { validFrom: '2026-02-16', percentage: 50 },
      ],
    });
    const recovered = await change(setup, written.id, 'recovery', { lastSickDay: '2026-02-27' });
    expect(recovered.statusCode, recovered.body).toBe(200);
    expect(recovered.json<ApiAbsenceWritten>()).toMatchObject({
      hrAbsenceId: 'AFW 1',
      lastDay: '2026-02-27',
    });
    const list = await callV1(testApp, setup.accessToken, 'GET', '/api/v1/absences');
    expect(list.json<{ data: ApiAbsence[] }>().data).toEqual([
      expect.objectContaining({ id: written.id, hrAbsenceId: 'AFW 1', lastDay: '2026-02-27' }),
    ]);
    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: setup.employerId,
      limit: 50,
    });
    const changes = entries.filter((entry) => entry.action.startsWith('case.'));
    expect(changes.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['case.percentage_changed', 'case.recovered']),
    );
    // Each change names the API client that made it.
    expect(new Set(changes.map((entry) => entry.userId))).toEqual(new Set([setup.clientId]));
    expect(entries.filter((entry) => entry.action === 'api.called').length).toBeGreaterThanOrEqual(
      6,
    );
    const events = await testApp.platform.database.db
      .select({ type: webhookDeliveries.type, body: webhookDeliveries.body })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.employerId, setup.employerId))
      .orderBy(asc(webhookDeliveries.createdAt));
    expect(events.map((event) => event.type)).toEqual(['case.changed', 'case.closed']);
    expect(events.every((event) => event.body.includes(written.id))).toBe(true);
  });

  it('corrects the sick report; a new first sick day within 28 days joins the legal case', async () => {
    const setup = await setUp('absence_only');
    const earlier = await insertCase(testApp, setup.employerId, setup.employeeId, {
      firstDay: '2026-01-05',
      lastDay: '2026-01-09',
      segments: [{ validFrom: '2026-01-05', percentage: 100 }],
    });
    const written = await reported(setup, { hrAbsenceId: 'AFW-2', firstSickDay: '2026-02-20' });
    expect(written.legalCase.recurrence).toBe(false);
    const corrected = await change(setup, 'hrAbsenceId:AFW-2', 'correction', {
      firstSickDay: '2026-02-02',
      percentage: 80,
      classification: 'work_accident',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json<ApiAbsenceWritten>()).toMatchObject({
      firstDay: '2026-02-02',
      percentages: [{ validFrom: '2026-02-02', percentage: 80 }],
      legalCase: { firstSickDay: '2026-01-05', previousAbsenceId: earlier, recurrence: true },
    });
    const before = await stored(setup.employerId);
    expect(before.cases[1]).toMatchObject({
      classification: 'work_accident',
      previousCaseId: earlier,
    });
    // Overlap with the earlier absence: refused at the field, nothing changed.
    const overlapping = await change(setup, written.id, 'correction', {
      firstSickDay: '2026-01-08',
    });
    expect(overlapping.statusCode, overlapping.body).toBe(400);
    expect(overlapping.json().error.fields?.[0]).toMatchObject({
      path: 'firstSickDay',
      code: 'case_overlapping',
    });
    expect(await stored(setup.employerId)).toEqual(before);
    // After a partial recovery the report can no longer be corrected (as in the app).
    expect(
      (await change(setup, written.id, 'percentage', { from: '2026-02-16', percentage: 40 }))
        .statusCode,
    ).toBe(200);
    const late = await change(setup, written.id, 'correction', { classification: 'illness' });
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().error.code).toBe('case_partial_recovery_registered');
  });

  it('refuses what the app refuses, and bad input, with the error shape; nothing is applied', async () => {
    const setup = await setUp();
    const written = await reported(setup, { hrAbsenceId: 'AFW-3', firstSickDay: '2026-02-02' });
    const before = await stored(setup.employerId);
    const refusals: [string, string, unknown, number, string, string | undefined][] = [
      [
        written.id,
        'percentage',
        { from: '2026-02-09', percentage: 100 },
        400,
        'case_percentage_unchanged',
        'percentage',
      ],
      [
        written.id,
        'percentage',
        { from: '2026-01-20', percentage: 50 },
        400,
        expect.any(String) as never,
        'from',
      ],
      [
        written.id,
        'recovery',
        { lastSickDay: '2026-01-30' },
        400,
        expect.any(String) as never,
        'lastSickDay',
      ],
      [
        written.id,
        'recovery',
        { lastSickDay: '2026-06-30' },
        400,
        'case_too_far_in_future',
        'lastSickDay',
      ],
      [
        written.id,
        'correction',
        { firstSickDay: '2019-12-01' },
        400,
        expect.any(String) as never,
        'firstSickDay',
      ],
      [written.id, 'correction', {}, 400, 'validation', undefined],
      [written.id, 'correction', { classification: 'flu' }, 400, 'validation', undefined],
      [
        written.id,
        'percentage',
        { from: '2026-02-09', percentage: 0 },
        400,
        'validation',
        undefined,
      ],
      [
        written.id,
        'percentage',
        { from: '2026-02-30', percentage: 50 },
        400,
        'validation',
        undefined,
      ],
      [
        written.id,
        'recovery',
        { lastSickDay: '2026-02-27', extra: 1 },
        400,
        'validation',
        undefined,
      ],
      [written.id, 'recovery', [], 400, 'validation', undefined],
      ['not-an-id', 'recovery', { lastSickDay: '2026-02-27' }, 400, 'validation', undefined],
      ['hrAbsenceId:', 'recovery', { lastSickDay: '2026-02-27' }, 400, 'validation', undefined],
      [
        'hrAbsenceId:AFW-404',
        'recovery',
        { lastSickDay: '2026-02-27' },
        404,
        'not_found',
        undefined,
      ],
      [crypto.randomUUID(), 'recovery', { lastSickDay: '2026-02-27' }, 404, 'not_found', undefined],
    ];
    for (const [absence, path, body, status, code, field] of refusals) {
      const response = await change(setup, absence, path, body, `k-${Math.random()}`);
      const label = `${absence} ${path} ${JSON.stringify(body)} ${response.body}`;
      expect(response.statusCode, label).toBe(status);
      const error = response.json<{ error: { code: string; fields?: unknown[] } }>().error;
      if (field === undefined) expect(error.code, label).toBe(code);
      else expect(error.fields?.[0], label).toMatchObject({ path: field, code });
    }
    expect(await stored(setup.employerId)).toEqual(before);
    // A closed absence is not closed again.
    expect(
      (await change(setup, written.id, 'recovery', { lastSickDay: '2026-02-20' })).statusCode,
    ).toBe(200);
    const again = await change(setup, written.id, 'recovery', { lastSickDay: '2026-02-21' });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.code).toBe('case_closed');
    // The employer keeps its absences in Verzuim: the HR system changes none.
    const none = await setUp('none');
    const theirs = await insertCase(testApp, none.employerId, none.employeeId, {
      firstDay: '2026-02-02',
      lastDay: null,
    });
    const refused = await change(none, theirs, 'recovery', { lastSickDay: '2026-02-20' });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('api_not_given_to_hr_system');
    expect((await stored(none.employerId)).cases[0]?.lastDay).toBeNull();
  });

  it('another employer’s absence is not found; a missing scope is 403, a revoked client 401', async () => {
    const own = await setUp();
    const other = await setUp();
    const mine = await reported(own, { hrAbsenceId: 'AFW-9', firstSickDay: '2026-02-02' });
    // The same HR id at the other employer is that employer's own absence.
    const theirs = await reported(other, { hrAbsenceId: 'AFW-9', firstSickDay: '2026-02-09' });
    const read = await callV1(testApp, other.accessToken, 'GET', `/api/v1/absences/${mine.id}`);
    expect(read.statusCode).toBe(404);
    expect(read.json().error.code).toBe('not_found');
    const byHrId = await callV1(
      testApp,
      other.accessToken,
      'GET',
      '/api/v1/absences/hrAbsenceId:AFW-9',
    );
    expect(byHrId.json<ApiAbsence>().id).toBe(theirs.id);
    for (const [path, body] of [
      ['percentage', { from: '2026-02-16', percentage: 50 }],
      ['recovery', { lastSickDay: '2026-02-20' }],
      ['correction', { classification: 'illness' }],
      ['withdrawal', {}],
    ] as const) {
      const response = await change(other, mine.id, path, body);
      expect(response.statusCode, response.body).toBe(404);
    }
    const before = await stored(own.employerId);
    expect(before.cases).toEqual([expect.objectContaining({ id: mine.id, lastDay: null })]);
    const readOnly = await employerWithApiClient(testApp, ['absences:read']);
    const itsOwn = await insertCase(testApp, readOnly.employerId, readOnly.employeeId, {
      firstDay: '2026-02-02',
      lastDay: null,
    });
    for (const path of ['percentage', 'recovery', 'correction', 'withdrawal']) {
      const response = await change(readOnly, itsOwn, path, { lastSickDay: '2026-02-20' });
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.code).toBe('api_scope_missing');
    }
    const writeOnly = await employerWithApiClient(testApp, ['absences:write']);
    const unread = await callV1(
      testApp,
      writeOnly.accessToken,
      'GET',
      `/api/v1/absences/${itsOwn}`,
    );
    expect(unread.statusCode).toBe(403);
    const revoke = await callApi(
      testApp,
      own.cookie,
      'POST',
      `/api/integration/clients/${own.clientId}/revoke`,
    );
    expect(revoke.statusCode, revoke.body).toBe(200);
    const revoked = await change(own, mine.id, 'recovery', { lastSickDay: '2026-02-20' });
    expect(revoked.statusCode).toBe(401);
    expect(await stored(own.employerId)).toEqual(before);
  });

  it('the same Idempotency-Key replays a change; with another request it is refused', async () => {
    const setup = await setUp();
    const written = await reported(setup, { hrAbsenceId: 'AFW-5', firstSickDay: '2026-02-02' });
    const first = await change(
      setup,
      written.id,
      'percentage',
      { from: '2026-02-16', percentage: 50 },
      'pct-1',
    );
    expect(first.statusCode, first.body).toBe(200);
    // The same absence by the HR system's id is another request: the key names the request.
    const replay = await change(
      setup,
      written.id,
      'percentage',
      { percentage: 50, from: '2026-02-16' },
      'pct-1',
    );
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    for (const [absence, path, body] of [
      [written.id, 'percentage', { from: '2026-02-16', percentage: 60 }],
      ['hrAbsenceId:AFW-5', 'percentage', { from: '2026-02-16', percentage: 50 }],
      [written.id, 'recovery', { lastSickDay: '2026-02-20' }],
    ] as const) {
      const reused = await change(setup, absence, path, body, 'pct-1');
      expect(reused.statusCode, reused.body).toBe(422);
      expect(reused.json().error.code).toBe('api_idempotency_key_reused');
    }
    const segments = await testApp.platform.database.db
      .select({ from: caseSegments.validFrom })
      .from(caseSegments)
      .where(
        and(eq(caseSegments.employerId, setup.employerId), eq(caseSegments.caseId, written.id)),
      );
    expect(segments).toHaveLength(2);
    const recovered = await change(
      setup,
      written.id,
      'recovery',
      { lastSickDay: '2026-02-20' },
      'rec-1',
    );
    const recoveredAgain = await change(
      setup,
      written.id,
      'recovery',
      { lastSickDay: '2026-02-20' },
      'rec-1',
    );
    expect(recoveredAgain.statusCode).toBe(200);
    expect(recoveredAgain.json()).toEqual(recovered.json());
  });

  it('documents each operation in the OpenAPI document with examples', async () => {
    await testApp.app.ready();
    const document = testApp.app.swagger() as {
      paths: Record<
        string,
        Record<string, { security?: unknown; parameters?: { name: string }[] }>
      >;
    };
    const read = document.paths['/api/v1/absences/{absence}']?.get;
    expect(JSON.stringify(read)).toContain('hrAbsenceId:AFW-2026-0417');
    for (const path of ['percentage', 'recovery', 'correction', 'withdrawal']) {
      const operation = document.paths[`/api/v1/absences/{absence}/${path}`]?.post;
      expect(operation?.security, path).toEqual([{ bearer: [] }]);
      expect(operation?.parameters?.map((parameter) => parameter.name)).toEqual(
        expect.arrayContaining(['absence', 'idempotency-key']),
      );
      expect(JSON.stringify(operation), path).toContain('"example"');
    }
  });

  it('withdraws a wrong sick report: gone, its HR id free, the legal case relinked, audited, webhook', async () => {
    const setup = await setUp();
    const webhook = await callApi(testApp, setup.cookie, 'PUT', '/api/integration/webhook', {
      url: 'http://127.0.0.1:9/hooks',
      enabled: true,
      events: ['case.withdrawn'],
    });
    expect(webhook.statusCode, webhook.body).toBe(200);
    const wrong = await reported(setup, { hrAbsenceId: 'AFW-W', firstSickDay: '2026-01-05' });
    const recovered = await change(setup, wrong.id, 'recovery', { lastSickDay: '2026-01-20' });
    expect(recovered.statusCode, recovered.body).toBe(200);
    // A recurrence within 28 days joins the wrong report's legal case…
    const later = await reported(setup, { hrAbsenceId: 'AFW-L', firstSickDay: '2026-02-02' });
    expect(later.legalCase).toMatchObject({ previousAbsenceId: wrong.id, recurrence: true });
    const withdrawn = await change(
      setup,
      'hrAbsenceId:AFW-W',
      'withdrawal',
      { reason: 'Wrong employee' },
      'w-1',
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toEqual({
      id: wrong.id,
      hrAbsenceId: 'AFW-W',
      employeeId: setup.employeeId,
      withdrawn: true,
    });
    // The same key replays; without it the absence is not found any more.
    const replay = await change(
      setup,
      'hrAbsenceId:AFW-W',
      'withdrawal',
      { reason: 'Wrong employee' },
      'w-1',
    );
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await change(setup, wrong.id, 'withdrawal', {})).statusCode).toBe(404);
    const read = await callV1(testApp, setup.accessToken, 'GET', `/api/v1/absences/${wrong.id}`);
    expect(read.statusCode).toBe(404);
    // … and stands alone once it is withdrawn.
    const alone = await callV1(
      testApp,
      setup.accessToken,
      'GET',
      '/api/v1/absences/hrAbsenceId:AFW-L',
    );
    expect(alone.json<ApiAbsence>()).toMatchObject({ id: later.id, previousAbsenceId: null });
    expect((await stored(setup.employerId)).cases.map((row) => row.id)).toEqual([later.id]);
    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: setup.employerId,
      limit: 50,
    });
    expect(entries.find((entry) => entry.action === 'case.withdrawn')).toMatchObject({
      subjectId: wrong.id,
      userId: setup.clientId,
      details: expect.objectContaining({
        reason: 'Wrong employee',
        hrAbsenceId: 'AFW-W',
        firstDay: '2026-01-05',
        lastDay: '2026-01-20',
      }),
    });
    const events = await testApp.platform.database.db
      .select({ type: webhookDeliveries.type, body: webhookDeliveries.body })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.employerId, setup.employerId));
    expect(events.map((event) => event.type)).toEqual(['case.withdrawn']);
    expect(events[0]?.body).toContain(wrong.id);
    // The HR system's id is free again.
    expect(
      (await change(setup, later.id, 'recovery', { lastSickDay: '2026-02-10' })).statusCode,
    ).toBe(200);
    const again = await reported(setup, { hrAbsenceId: 'AFW-W', firstSickDay: '2026-02-23' });
    expect(again.hrAbsenceId).toBe('AFW-W');
  });

  it('refuses to withdraw an absence with dossier notes linked; nothing is removed', async () => {
    const setup = await setUp();
    const written = await reported(setup, { firstSickDay: '2026-02-02' });
    await testApp.platform.database.db.insert(dossierNotes).values({
      employerId: setup.employerId,
      employeeId: setup.employeeId,
      caseId: written.id,
      contactDate: '2026-02-03',
      contactType: 'phone',
      text: 'Gebeld',
      authorUserId: setup.user.userId,
      authorName: 'Test',
      createdAt: new Date('2026-02-03T09:00:00Z'),
    });
    const before = await stored(setup.employerId);
    const refused = await change(setup, written.id, 'withdrawal', {}, 'w-2');
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('case_has_dossier_items');
    expect(await stored(setup.employerId)).toEqual(before);
    for (const body of [
      { reason: '' },
      { reason: 'x'.repeat(501) },
      { reason: 1 },
      { other: 'x' },
    ]) {
      const response = await change(setup, written.id, 'withdrawal', body);
      expect(response.statusCode, response.body).toBe(400);
    }
    // A pregnancy is no absence of this resource.
    const pregnancy = await insertCase(testApp, setup.employerId, setup.employeeId, {
      kind: 'pregnancy',
      firstDay: '2026-06-01',
      lastDay: null,
    });
    expect((await change(setup, pregnancy, 'withdrawal', {})).statusCode).toBe(404);
  });
});
