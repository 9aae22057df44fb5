import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { subjectAccessCases, type SubjectAccessCases } from './cases.subject-access.repository.js';

export type { SubjectAccessCases } from './cases.subject-access.repository.js';

/** The inzage (AVG art. 15) of the retention module, in its tenant transaction; it audits. */
export function caseSubjectAccessUseCases() {
  return {
    /** The employee's cases with their percentage timelines, flags and pregnancy details. */
    subjectAccessCasesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<SubjectAccessCases> {
      return subjectAccessCases(tx, employerId, employeeId);
    },
  };
}
