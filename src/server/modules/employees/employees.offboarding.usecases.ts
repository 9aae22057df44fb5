import { asc, eq } from 'drizzle-orm';
import { deleteEmployerRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { employeePlacements, employees, headcountChanges } from './employees.table.js';

/**
 * Offboarding (issue 14): the headcount read model's rows of the employer, after every employee
 * was erased (`eraseEmployeeIn`; its triggers leave the history of changes behind).
 */
export function employeeOffboardingUseCases() {
  return {
    async eraseEmployerHeadcountRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<Record<string, number>> {
      return {
        placements: await deleteEmployerRows(tx, employeePlacements, employerId),
        headcountChanges: await deleteEmployerRows(tx, headcountChanges, employerId),
      };
    },

    /** Every employee id of the employer, in id order (the offboarding erases them all). */
    async allEmployeeIdsIn(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<string[]> {
      const rows = await tx
        .select({ id: employees.id })
        .from(employees)
        .where(eq(employees.employerId, employerId))
        .orderBy(asc(employees.id));
      return rows.map((row) => row.id);
    },
  };
}
