import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  subjectAccessEmployee,
  type SubjectAccessEmployee,
} from './employees.subject-access.repository.js';

export type { SubjectAccessEmployee } from './employees.subject-access.repository.js';

/** The inzage (AVG art. 15) of the retention module, in its tenant transaction; it audits. */
export function subjectAccessUseCases() {
  return {
    /** The employee, employments with their versions and dossier tags; null for none of ours. */
    subjectAccessEmployeeIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<SubjectAccessEmployee | null> {
      return subjectAccessEmployee(tx, employerId, employeeId);
    },
  };
}
