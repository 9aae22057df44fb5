import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import { type AuditWriter, listAuditEntries } from '../../platform/audit/audit.js';
import { createTestApp, createTestUser, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import type { EmployerActor } from '../users/users.policies.js';
import { cases } from './cases.table.js';
import { createCasesUseCases } from './cases.usecases.js';

// The test clock starts on Monday 2 March 2026, 09:00 in Amsterdam.
const today = '2026-03-02';

/** Issue 17: a use case's change and its audit entry commit together, or neither does. */
describeEachDatabase('cases: one use case, one transaction', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let actor: EmployerActor;
  let departmentId: string;
  /** The module's use cases over an audit writer that writes its entry and then fails. */
  let failingAudit: ReturnType<typeof createCasesUseCases>;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const user = await createTestUser(testApp);
    employerId = trustEmployerId(user.employerId);
    actor = {
      userId: user.userId,
      sessionId: 'test',
      role: 'super_user',
      isOperator: false,
      employerId,
      scope: { kind: 'employer' },
      ip: '127.0.0.1',
      requestId: 'one-transaction',
    };
    departmentId = (
      await testApp.modules.organisation.createDepartment(employerId, {
        name: 'Zorg',
        parentId: null,
      })
    ).id;
    const real = testApp.platform.audit;
    const audit: AuditWriter = {
      async record(entry, within) {
        await real.record(entry, within);
        throw new Error('the audit log is unavailable');
      },
      insertWhen: real.insertWhen,
    };
    failingAudit = createCasesUseCases({
      db: testApp.platform.database.db,
      clock: testApp.clock,
      audit,
      employees: testApp.modules.employees,
      organisation: testApp.modules.organisation,
    });
  });
  afterAll(() => testApp.close());

  const hire = () => hireEmployee(testApp.modules.employees, employerId, { departmentId });

  const casesOf = (employeeId: string) =>
    testApp.platform.database.db
      .select()
      .from(cases)
      .where(and(eq(cases.employerId, employerId), eq(cases.employeeId, employeeId)));

  const auditEntriesOf = async (employeeId: string) =>
    (await listAuditEntries(testApp.platform.database.db, { employerId, limit: 500 })).filter(
      (entry) => entry.requestId === actor.requestId && entry.details?.employeeId === employeeId,
    );

  const report = { classification: 'illness', firstSickDay: today, percentage: 100 };

  it('stores no sick report whose audit entry fails, and no entry either', async () => {
    const employeeId = await hire();
    await expect(failingAudit.reportSick(actor, employeeId, report)).rejects.toThrow(
      'the audit log is unavailable',
    );
    expect(await casesOf(employeeId)).toEqual([]);
    expect(await auditEntriesOf(employeeId)).toEqual([]);
  });

  it('keeps the percentage of an employee already sick when the audit of the new report fails', async () => {
    const employeeId = await hire();
    const reported = await testApp.modules.cases.reportSick(actor, employeeId, report);
    await expect(
      failingAudit.reportSick(actor, employeeId, {
        ...report,
        firstSickDay: '2026-03-03',
        percentage: 50,
      }),
    ).rejects.toThrow('the audit log is unavailable');
    const [listed] = await testApp.modules.cases.listCases(actor, employeeId);
    expect(listed?.id).toBe(reported.id);
    expect(listed?.segments.map((segment) => segment.percentage)).toEqual([100]);
  });

  it('leaves a case open when the audit of its recovery fails', async () => {
    const employeeId = await hire();
    const reported = await testApp.modules.cases.reportSick(actor, employeeId, report);
    await expect(
      failingAudit.registerRecovery(actor, reported.id, { lastSickDay: today }),
    ).rejects.toThrow('the audit log is unavailable');
    const [stored] = await casesOf(employeeId);
    expect(stored?.lastDay).toBeNull();
    expect(stored?.endReason).toBeNull();
  });

  it('sets no flag and reports no pregnancy whose audit entry fails', async () => {
    const employeeId = await hire();
    const reported = await testApp.modules.cases.reportSick(actor, employeeId, report);
    await expect(
      failingAudit.setFlag(actor, reported.id, 'expected_duration', {
        setOn: today,
        value: 'up_to_6_weeks',
      }),
    ).rejects.toThrow('the audit log is unavailable');
    const [listed] = await testApp.modules.cases.listCases(actor, employeeId);
    expect(listed?.flags).toEqual([]);

    const pregnant = await hire();
    await expect(
      failingAudit.reportPregnancy(actor, pregnant, {
        expectedDelivery: '2026-09-01',
        multipleBirth: false,
      }),
    ).rejects.toThrow('the audit log is unavailable');
    expect(await casesOf(pregnant)).toEqual([]);
  });

  it('answers no read of the cases whose audit entry cannot be written', async () => {
    const employeeId = await hire();
    await testApp.modules.cases.reportSick(actor, employeeId, report);
    await expect(failingAudit.listCases(actor, employeeId)).rejects.toThrow(
      'the audit log is unavailable',
    );
    expect(
      (await auditEntriesOf(employeeId)).filter((entry) => entry.action === 'cases.read'),
    ).toEqual([]);
  });
});
