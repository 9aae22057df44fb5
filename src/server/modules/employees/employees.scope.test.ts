import { beforeAll, expect, it } from 'vitest';
import { inTenant, trustEmployerId } from '../../db/tenancy.js';
import { AppError } from '../../platform/errors.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { createEmployeesAndOrganisation } from '../../test/modules.js';
import type { DossierScope } from '../users/users.policies.js';
import { createEmployeesRepository } from './employees.repository.js';
import type { EmployeesUseCases } from './employees.usecases.js';

// docs/decisions/009-scope-as-a-type.md: a dossier's repository functions take the handle that
// only the dossier-scope check makes.
describeEachDatabase('scope as a type', (context) => {
  let modules: ReturnType<typeof createEmployeesAndOrganisation>;
  let employees: EmployeesUseCases;
  beforeAll(() => {
    modules = createEmployeesAndOrganisation(context.database.db);
    employees = modules.employees;
  });

  /** An employer with two departments and one employee in each. */
  async function employerWithTwoDepartments() {
    const employer = await modules.organisation.createEmployer({ name: 'Scoop BV' });
    const employerId = trustEmployerId(employer.id);
    const [zorg, keuken] = await Promise.all(
      ['Zorg', 'Keuken'].map((name) =>
        modules.organisation.createDepartment(employerId, { name, parentId: null }),
      ),
    );
    if (!zorg || !keuken) throw new Error('departments missing');
    const hire = (departmentId: string, lastName: string) =>
      hireEmployee(employees, employerId, { departmentId, startDate: '2025-01-01' }, { lastName });
    const inZorg = await hire(zorg.id, 'Zorgvuldig');
    const inKeuken = await hire(keuken.id, 'Kok');
    const zorgOnly: DossierScope = {
      kind: 'selection',
      departmentIds: [zorg.id],
      employeeIds: [],
    };
    return { employerId, inZorg, inKeuken, zorgOnly };
  }

  it('a dossier read compiles only with the handle of the scope check, never a raw id', async () => {
    const { employerId, inZorg } = await employerWithTwoDepartments();
    await inTenant(context.database.db, employerId, async (tx) => {
      const repository = createEmployeesRepository(tx);
      // @ts-expect-error an employee id from a URL is not a ScopedEmployeeId
      await repository.employmentsWithVersions(employerId, inZorg);
      const scoped = await employees.scopedEmployeeIn(
        tx,
        { employerId, scope: { kind: 'employer' } },
        inZorg,
      );
      const rows = await repository.employmentsWithVersions(employerId, scoped);
      expect(rows).toHaveLength(1);
    });
  });

  it('the scope check refuses an employee outside the scope with 404 and gives no handle', async () => {
    const { employerId, inZorg, inKeuken, zorgOnly } = await employerWithTwoDepartments();
    const actor = { employerId, scope: zorgOnly };
    await inTenant(context.database.db, employerId, async (tx) => {
      expect(await employees.scopedEmployeeIn(tx, actor, inZorg)).toBe(inZorg);
      const refused = await employees.scopedEmployeeIn(tx, actor, inKeuken).catch((e) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).status).toBe(404);
    });
  });

  it('the scope check refuses an employee of another employer and a malformed id', async () => {
    const first = await employerWithTwoDepartments();
    const second = await employerWithTwoDepartments();
    const actor = { employerId: first.employerId, scope: { kind: 'employer' } as const };
    await inTenant(context.database.db, first.employerId, async (tx) => {
      for (const id of [second.inZorg, 'not-a-uuid']) {
        const refused = await employees.scopedEmployeeIn(tx, actor, id).catch((e) => e);
        expect((refused as AppError).status).toBe(404);
      }
    });
  });
});
