import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { caseFlags, cases, caseSegments, pregnancyDetails } from './cases.table.js';

export type RetentionCaseRow = {
  id: string;
  employeeId: string;
  lastDay: string | null;
  previousCaseId: string | null;
};

/** What the retention clean-up reads and erases of the cases (cases.retention.usecases.ts). */
export function createCasesRetentionRepository(tx: TenantDb, employerId: AuthorizedEmployerId) {
  const ofEmployer = eq(cases.employerId, employerId);
  return {
    /** The employees with a case that ended before `before`. */
    async employeesWithCaseEndedBefore(before: string): Promise<string[]> {
      const rows = await tx
        .selectDistinct({ employeeId: cases.employeeId })
        .from(cases)
        .where(and(ofEmployer, isNotNull(cases.lastDay), lt(cases.lastDay, before)));
      return rows.map((row) => row.employeeId);
    },

    casesOf(employeeIds: readonly string[]): Promise<RetentionCaseRow[]> {
      if (employeeIds.length === 0) return Promise.resolve([]);
      return tx
        .select({
          id: cases.id,
          employeeId: cases.employeeId,
          lastDay: cases.lastDay,
          previousCaseId: cases.previousCaseId,
        })
        .from(cases)
        .where(and(ofEmployer, inArray(cases.employeeId, [...employeeIds])));
    },

    /** Deletes the cases with their segments, flags and pregnancy details; counts per kind. */
    async eraseCases(caseIds: readonly string[]): Promise<Record<string, number>> {
      if (caseIds.length === 0) return { cases: 0, segments: 0, flags: 0, pregnancyDetails: 0 };
      const ids = [...caseIds];
      const segments = await tx
        .delete(caseSegments)
        .where(and(eq(caseSegments.employerId, employerId), inArray(caseSegments.caseId, ids)))
        .returning({ id: caseSegments.id });
      const flags = await tx
        .delete(caseFlags)
        .where(and(eq(caseFlags.employerId, employerId), inArray(caseFlags.caseId, ids)))
        .returning({ id: caseFlags.id });
      const pregnancies = await tx
        .delete(pregnancyDetails)
        .where(
          and(eq(pregnancyDetails.employerId, employerId), inArray(pregnancyDetails.caseId, ids)),
        )
        .returning({ id: pregnancyDetails.caseId });
      // One statement: a recurrence and the episode it continues go together.
      const removed = await tx
        .delete(cases)
        .where(and(ofEmployer, inArray(cases.id, ids)))
        .returning({ id: cases.id });
      return {
        cases: removed.length,
        segments: segments.length,
        flags: flags.length,
        pregnancyDetails: pregnancies.length,
      };
    },
  };
}
