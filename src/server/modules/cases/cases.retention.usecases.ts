import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  createCasesRetentionRepository,
  type RetentionCaseRow,
} from './cases.retention.repository.js';

export type { RetentionCaseRow } from './cases.retention.repository.js';

/**
 * The retention clean-up's part of the cases (DOMAIN.md §5), each in the caller's tenant
 * transaction: the retention module decides, audits and holds one transaction per dossier. The
 * tasks and the dossier's notes and documents of the cases must be erased first.
 */
export function caseRetentionUseCases() {
  return {
    employeesWithCaseEndedBeforeIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      before: string,
    ): Promise<string[]> {
      return createCasesRetentionRepository(tx, employerId).employeesWithCaseEndedBefore(before);
    },

    retentionCasesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
    ): Promise<RetentionCaseRow[]> {
      return createCasesRetentionRepository(tx, employerId).casesOf(employeeIds);
    },

    eraseCasesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      caseIds: readonly string[],
    ): Promise<Record<string, number>> {
      return createCasesRetentionRepository(tx, employerId).eraseCases(caseIds);
    },
  };
}
