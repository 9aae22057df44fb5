import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { caseFlags, cases, caseSegments, pregnancyDetails } from './cases.table.js';

/** Everything the cases module holds on one employee, as stored (the inzage, AVG art. 15). */
export type SubjectAccessCases = {
  /** Sickness and pregnancy cases, oldest first. */
  cases: (typeof cases.$inferSelect)[];
  /** The percentage timeline of each case. */
  segments: (typeof caseSegments.$inferSelect)[];
  flags: (typeof caseFlags.$inferSelect)[];
  pregnancies: (typeof pregnancyDetails.$inferSelect)[];
};

export async function subjectAccessCases(
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
): Promise<SubjectAccessCases> {
  const caseRows = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.employerId, employerId), eq(cases.employeeId, employeeId)))
    .orderBy(asc(cases.firstDay), asc(cases.id));
  const caseIds = caseRows.map((row) => row.id);
  if (caseIds.length === 0) return { cases: [], segments: [], flags: [], pregnancies: [] };
  const segments = await tx
    .select()
    .from(caseSegments)
    .where(and(eq(caseSegments.employerId, employerId), inArray(caseSegments.caseId, caseIds)))
    .orderBy(asc(caseSegments.caseId), asc(caseSegments.validFrom));
  const flags = await tx
    .select()
    .from(caseFlags)
    .where(and(eq(caseFlags.employerId, employerId), inArray(caseFlags.caseId, caseIds)))
    .orderBy(asc(caseFlags.caseId), asc(caseFlags.flag));
  const pregnancies = await tx
    .select()
    .from(pregnancyDetails)
    .where(inArray(pregnancyDetails.caseId, caseIds));
  return { cases: caseRows, segments, flags, pregnancies };
}
