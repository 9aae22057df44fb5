import { eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AuthorizedEmployerId, TenantDb } from './tenancy.js';

type EmployerTable = PgTable & { employerId: AnyPgColumn };
type UserTable = PgTable & { userId: AnyPgColumn };

/**
 * Offboarding (issue 14): deletes every row of `table` that belongs to `employerId`, in the
 * caller's tenant transaction; how many there were. For a module's own tables only: each module
 * offers its part through a use case (`eraseEmployerRowsIn`), the retention module orchestrates.
 */
export async function deleteEmployerRows(
  tx: TenantDb,
  table: EmployerTable,
  employerId: AuthorizedEmployerId,
): Promise<number> {
  const removed = await tx
    .delete(table)
    .where(eq(table.employerId, employerId))
    .returning({ employerId: table.employerId });
  return removed.length;
}

/** The same for the rows of global (not tenant) tables that belong to `userIds`. */
export async function deleteUserRows(
  tx: TenantDb,
  table: UserTable,
  userIds: readonly string[],
): Promise<number> {
  if (userIds.length === 0) return 0;
  const removed = await tx
    .delete(table)
    .where(inArray(table.userId, [...userIds]))
    .returning({ userId: table.userId });
  return removed.length;
}
