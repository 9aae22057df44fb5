import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { deleteTasksOfCases } from './tasks.retention.repository.js';

/**
 * The retention clean-up's part of the tasks (DOMAIN.md §5): the tasks of erased cases, in the
 * caller's tenant transaction, before the cases go. The count is for the audit entry.
 */
export function taskRetentionUseCases() {
  return {
    eraseTasksOfCasesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      caseIds: readonly string[],
    ): Promise<number> {
      return deleteTasksOfCases(tx, employerId, caseIds);
    },
  };
}
