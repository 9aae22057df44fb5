import { and, asc, eq } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { caseTasks } from './tasks.table.js';

export type SubjectAccessTask = typeof caseTasks.$inferSelect;

export function subjectAccessTasks(
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
): Promise<SubjectAccessTask[]> {
  return tx
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.employerId, employerId), eq(caseTasks.employeeId, employeeId)))
    .orderBy(asc(caseTasks.caseId), asc(caseTasks.dueDate), asc(caseTasks.id));
}
