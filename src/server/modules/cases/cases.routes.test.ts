import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseList, CaseView, CurrentAbsence } from '../../../contracts/cases.js';
import { classificationValues } from '../../../contracts/cases.js';
import { employerRoles, roleHasPermission } from '../../../contracts/permissions.js';
import { addDays, daysBetweenInclusive } from '../../../contracts/civil-dates.js';
import { formatDate } from '../../../contracts/formats.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import {
  type ApiMethod,
  callApi,
  createTestApp,
  createTestUser,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { setScope } from '../../test/scope.js';
import { classifications } from './cases.models.js';
import { caseSegments } from './cases.table.js';

// The test clock starts on Monday 2 March 2026, 09:00 in Amsterdam.
const today = '2026-03-02';

describeEachDatabase('absence cases through the API', (context) => {
  let testApp: TestApp;
  let superUser: TestUser;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let departments: { zorg: string; keuken: string };
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    superUser = await createTestUser(testApp);
    employerId = trustEmployerId(superUser.employerId);
    cookie = await logIn(testApp, superUser);
    const { organisation } = testApp.modules;
    departments = {
      zorg: (await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null })).id,
      keuken: (await organisation.createDepartment(employerId, { name: 'Keuken', parentId: null }))
        .id,
    };
  });
  afterAll(() => testApp.close());

  let counter = 0;
  async function hire(
    options: {
      startDate?: string;
      endDate?: string | null;
      department?: 'zorg' | 'keuken';
      hours?: string;
      employer?: AuthorizedEmployerId;
    } = {},
  ): Promise<string> {
    counter += 1;
    return hireEmployee(
      testApp.modules.employees,
      options.employer ?? employerId,
      {
        departmentId: departments[options.department ?? 'zorg'],
        startDate: options.startDate ?? '2020-01-01',
        endDate: options.endDate ?? null,
        contractHoursPerWeek: options.hours ?? '32',
      },
      { lastName: `Jansen ${counter}` },
    );
  }

  /** A logged-in user of the employer with `role`, optionally limited to some departments. */
  async function userWith(role: string, scopeDepartmentIds?: string[]): Promise<string> {
    const key = `${role}:${scopeDepartmentIds?.join(',') ?? '*'}`;
    const existing = cookies.get(key);
    if (existing) return existing;
    const user = await createTestUser(testApp, { role, employerId });
    if (scopeDepartmentIds) await setScope(testApp, user, { departmentIds: scopeDepartmentIds });
    const session = await logIn(testApp, user);
    cookies.set(key, session);
    return session;
  }

  const call = (method: ApiMethod, url: string, payload?: unknown, as = cookie) =>
    callApi(testApp, as, method, url, payload);

  async function reportSick(employeeId: string, body: Record<string, unknown>, as = cookie) {
    return call(
      'POST',
      `/api/employees/${employeeId}/cases`,
      { classification: 'illness', ...body },
      as,
    );
  }

  async function sickCase(employeeId: string, body: Record<string, unknown>): Promise<CaseView> {
    const response = await reportSick(employeeId, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<CaseView>();
  }

  function fieldCode(response: { json: () => unknown }): string | undefined {
    const body = response.json() as { error: { fields?: { code: string }[] } };
    return body.error.fields?.[0]?.code;
  }

  it('the contract lists the same classifications as the models', () => {
    expect([...classificationValues].sort()).toEqual([...classifications].sort());
  });

  describe('Verzuim melden', () => {
    it('reports sick with a percentage and shows the timeline', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: '2026-02-27', percentage: 100 });
      expect(created).toMatchObject({
        kind: 'sickness',
        classification: 'illness',
        firstDay: '2026-02-27',
        lastDay: null,
        open: true,
        percentageToday: 100,
        mayCorrect: true,
        segments: [{ from: '2026-02-27', to: null, percentage: 100 }],
        legalCase: { firstSickDay: '2026-02-27', previousCaseId: null, waitingDaysBefore: 0 },
      });
    });

    it('converts hours not worked with the contract hours of that date, shown before saving', async () => {
      const employeeId = await hire({ hours: '32' });
      const preview = await call('POST', `/api/employees/${employeeId}/cases/preview`, {
        firstSickDay: today,
        hoursNotWorked: 8,
      });
      expect(preview.json()).toMatchObject({ contractHoursPerWeek: 32, percentage: 25 });
      const created = await sickCase(employeeId, { firstSickDay: today, hoursNotWorked: 8 });
      expect(created.segments).toEqual([{ from: today, to: null, percentage: 25, note: null }]);
    });

    it.each([
      [
        'before the employment starts',
        { firstSickDay: '2025-12-31' },
        'case_before_employment_start',
      ],
      ['after the employment ended', { firstSickDay: '2026-02-01' }, 'case_after_employment_end'],
      ['a percentage of 0', { firstSickDay: today, percentage: 0 }, 'case_percentage_out_of_range'],
      [
        'a percentage of 150',
        { firstSickDay: today, percentage: 150 },
        'case_percentage_out_of_range',
      ],
      [
        'hours above the contract hours',
        { firstSickDay: '2026-01-10', percentage: undefined, hoursNotWorked: 40 },
        'case_percentage_out_of_range',
      ],
      [
        'neither percentage nor hours',
        { firstSickDay: '2026-01-10', percentage: undefined },
        'case_percentage_or_hours',
      ],
    ])('refuses a report %s with a clear message', async (_title, body, code) => {
      const employeeId = await hire({ startDate: '2026-01-01', endDate: '2026-01-31' });
      const response = await reportSick(employeeId, { percentage: 100, ...body });
      expect(response.statusCode).toBe(400);
      expect(fieldCode(response)).toBe(code);
      expect(
        (response.json() as { error: { fields: { message: string }[] } }).error.fields[0]?.message,
      ).not.toMatch(/^errors\./);
    });

    it('accepts a first sick day 14 days ahead, refuses 15', async () => {
      const employeeId = await hire();
      const tooFar = await reportSick(employeeId, {
        firstSickDay: addDays(today, 15),
        percentage: 100,
      });
      expect(fieldCode(tooFar)).toBe('case_too_far_in_future');
      await sickCase(employeeId, { firstSickDay: addDays(today, 14), percentage: 100 });
    });

    it('refuses an overlap with an earlier, closed case', async () => {
      const employeeId = await hire();
      const first = await sickCase(employeeId, { firstSickDay: '2026-02-01', percentage: 100 });
      await call('POST', `/api/cases/${first.id}/recovery`, { lastSickDay: '2026-02-10' });
      const response = await reportSick(employeeId, { firstSickDay: '2026-02-10', percentage: 50 });
      expect(fieldCode(response)).toBe('case_overlapping');
    });

    it('a sick report for an employee already sick changes the percentage', async () => {
      const employeeId = await hire();
      const first = await sickCase(employeeId, { firstSickDay: '2026-02-20', percentage: 100 });
      const second = await sickCase(employeeId, { firstSickDay: '2026-02-25', percentage: 50 });
      expect(second.id).toBe(first.id);
      expect(
        second.segments.map((segment) => [segment.from, segment.to, segment.percentage]),
      ).toEqual([
        ['2026-02-20', '2026-02-24', 100],
        ['2026-02-25', null, 50],
      ]);
    });

    it('employer roles may record only that a vangnet case applies, not which', async () => {
      const employeeId = await hire();
      const response = await reportSick(employeeId, {
        classification: 'pregnancy_related',
        firstSickDay: today,
        percentage: 100,
      });
      expect(fieldCode(response)).toBe('case_classification_not_allowed');
      const created = await sickCase(employeeId, {
        classification: 'safety_net_unknown',
        firstSickDay: today,
        percentage: 100,
      });
      expect(created).toMatchObject({ classification: null, safetyNet: true });
    });
  });

  describe('recurrence (DOMAIN.md §2, the worked example)', () => {
    it('a report within 28 days after recovery continues the legal case', async () => {
      const employeeId = await hire();
      const first = await sickCase(employeeId, { firstSickDay: '2025-03-03', percentage: 100 });
      const recovered = await call('POST', `/api/cases/${first.id}/recovery`, {
        lastSickDay: '2025-03-23',
      });
      expect(recovered.json<CaseView>()).toMatchObject({
        lastDay: '2025-03-23',
        endReason: 'recovered',
        open: false,
      });
      const preview = await call('POST', `/api/employees/${employeeId}/cases/preview`, {
        firstSickDay: '2025-04-14',
      });
      expect(preview.json()).toMatchObject({
        continuesLegalCaseFrom: '2025-03-03',
        waitingDaysBefore: 21,
      });
      const second = await sickCase(employeeId, { firstSickDay: '2025-04-14', percentage: 100 });
      expect(second.legalCase).toEqual({
        firstSickDay: '2025-03-03',
        previousCaseId: first.id,
        waitingDaysBefore: 21,
      });
    });

    it('29 fit days start a new legal case', async () => {
      const employeeId = await hire();
      const first = await sickCase(employeeId, { firstSickDay: '2025-03-03', percentage: 100 });
      await call('POST', `/api/cases/${first.id}/recovery`, { lastSickDay: '2025-03-23' });
      const second = await sickCase(employeeId, { firstSickDay: '2025-04-22', percentage: 100 });
      expect(second.legalCase).toEqual({
        firstSickDay: '2025-04-22',
        previousCaseId: null,
        waitingDaysBefore: 0,
      });
    });
  });

  describe('(deel)hersteld and trajectmutaties', () => {
    it('partial recovery, then full recovery: the stored timeline has no gaps or overlaps', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: '2026-02-02', percentage: 100 });
      const partial = await call('POST', `/api/cases/${created.id}/percentage`, {
        from: '2026-02-16',
        percentage: 50,
      });
      expect(partial.statusCode, partial.body).toBe(200);
      const closed = await call('POST', `/api/cases/${created.id}/recovery`, {
        lastSickDay: '2026-02-27',
        note: 'Weer aan het werk',
      });
      const view = closed.json<CaseView>();
      expect(
        view.segments.map((segment) => [segment.from, segment.to, segment.percentage]),
      ).toEqual([
        ['2026-02-02', '2026-02-15', 100],
        ['2026-02-16', '2026-02-27', 50],
      ]);
      const stored = await inTenant(context.database.db, employerId, (tx) =>
        tx.select().from(caseSegments).where(eq(caseSegments.caseId, created.id)),
      );
      expect(stored.map((row) => [row.validFrom, row.percentage]).sort()).toEqual([
        ['2026-02-02', 100],
        ['2026-02-16', 50],
      ]);
      const days = view.segments.reduce(
        (sum, segment) => sum + daysBetweenInclusive(segment.from, segment.to ?? today),
        0,
      );
      expect(days).toBe(daysBetweenInclusive('2026-02-02', '2026-02-27'));
    });

    it('refuses 150 % in a change or a trajectmutatie, and stores nothing (never 100 %)', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: '2026-02-23', percentage: 50 });
      for (const [path, body] of [
        ['percentage', { from: '2026-02-25', percentage: 150 }],
        ['correction', { percentage: 150 }],
      ] as const) {
        const response = await call('POST', `/api/cases/${created.id}/${path}`, body);
        expect(response.statusCode, response.body).toBe(400);
        expect(fieldCode(response)).toBe('case_percentage_out_of_range');
      }
      const stored = await inTenant(context.database.db, employerId, (tx) =>
        tx.select().from(caseSegments).where(eq(caseSegments.caseId, created.id)),
      );
      expect(stored.map((row) => [row.validFrom, row.percentage])).toEqual([['2026-02-23', 50]]);
    });

    it('trajectmutatie corrects classification, first sick day and full/partial', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: '2026-02-23', percentage: 100 });
      const corrected = await call('POST', `/api/cases/${created.id}/correction`, {
        classification: 'work_accident',
        firstSickDay: '2026-02-20',
        percentage: 60,
      });
      expect(corrected.json<CaseView>()).toMatchObject({
        classification: 'work_accident',
        firstDay: '2026-02-20',
        segments: [{ from: '2026-02-20', to: null, percentage: 60 }],
      });
    });

    it('trajectmutatie is refused after a partial recovery, with the reason', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: '2026-02-02', percentage: 100 });
      await call('POST', `/api/cases/${created.id}/percentage`, {
        from: '2026-02-16',
        percentage: 50,
      });
      const response = await call('POST', `/api/cases/${created.id}/correction`, {
        firstSickDay: '2026-02-01',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        error: { code: 'case_partial_recovery_registered' },
      });
    });

    it('ends a case for another reason with its last sick day', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: '2026-01-05', percentage: 100 });
      const ended = await call('POST', `/api/cases/${created.id}/end`, {
        lastSickDay: '2026-02-28',
        reason: 'sick_out_of_service',
      });
      expect(ended.json<CaseView>()).toMatchObject({
        lastDay: '2026-02-28',
        endReason: 'sick_out_of_service',
      });
      const again = await call('POST', `/api/cases/${created.id}/recovery`, {
        lastSickDay: '2026-03-01',
      });
      expect(again.json()).toMatchObject({ error: { code: 'case_closed' } });
    });
  });

  describe('case flags', () => {
    it('stores each flag with its date; employer roles see that a vangnet applies, not which', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: today, percentage: 100 });
      const flagged = await call('PUT', `/api/cases/${created.id}/flags/work_accident`, {
        setOn: today,
      });
      expect(flagged.json<CaseView>().flags).toEqual([
        { flag: 'work_accident', value: null, setOn: today },
      ]);
      const refused = await call('PUT', `/api/cases/${created.id}/flags/safety_net`, {
        setOn: today,
        value: 'organ_donation',
      });
      expect(fieldCode(refused)).toBe('case_flag_value_not_allowed');
      const safetyNet = await call('PUT', `/api/cases/${created.id}/flags/safety_net`, {
        setOn: today,
        value: 'safety_net_unknown',
      });
      expect(safetyNet.json<CaseView>().flags).toContainEqual({
        flag: 'safety_net',
        value: null,
        setOn: today,
      });
      const cleared = await call('DELETE', `/api/cases/${created.id}/flags/work_accident`);
      expect(cleared.json<CaseView>().flags.map((flag) => flag.flag)).toEqual(['safety_net']);
    });
  });

  describe('zwangerschap', () => {
    it('proposes the window, refuses a last working day outside it, and computes the leave', async () => {
      const employeeId = await hire();
      const preview = await call('POST', '/api/cases/pregnancy-preview', {
        expectedDelivery: '2026-05-15',
        multipleBirth: false,
      });
      // S from E+1−42 to E+1−28; the last working day is S − 1.
      expect(preview.json()).toMatchObject({
        leave: {
          lastWorkingDayWindow: { earliest: '2026-04-03', latest: '2026-04-17' },
          leaveStart: '2026-04-18',
          provisional: true,
        },
        lastWorkingDayAllowed: true,
      });
      const outside = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery: '2026-05-15',
        multipleBirth: false,
        lastWorkingDay: '2026-04-18',
      });
      expect(fieldCode(outside)).toBe('case_last_working_day_outside_window');
      const reported = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery: '2026-05-15',
        multipleBirth: false,
        lastWorkingDay: '2026-04-03',
      });
      expect(reported.statusCode, reported.body).toBe(201);
      const pregnancy = reported.json<CaseView>();
      expect(pregnancy.pregnancy?.leave).toMatchObject({
        leaveStart: '2026-04-04',
        pregnancyLeave: { first: '2026-04-04', last: '2026-05-15' },
        maternityLeave: { first: '2026-05-16', last: '2026-07-24' },
        totalDays: 112,
      });
      const twice = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery: '2026-05-15',
        multipleBirth: false,
      });
      expect(twice.json()).toMatchObject({ error: { code: 'case_pregnancy_open' } });
    });

    it('a free day between the last working day and the leave moves the start a day', async () => {
      const response = await call('POST', '/api/cases/pregnancy-preview', {
        expectedDelivery: '2026-05-15',
        multipleBirth: false,
        lastWorkingDay: '2026-04-15',
        freeDayBetween: true,
      });
      expect(response.json()).toMatchObject({
        leave: { leaveStart: '2026-04-17' },
        lastWorkingDayAllowed: true,
      });
    });

    it('a multiple birth has the 10-to-8-week window', async () => {
      const response = await call('POST', '/api/cases/pregnancy-preview', {
        expectedDelivery: '2026-05-15',
        multipleBirth: true,
      });
      expect(response.json()).toMatchObject({
        leave: { lastWorkingDayWindow: { earliest: '2026-03-06', latest: '2026-03-20' } },
      });
    });

    it('a late birth adds the shortfall (DOMAIN.md §3 check: 18 weeks)', async () => {
      const employeeId = await hire();
      // E = 2026-02-10, S = E+1−28 = 2026-01-14, D = E+14 = 2026-02-24.
      const reported = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery: '2026-02-10',
        multipleBirth: false,
        lastWorkingDay: '2026-01-13',
      });
      const id = reported.json<CaseView>().id;
      const born = await call('POST', `/api/cases/${id}/pregnancy/birth`, {
        actualDelivery: '2026-02-24',
      });
      expect(born.statusCode, born.body).toBe(200);
      const view = born.json<CaseView>();
      expect(view.pregnancy?.leave).toMatchObject({
        pregnancyLeave: { first: '2026-01-14', last: '2026-02-24' },
        totalDays: 126,
        provisional: false,
      });
      expect(view).toMatchObject({
        endReason: 'birth',
        lastDay: view.pregnancy?.leave.maternityLeave.last,
      });
      const future = await call('POST', `/api/cases/${id}/pregnancy/birth`, {
        actualDelivery: addDays(today, 1),
      });
      expect(fieldCode(future)).toBe('case_delivery_in_future');
    });

    it('corrects the expected date and ends a pregnancy for another reason', async () => {
      const employeeId = await hire();
      const reported = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery: '2026-08-01',
        multipleBirth: false,
      });
      const id = reported.json<CaseView>().id;
      const corrected = await call('POST', `/api/cases/${id}/pregnancy/correction`, {
        expectedDelivery: '2026-08-15',
        lastWorkingDay: '2026-07-10',
      });
      expect(corrected.json<CaseView>().pregnancy).toMatchObject({
        expectedDelivery: '2026-08-15',
        lastWorkingDay: '2026-07-10',
      });
      const ended = await call('POST', `/api/cases/${id}/pregnancy/end`, {
        lastDay: today,
        reason: 'miscarriage',
      });
      expect(ended.json<CaseView>(), ended.body).toMatchObject({
        endReason: 'miscarriage',
        lastDay: today,
      });
    });
    it('correcting E without a last working day takes the new default leave start', async () => {
      const employeeId = await hire();
      const reported = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery: '2026-12-15',
        multipleBirth: false,
      });
      // E 15 December: S = E+1−28 = 18 November, last working day 17 November.
      expect(reported.json<CaseView>().pregnancy?.leave.leaveStart).toBe('2026-11-18');
      const id = reported.json<CaseView>().id;
      const corrected = await call('POST', `/api/cases/${id}/pregnancy/correction`, {
        expectedDelivery: '2026-12-19',
      });
      // The old day still fits the new window, but belongs to the old E: the default moves along.
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(corrected.json<CaseView>().pregnancy).toMatchObject({
        lastWorkingDay: '2026-11-21',
        leave: { leaveStart: '2026-11-22' },
      });
      const kept = await call('POST', `/api/cases/${id}/pregnancy/correction`, {
        lastWorkingDay: '2026-11-19',
      });
      expect(kept.json<CaseView>().pregnancy?.leave.leaveStart).toBe('2026-11-20');
    });

    it('with a free day the window for the last working day moves back a day', async () => {
      const response = await call('POST', '/api/cases/pregnancy-preview', {
        expectedDelivery: '2026-05-15',
        multipleBirth: false,
        freeDayBetween: true,
      });
      expect(response.json()).toMatchObject({
        leave: {
          lastWorkingDayWindow: { earliest: '2026-04-02', latest: '2026-04-16' },
          leaveStart: '2026-04-18',
        },
        lastWorkingDayAllowed: true,
      });
    });
  });

  describe('no sickness in pregnancy or maternity leave (DOMAIN.md §3)', () => {
    // E = 10 February 2026, S the latest allowed (14 January), D unknown: pregnancy leave
    // 14 January – 10 February 2026, maternity leave 84 days (70 + 14 shortfall) from 11 February
    // up to and including 5 May 2026. Today, 2 March 2026, lies in the maternity leave.
    const pregnancyLeave = { first: '2026-01-14', last: '2026-02-10' };
    const maternityLeave = { first: '2026-02-11', last: '2026-05-05' };

    async function pregnant(
      expectedDelivery = '2026-02-10',
    ): Promise<{ employeeId: string; pregnancyId: string }> {
      const employeeId = await hire();
      const reported = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery,
        multipleBirth: false,
      });
      expect(reported.statusCode, reported.body).toBe(201);
      return { employeeId, pregnancyId: reported.json<CaseView>().id };
    }

    type Refusal = {
      error: { code: string; fields: { path: string; code: string; message: string }[] };
    };

    /** The refusal names the leave and its dates, at the field whose date caused it. */
    function expectDuringLeave(
      response: { statusCode: number; json: () => unknown; body: string },
      path: string,
      kind: 'pregnancy' | 'maternity',
      period: { first: string; last: string },
    ) {
      expect(response.statusCode, response.body).toBe(400);
      const { error } = response.json() as Refusal;
      expect(error.code).toBe('validation');
      expect(error.fields).toHaveLength(1);
      expect(error.fields[0]).toMatchObject({ path, code: `case_during_${kind}_leave` });
      const leaveName = kind === 'pregnancy' ? 'zwangerschapsverlof' : 'bevallingsverlof';
      expect(error.fields[0]?.message).toContain(
        `${leaveName} van ${formatDate(period.first, 'nl')} t/m ${formatDate(period.last, 'nl')}`,
      );
    }

    async function sicknessOf(employeeId: string): Promise<CaseView[]> {
      const list = await call('GET', `/api/employees/${employeeId}/cases`);
      return list.json<CaseList>().cases.filter((view) => view.kind === 'sickness');
    }

    it('try 1: a new report in the maternity leave (today) is refused naming the leave', async () => {
      const { employeeId } = await pregnant();
      const response = await reportSick(employeeId, { firstSickDay: today, percentage: 100 });
      expectDuringLeave(response, 'firstSickDay', 'maternity', maternityLeave);
      expect(await sicknessOf(employeeId)).toEqual([]);
    });

    it('try 2: a backdated report in the pregnancy leave is refused; the day before S is accepted', async () => {
      const { employeeId } = await pregnant();
      for (const firstSickDay of [pregnancyLeave.first, '2026-01-20', pregnancyLeave.last]) {
        const response = await reportSick(employeeId, { firstSickDay, percentage: 100 });
        expectDuringLeave(response, 'firstSickDay', 'pregnancy', pregnancyLeave);
      }
      // Sickness before the leave is sickness ("ziek door zwangerschap" included).
      await sickCase(employeeId, {
        classification: 'safety_net_unknown',
        firstSickDay: '2026-01-13',
        percentage: 100,
      });
    });

    it('try 3: an employee sick before the leave cannot be reported sicker, or recovered, in it', async () => {
      const { employeeId } = await pregnant();
      const created = await sickCase(employeeId, { firstSickDay: '2026-01-05', percentage: 100 });
      // A report for the employee already sick is a change of percentage from that day.
      const again = await reportSick(employeeId, { firstSickDay: '2026-01-20', percentage: 50 });
      expectDuringLeave(again, 'from', 'pregnancy', pregnancyLeave);
      const change = await call('POST', `/api/cases/${created.id}/percentage`, {
        from: '2026-02-20',
        percentage: 50,
      });
      // Its sick days would run from 5 January on: the first leave they meet is named.
      expectDuringLeave(change, 'from', 'pregnancy', pregnancyLeave);
      const recoveredInLeave = await call('POST', `/api/cases/${created.id}/recovery`, {
        lastSickDay: '2026-01-20',
      });
      expectDuringLeave(recoveredInLeave, 'lastSickDay', 'pregnancy', pregnancyLeave);
      const ended = await call('POST', `/api/cases/${created.id}/end`, {
        lastSickDay: today,
        reason: 'other',
      });
      expectDuringLeave(ended, 'lastSickDay', 'pregnancy', pregnancyLeave);
      const recovered = await call('POST', `/api/cases/${created.id}/recovery`, {
        lastSickDay: '2026-01-13',
      });
      expect(recovered.json<CaseView>()).toMatchObject({
        lastDay: '2026-01-13',
        segments: [{ to: '2026-01-13', percentage: 100 }],
      });
    });

    it('try 4: a trajectmutatie cannot move the first sick day into the leave', async () => {
      // The leave of a pregnancy born on E = 15 September 2025 ended on 8 December 2025.
      const { employeeId, pregnancyId } = await pregnant('2025-09-15');
      const born = await call('POST', `/api/cases/${pregnancyId}/pregnancy/birth`, {
        actualDelivery: '2025-09-15',
      });
      expect(born.statusCode, born.body).toBe(200);
      // Sickness after the leave is sickness: accepted, and a trajectmutatie within it too.
      const created = await sickCase(employeeId, { firstSickDay: '2025-12-15', percentage: 100 });
      const within = await call('POST', `/api/cases/${created.id}/correction`, {
        firstSickDay: '2025-12-09',
      });
      expect(within.json<CaseView>()).toMatchObject({ firstDay: '2025-12-09' });
      const intoLeave = await call('POST', `/api/cases/${created.id}/correction`, {
        firstSickDay: '2025-12-08',
      });
      expectDuringLeave(intoLeave, 'firstSickDay', 'maternity', {
        first: '2025-09-16',
        last: '2025-12-08',
      });
      expect((await sicknessOf(employeeId))[0]?.firstDay).toBe('2025-12-09');
    });

    it('try 5: a pregnancy whose leave would fall on registered sick days is refused', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: '2026-01-20', percentage: 100 });
      await call('POST', `/api/cases/${created.id}/recovery`, { lastSickDay: '2026-01-25' });
      const refused = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery: '2026-02-10',
        multipleBirth: false,
      });
      expectDuringLeave(refused, 'lastWorkingDay', 'pregnancy', pregnancyLeave);
      // E = 10 March 2026: the leave starts on 11 February, after the sickness.
      const accepted = await call('POST', `/api/employees/${employeeId}/pregnancies`, {
        expectedDelivery: '2026-03-10',
        multipleBirth: false,
      });
      expect(accepted.statusCode, accepted.body).toBe(201);
      const earlier = await call(
        'POST',
        `/api/cases/${accepted.json<CaseView>().id}/pregnancy/correction`,
        {
          expectedDelivery: '2026-02-10',
          lastWorkingDay: '2026-01-13',
        },
      );
      expectDuringLeave(earlier, 'lastWorkingDay', 'pregnancy', pregnancyLeave);
    });

    it('try 6: a late birth that stretches the maternity leave over later sick days is refused', async () => {
      const { employeeId, pregnancyId } = await pregnant('2025-09-15');
      // While D is unknown the maternity leave ends on 8 December 2025.
      const created = await sickCase(employeeId, { firstSickDay: '2025-12-10', percentage: 100 });
      await call('POST', `/api/cases/${created.id}/recovery`, { lastSickDay: '2025-12-12' });
      // Born five days late: maternity leave from 21 September for 84 days, to 13 December.
      const late = await call('POST', `/api/cases/${pregnancyId}/pregnancy/birth`, {
        actualDelivery: '2025-09-20',
      });
      expectDuringLeave(late, 'actualDelivery', 'maternity', {
        first: '2025-09-21',
        last: '2025-12-13',
      });
      const onTime = await call('POST', `/api/cases/${pregnancyId}/pregnancy/birth`, {
        actualDelivery: '2025-09-15',
      });
      expect(onTime.statusCode, onTime.body).toBe(200);
    });

    it('sickness just before and just after the leave is one legal case (recurrence over the leave)', async () => {
      const { employeeId, pregnancyId } = await pregnant('2025-09-15');
      await call('POST', `/api/cases/${pregnancyId}/pregnancy/birth`, {
        actualDelivery: '2025-09-15',
      });
      const before = await sickCase(employeeId, { firstSickDay: '2025-08-04', percentage: 100 });
      await call('POST', `/api/cases/${before.id}/recovery`, { lastSickDay: '2025-08-18' });
      const after = await sickCase(employeeId, { firstSickDay: '2025-12-09', percentage: 100 });
      expect(after.legalCase).toEqual({
        firstSickDay: '2025-08-04',
        previousCaseId: before.id,
        waitingDaysBefore: 15,
      });
    });
  });

  describe('history, dashboard and what other modules ask', () => {
    it('lists all cases of the employee, newest first, and audits the read', async () => {
      const employeeId = await hire();
      const first = await sickCase(employeeId, { firstSickDay: '2025-06-02', percentage: 100 });
      await call('POST', `/api/cases/${first.id}/recovery`, { lastSickDay: '2025-06-06' });
      await sickCase(employeeId, { firstSickDay: today, percentage: 40 });
      const list = await call('GET', `/api/employees/${employeeId}/cases`);
      expect(list.json<CaseList>().cases.map((item) => item.firstDay)).toEqual([
        today,
        '2025-06-02',
      ]);
      const entries = await listAuditEntries(context.database.db, { employerId, limit: 50 });
      expect(entries.map((entry) => entry.action)).toEqual(
        expect.arrayContaining(['cases.read', 'case.reported_sick', 'case.recovered']),
      );
    });

    it('hasOpenCase: true while a case runs, false after recovery', async () => {
      const employeeId = await hire();
      expect(await testApp.modules.cases.hasOpenCase(employerId, employeeId)).toBe(false);
      const created = await sickCase(employeeId, { firstSickDay: today, percentage: 100 });
      expect(await testApp.modules.cases.hasOpenCase(employerId, employeeId)).toBe(true);
      await call('POST', `/api/cases/${created.id}/recovery`, { lastSickDay: addDays(today, -0) });
      testApp.clock.advance(24 * 3600_000);
      expect(await testApp.modules.cases.hasOpenCase(employerId, employeeId)).toBe(false);
      testApp.clock.advance(-24 * 3600_000);
    });

    it('current absence counts sick employees in scope today; pregnancy leave is not sickness', async () => {
      // A fresh employer, so the figures are exact.
      const other = await createTestUser(testApp);
      const otherEmployer = trustEmployerId(other.employerId);
      const department = await testApp.modules.organisation.createDepartment(otherEmployer, {
        name: 'Alles',
        parentId: null,
      });
      const hireThere = (lastName: string) =>
        hireEmployee(
          testApp.modules.employees,
          otherEmployer,
          { departmentId: department.id, contractHoursPerWeek: '40' },
          { lastName },
        );
      const otherCookie = await logIn(testApp, other);
      const sick = await hireThere('Ziek');
      await hireThere('Gezond');
      const pregnant = await hireThere('Verlof');
      await hireThere('Gezond twee');
      await call(
        'POST',
        `/api/employees/${sick}/cases`,
        {
          classification: 'illness',
          firstSickDay: today,
          percentage: 30,
        },
        otherCookie,
      );
      await call(
        'POST',
        `/api/employees/${pregnant}/pregnancies`,
        {
          expectedDelivery: addDays(today, 20),
          multipleBirth: false,
        },
        otherCookie,
      );
      const absence = await call('GET', '/api/cases/current-absence', undefined, otherCookie);
      expect(absence.json<CurrentAbsence>()).toEqual({
        date: today,
        sick: 1,
        employed: 4,
        percentage: 25,
      });
    });
  });

  describe('access', () => {
    it('role × route: the matrix decides; a verzuimmelder reports but cannot read the history', async () => {
      for (const role of [...employerRoles]) {
        const employeeId = await hire();
        const as = await userWith(role);
        const report = await reportSick(employeeId, { firstSickDay: today, percentage: 100 }, as);
        const list = await call('GET', `/api/employees/${employeeId}/cases`, undefined, as);
        const absence = await call('GET', '/api/cases/current-absence', undefined, as);
        const open = await call('GET', `/api/employees/${employeeId}/cases/open`, undefined, as);
        const mayReport = roleHasPermission(role, 'cases.report');
        const mayRead = roleHasPermission(role, 'cases.read');
        expect([role, report.statusCode]).toEqual([role, mayReport ? 201 : 403]);
        expect([role, open.statusCode]).toEqual([role, mayReport ? 200 : 403]);
        expect([role, list.statusCode]).toEqual([role, mayRead ? 200 : 403]);
        expect([role, absence.statusCode]).toEqual([role, mayRead ? 200 : 403]);
      }
    });

    it("another employer's employee and case ids answer 404", async () => {
      const other = await createTestUser(testApp);
      const otherCookie = await logIn(testApp, other);
      const employeeId = await hire();
      const created = await sickCase(employeeId, { firstSickDay: today, percentage: 100 });
      const responses = await Promise.all([
        call('GET', `/api/employees/${employeeId}/cases`, undefined, otherCookie),
        reportSick(employeeId, { firstSickDay: today, percentage: 50 }, otherCookie),
        call('POST', `/api/cases/${created.id}/recovery`, { lastSickDay: today }, otherCookie),
        call('PUT', `/api/cases/${created.id}/flags/work_accident`, { setOn: today }, otherCookie),
      ]);
      expect(responses.map((response) => response.statusCode)).toEqual([404, 404, 404, 404]);
    });

    it('a manager limited to one department gets 404 outside it and does not count it', async () => {
      const inZorg = await hire({ department: 'zorg' });
      const inKeuken = await hire({ department: 'keuken' });
      const keukenCase = await sickCase(inKeuken, { firstSickDay: today, percentage: 100 });
      await sickCase(inZorg, { firstSickDay: today, percentage: 100 });
      const manager = await userWith('manager_with_reports', [departments.zorg]);
      const outside = await Promise.all([
        call('GET', `/api/employees/${inKeuken}/cases`, undefined, manager),
        reportSick(inKeuken, { firstSickDay: today, percentage: 50 }, manager),
        call('POST', `/api/cases/${keukenCase.id}/recovery`, { lastSickDay: today }, manager),
      ]);
      expect(outside.map((response) => response.statusCode)).toEqual([404, 404, 404]);
      expect(
        (await call('GET', `/api/employees/${inZorg}/cases`, undefined, manager)).statusCode,
      ).toBe(200);
      const mine = (
        await call('GET', '/api/cases/current-absence', undefined, manager)
      ).json<CurrentAbsence>();
      const all = (await call('GET', '/api/cases/current-absence')).json<CurrentAbsence>();
      expect(mine.employed).toBeLessThan(all.employed);
      expect(mine.sick).toBeLessThan(all.sick);
    });

    it('no employer role ever sees which vangnet kind applies, in the case or its flags', async () => {
      const employeeId = await hire();
      const operator = {
        userId: superUser.userId,
        sessionId: 's',
        role: 'case_manager' as const,
        isOperator: true,
        employerId,
        scope: { kind: 'employer' as const },
        ip: '127.0.0.1',
        requestId: 'test',
      };
      const created = await testApp.modules.cases.reportSick(operator, employeeId, {
        classification: 'organ_donation',
        firstSickDay: today,
        percentage: 100,
      });
      await testApp.modules.cases.setFlag(operator, created.id, 'safety_net', {
        setOn: today,
        value: 'organ_donation',
      });
      for (const role of employerRoles) {
        const as = await userWith(role);
        for (const url of [
          `/api/employees/${employeeId}/cases`,
          `/api/employees/${employeeId}/cases/open`,
        ]) {
          const response = await call('GET', url, undefined, as);
          if (response.statusCode === 403) continue;
          expect(response.body).not.toContain('organ_donation');
          expect(response.json<CaseList>().cases[0]).toMatchObject({
            classification: null,
            safetyNet: true,
          });
        }
      }
    });

    it('operator roles see the vangnet kind', async () => {
      const employeeId = await hire();
      const created = await sickCase(employeeId, {
        classification: 'safety_net_unknown',
        firstSickDay: today,
        percentage: 100,
      });
      expect(created.classification).toBeNull();
      const view = await testApp.modules.cases.listCases(
        {
          userId: superUser.userId,
          sessionId: 's',
          role: 'case_manager',
          isOperator: true,
          employerId,
          scope: { kind: 'employer' },
          ip: '127.0.0.1',
          requestId: 'test',
        },
        employeeId,
      );
      expect(view[0]).toMatchObject({ classification: 'safety_net_unknown', safetyNet: true });
    });
  });
});
