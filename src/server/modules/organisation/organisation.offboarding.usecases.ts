import { asc, eq } from 'drizzle-orm';
import { deleteEmployerRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { Department, Employer } from './organisation.repository.js';
import { departments, employers } from './organisation.table.js';

/**
 * Offboarding (issue 14), in the caller's tenant transaction: the employer's settings and
 * departments as stored (the export), and their erasure — the departments, and last the employer.
 */
export function organisationOffboardingUseCases() {
  return {
    async employerRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<{ employer: Employer; departments: Department[] } | null> {
      const [employer] = await tx.select().from(employers).where(eq(employers.id, employerId));
      if (!employer) return null;
      const rows = await tx
        .select()
        .from(departments)
        .where(eq(departments.employerId, employerId))
        .orderBy(asc(departments.id));
      return { employer, departments: rows };
    },

    /** Locks the employer's row until the transaction ends; false when there is none. */
    async lockEmployerIn(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<boolean> {
      const rows = await tx
        .select({ id: employers.id })
        .from(employers)
        .where(eq(employers.id, employerId))
        .for('update');
      return rows.length > 0;
    },

    eraseDepartmentsIn(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<number> {
      return deleteEmployerRows(tx, departments, employerId);
    },

    async eraseEmployerRowIn(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<number> {
      const removed = await tx
        .delete(employers)
        .where(eq(employers.id, employerId))
        .returning({ id: employers.id });
      return removed.length;
    },
  };
}
