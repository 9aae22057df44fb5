import { and, between, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, type TenantDb, trustEmployerId } from '../../db/tenancy.js';
import { caseTasks } from './tasks.table.js';

/** A pending task whose due date has come and was not told for that date yet. */
function toAnnounce(from: string, today: string) {
  return and(
    inArray(caseTasks.status, ['open', 'postponed']),
    between(caseTasks.dueDate, from, today),
    or(isNull(caseTasks.dueAnnouncedFor), ne(caseTasks.dueAnnouncedFor, caseTasks.dueDate)),
  );
}

/** The employers with tasks to announce: the round's read across tenants (ids only). */
export async function employersWithTasksToAnnounce(
  db: Db,
  from: string,
  today: string,
): Promise<AuthorizedEmployerId[]> {
  const rows = await db
    .selectDistinct({ employerId: caseTasks.employerId })
    .from(caseTasks)
    .where(toAnnounce(from, today));
  return rows.map((row) => trustEmployerId(row.employerId));
}

export type AnnouncedTask = {
  id: string;
  employeeId: string;
  caseId: string;
  code: string;
  dueDate: string;
};

/**
 * Marks the employer's tasks due from `from` to `today` as told and answers them. One statement:
 * a concurrent round waits for the row locks, then finds them marked, so each is told once.
 */
export function markTasksAnnounced(
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  from: string,
  today: string,
): Promise<AnnouncedTask[]> {
  return tx
    .update(caseTasks)
    .set({ dueAnnouncedFor: sql`${caseTasks.dueDate}` })
    .where(and(eq(caseTasks.employerId, employerId), toAnnounce(from, today)))
    .returning({
      id: caseTasks.id,
      employeeId: caseTasks.employeeId,
      caseId: caseTasks.caseId,
      code: caseTasks.code,
      dueDate: caseTasks.dueDate,
    });
}
