import { and, eq, inArray } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { caseTasks } from './tasks.table.js';

/** Deletes the tasks of `caseIds`; how many there were. */
export async function deleteTasksOfCases(
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  caseIds: readonly string[],
): Promise<number> {
  if (caseIds.length === 0) return 0;
  const removed = await tx
    .delete(caseTasks)
    .where(and(eq(caseTasks.employerId, employerId), inArray(caseTasks.caseId, [...caseIds])))
    .returning({ id: caseTasks.id });
  return removed.length;
}
