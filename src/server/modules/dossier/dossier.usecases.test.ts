import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import { type AuditWriter, listAuditEntries } from '../../platform/audit/audit.js';
import type { FileStorage } from '../../platform/files/files.js';
import { createTestApp, createTestUser, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { samplePdf } from '../../test/sample-files.js';
import type { EmployerActor } from '../users/users.policies.js';
import { dossierDocuments, dossierNotes } from './dossier.table.js';
import { createDossierUseCases } from './dossier.usecases.js';

/** Issue 17: a use case's change and its audit entry commit together, or neither does. */
describeEachDatabase('dossier: one use case, one transaction', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let actor: EmployerActor;
  let employeeId: string;
  /** The module's use cases over an audit writer that writes its entry and then fails. */
  let failingAudit: ReturnType<typeof createDossierUseCases>;
  /** The keys the failing module stored files under. */
  const stored: string[] = [];

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
    const departmentId = (
      await testApp.modules.organisation.createDepartment(employerId, {
        name: 'Zorg',
        parentId: null,
      })
    ).id;
    employeeId = await hireEmployee(testApp.modules.employees, employerId, { departmentId });
    const { platform, modules } = testApp;
    const audit: AuditWriter = {
      async record(entry, within) {
        await platform.audit.record(entry, within);
        throw new Error('the audit log is unavailable');
      },
      insertWhen: platform.audit.insertWhen,
    };
    const files: FileStorage = {
      ...platform.files,
      async put(key, content) {
        stored.push(key);
        return platform.files.put(key, content);
      },
    };
    failingAudit = createDossierUseCases({
      db: platform.database.db,
      clock: testApp.clock,
      audit,
      files,
      secretBox: platform.secretBox,
      mailer: platform.mailer,
      employees: modules.employees,
      users: modules.users,
      documentMaxBytes: 1_000_000,
      cases: modules.cases.isCaseOfEmployee,
    });
  });
  afterAll(() => testApp.close());

  const entriesOfTest = async () =>
    (await listAuditEntries(testApp.platform.database.db, { employerId, limit: 500 })).filter(
      (entry) => entry.requestId === actor.requestId,
    );

  it('stores no note whose audit entry fails, and no entry either', async () => {
    await expect(
      failingAudit.addNote(actor, employeeId, {
        contactDate: '2026-03-02',
        contactType: 'phone',
        text: 'Gebeld over het herstel.',
        caseId: null,
      }),
    ).rejects.toThrow('the audit log is unavailable');
    const notes = await testApp.platform.database.db
      .select()
      .from(dossierNotes)
      .where(and(eq(dossierNotes.employerId, employerId), eq(dossierNotes.employeeId, employeeId)));
    expect(notes).toEqual([]);
    expect(await entriesOfTest()).toEqual([]);
  });

  it('keeps no document, row or file, whose audit entry fails', async () => {
    await expect(
      failingAudit.uploadDocument(actor, employeeId, {
        category: 'correspondence',
        caseId: null,
        uploadedName: 'verslag.pdf',
        content: samplePdf(),
      }),
    ).rejects.toThrow('the audit log is unavailable');
    const documents = await testApp.platform.database.db
      .select()
      .from(dossierDocuments)
      .where(eq(dossierDocuments.employerId, employerId));
    expect(documents).toEqual([]);
    expect(stored).toHaveLength(1);
    expect(await testApp.platform.files.exists(stored[0] ?? '')).toBe(false);
    expect(await entriesOfTest()).toEqual([]);
  });

  it('answers no read of the notes whose audit entry cannot be written', async () => {
    await expect(failingAudit.listNotes(actor, employeeId)).rejects.toThrow(
      'the audit log is unavailable',
    );
    expect(await entriesOfTest()).toEqual([]);
  });
});
