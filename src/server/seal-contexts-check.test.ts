import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PersonalData } from '../contracts/vault.js';
import { selectRows } from './db/connection.js';
import { type AuthorizedEmployerId, trustEmployerId } from './db/tenancy.js';
import type { AuditWriter } from './platform/audit/audit.js';
import { medicalNoteContext } from './modules/dossier/dossier.models.js';
import { medicalNotes } from './modules/dossier/dossier.table.js';
import { contactDetailsOf, sealContext } from './modules/vault/vault.models.js';
import { vaultPersonalData } from './modules/vault/vault.table.js';
import { createVaultUseCases } from './modules/vault/vault.usecases.js';
import { checkSealContexts } from './seal-contexts-check.js';
import { actorOf, createTestApp, createTestUser, type TestApp } from './test/app.js';
import { describeEachDatabase } from './test/databases.js';
import { hireEmployee } from './test/employees.js';

const record: PersonalData = {
  bsn: '111222333',
  street: 'Lindelaan',
  houseNumber: 12,
  houseNumberAddition: null,
  postcode: '3511 AB',
  city: 'Utrecht',
  country: 'NL',
  phone: '06 12345678',
  privateEmail: 'sam@example.nl',
  lettersByEmail: false,
};

describeEachDatabase('the startup check of seal contexts (issue 16)', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(() => testApp.close());

  const db = () => testApp.platform.database.db;
  const box = () => testApp.platform.secretBox;

  /** As the routes did before issue 16: the vault record sealed under the URL's spelling. */
  async function plantVaultRecord(
    employerId: AuthorizedEmployerId,
    employeeId: string,
    spelled: { employerId: string; employeeId: string },
  ) {
    await testApp.modules.vault.storePersonalDataFor(employerId, employeeId, record);
    const seal = (field: 'bsn' | 'contact', text: string) =>
      box().encrypt(text, sealContext(field, spelled.employerId, spelled.employeeId));
    await db()
      .update(vaultPersonalData)
      .set({
        bsnSealed: seal('bsn', record.bsn as string),
        contactSealed: seal('contact', JSON.stringify(contactDetailsOf(record))),
      })
      .where(
        and(
          eq(vaultPersonalData.employerId, employerId),
          eq(vaultPersonalData.employeeId, employeeId),
        ),
      );
  }

  const sealedOf = async (employeeId: string) =>
    (
      await selectRows<{ contact_sealed: string }>(
        db(),
        sql`select contact_sealed from vault_personal_data where employee_id = ${employeeId}`,
      )
    )[0]?.contact_sealed;

  const auditCount = (action: string, subjectId?: string) =>
    selectRows<{ count: number }>(
      db(),
      sql`select count(*)::int as count from audit_log where action = ${action}
          and (${subjectId ?? null}::text is null or subject_id = ${subjectId ?? null})`,
    ).then((rows) => rows[0]?.count ?? 0);

  it('re-seals records written under an upper-case id, audits each, then stops checking', async () => {
    const admin = await createTestUser(testApp);
    const employerId = trustEmployerId(admin.employerId);
    const department = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const hire = (lastName: string) =>
      hireEmployee(
        testApp.modules.employees,
        employerId,
        { departmentId: department.id },
        { lastName },
      );
    const [upper, bothUpper, healthy, lost] = await Promise.all(
      ['Hoofdletter', 'Beide', 'Gezond', 'Verloren'].map(hire),
    );
    await plantVaultRecord(employerId, upper!, {
      employerId,
      employeeId: upper!.toUpperCase(),
    });
    await plantVaultRecord(employerId, bothUpper!, {
      employerId: employerId.toUpperCase(),
      employeeId: bothUpper!.toUpperCase(),
    });
    await testApp.modules.vault.storePersonalDataFor(employerId, healthy!, record);
    // Sealed for another employee: no spelling of its own ids opens it, so it stays as it is.
    await plantVaultRecord(employerId, lost!, { employerId, employeeId: healthy! });
    const [note] = await db()
      .insert(medicalNotes)
      .values({
        employerId,
        employeeId: upper!,
        sealedText: box().encrypt(
          'Herstel verloopt goed',
          medicalNoteContext(employerId, upper!.toUpperCase()),
        ),
        authorUserId: admin.userId,
        authorName: 'Dr. Test',
        createdAt: testApp.clock.now(),
      })
      .returning();

    const owner = await actorOf(testApp, admin.userId, employerId);
    const doctor = await createTestUser(testApp, { role: 'company_doctor', employerId });
    const doctorActor = await actorOf(testApp, doctor.userId, employerId);
    await expect(testApp.modules.vault.maskedPersonalData(owner, upper!)).rejects.toMatchObject({
      code: 'vault_unreadable',
    });
    await expect(testApp.modules.dossier.listMedicalNotes(doctorActor, upper!)).rejects.toThrow();
    const healthySealed = await sealedOf(healthy!);
    const lostSealed = await sealedOf(lost!);

    const messages: string[] = [];
    const log = {
      info: (_details: object, message: string) => messages.push(`info: ${message}`),
      warn: (_details: object, message: string) => messages.push(`warn: ${message}`),
    };
    const first = await checkSealContexts(db(), testApp.platform.audit, testApp.modules, log);
    expect(first?.vault).toMatchObject({ repaired: 2, unreadable: 1 });
    expect(first?.medicalNotes).toMatchObject({ repaired: 1, unreadable: 0 });
    expect(messages).toEqual([expect.stringMatching(/^warn: 1 sealed values open under no/)]);

    for (const employeeId of [upper!, bothUpper!]) {
      const { personalData } = await testApp.modules.vault.maskedPersonalData(owner, employeeId);
      expect(personalData).toMatchObject({
        stored: true,
        bsn: '•••••2333',
        address: expect.stringContaining('Utrecht'),
      });
      expect(await auditCount('vault.seal_context_repaired', employeeId)).toBe(1);
    }
    const notes = await testApp.modules.dossier.listMedicalNotes(doctorActor, upper!);
    expect(notes.map((entry) => entry.text)).toEqual(['Herstel verloopt goed']);
    expect(await auditCount('medical.seal_context_repaired', note!.id)).toBe(1);
    // A readable record is not written; an unreadable one is left exactly as it was.
    expect(await sealedOf(healthy!)).toBe(healthySealed);
    expect(await sealedOf(lost!)).toBe(lostSealed);
    // Something is still unreadable: the check is not marked done and runs again.
    expect(await auditCount('maintenance.seal_contexts_checked')).toBe(0);

    await db().delete(vaultPersonalData).where(eq(vaultPersonalData.employeeId, lost!));
    messages.length = 0;
    const second = await checkSealContexts(db(), testApp.platform.audit, testApp.modules, log);
    expect(second?.vault).toMatchObject({ repaired: 0, unreadable: 0 });
    expect(second?.medicalNotes).toMatchObject({ repaired: 0, unreadable: 0 });
    expect(messages).toEqual(['info: seal contexts checked']);
    expect(await auditCount('maintenance.seal_contexts_checked')).toBe(1);
    expect(await auditCount('vault.seal_context_repaired', upper!)).toBe(1);

    expect(
      await checkSealContexts(db(), testApp.platform.audit, testApp.modules, log),
    ).toBeUndefined();
  });

  it('keeps a vault record as it was when the audit entry of its repair fails (issue 17)', async () => {
    const admin = await createTestUser(testApp);
    const employerId = trustEmployerId(admin.employerId);
    const department = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const employeeId = await hireEmployee(
      testApp.modules.employees,
      employerId,
      { departmentId: department.id },
      { lastName: 'Onherstelbaar' },
    );
    await plantVaultRecord(employerId, employeeId, {
      employerId,
      employeeId: employeeId.toUpperCase(),
    });
    const planted = await sealedOf(employeeId);
    const { platform } = testApp;
    // Writes its entry in the caller's transaction, then fails: that transaction must roll back.
    const audit: AuditWriter = {
      async record(entry, within) {
        await platform.audit.record(entry, within);
        throw new Error('the audit log is unavailable');
      },
      insertWhen: platform.audit.insertWhen,
    };
    const vault = createVaultUseCases({
      db: db(),
      clock: testApp.clock,
      secretBox: box(),
      audit,
      mailer: platform.mailer,
      publicUrl: 'http://localhost',
      employees: testApp.modules.employees,
      openCases: { hasOpenCase: async () => false },
      users: testApp.modules.users,
    });

    await expect(vault.repairSealContexts()).rejects.toThrow('the audit log is unavailable');
    expect(await sealedOf(employeeId)).toBe(planted);
    expect(await auditCount('vault.seal_context_repaired', employeeId)).toBe(0);

    expect(await testApp.modules.vault.repairSealContexts()).toMatchObject({ repaired: 1 });
    expect(await sealedOf(employeeId)).not.toBe(planted);
    expect(await auditCount('vault.seal_context_repaired', employeeId)).toBe(1);
  });
});
