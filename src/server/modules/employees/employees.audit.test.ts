import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { trustEmployerId } from '../../db/tenancy.js';
import { type AuditWriter, createAuditWriter } from '../../platform/audit/audit.js';
import { createFakeClock } from '../../platform/clock.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { createEmployeesAndOrganisation } from '../../test/modules.js';

/**
 * One use case, one transaction (issue 17): the audit entry of a change is written in the
 * change's transaction, so a change whose entry cannot be written does not happen (NEN 7513).
 */
describeEachDatabase('a change and its audit entry stand or fall together', (context) => {
  let modules: ReturnType<typeof createEmployeesAndOrganisation>;
  beforeAll(() => {
    const clock = createFakeClock(new Date('2026-03-02T09:00:00Z'));
    const working = createAuditWriter({ db: context.database.db, clock });
    // Reads that audit in their own statement keep working; a change's entry cannot be written.
    const failing: AuditWriter = {
      record: () => Promise.reject(new Error('the audit log is unavailable')),
      insertWhen: working.insertWhen,
    };
    modules = createEmployeesAndOrganisation(context.database.db, clock, failing);
  });

  async function employerWithEmployee() {
    const employer = await modules.organisation.createEmployer({ name: 'Logboek BV' });
    const employerId = trustEmployerId(employer.id);
    const zorg = await modules.organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const employeeId = await hireEmployee(modules.employees, employerId, {
      departmentId: zorg.id,
      startDate: '2025-01-01',
    });
    const actor = {
      employerId,
      scope: { kind: 'employer' } as const,
      userId: randomUUID(),
      ip: '127.0.0.1',
      requestId: 'audit-test',
    };
    return { employerId, zorg, employeeId, actor };
  }

  it('personal details stay as they were when their audit entry fails', async () => {
    const { employeeId, actor } = await employerWithEmployee();
    await expect(
      modules.employees.updatePersonalDetails(actor, employeeId, {
        firstName: 'Sam',
        initials: null,
        namePrefix: null,
        lastName: 'Pietersen',
        gender: 'x',
        dateOfBirth: '1990-05-01',
        personnelNumber: null,
      }),
    ).rejects.toThrow('the audit log is unavailable');
    const dossier = await modules.employees.getEmployeeForActor(actor, employeeId);
    expect(dossier.lastName).toBe('Jansen');
  });

  it('an out-of-service report is not stored when its audit entry fails', async () => {
    const { employeeId, actor } = await employerWithEmployee();
    await expect(
      modules.employees.reportOutOfService(actor, employeeId, {
        date: '2026-02-28',
        reason: 'none',
      }),
    ).rejects.toThrow('the audit log is unavailable');
    const [employment] = await modules.employees.listEmploymentsOf(actor, employeeId);
    expect(employment?.endDate).toBeNull();
  });

  it('a department is not added when its audit entry fails', async () => {
    const { employerId, actor } = await employerWithEmployee();
    await expect(
      modules.organisation.addDepartment(actor, { name: 'Keuken', parentId: null }),
    ).rejects.toThrow('the audit log is unavailable');
    const names = (await modules.organisation.listDepartments(employerId)).map((row) => row.name);
    expect(names).toEqual(['Zorg']);
  });

  it("an employer's settings stay as they were when their audit entry fails", async () => {
    const { employerId, actor } = await employerWithEmployee();
    await expect(
      modules.organisation.updateEmployer(actor, employerId, {
        name: 'Andere naam BV',
        kvkNumber: null,
        hrIntegrationMode: 'none',
        contactName: null,
        contactEmail: null,
        fullTimeHoursPerWeek: 40,
      }),
    ).rejects.toThrow('the audit log is unavailable');
    expect((await modules.organisation.getEmployer(employerId))?.name).toBe('Logboek BV');
  });
});
