import { deleteUserRows } from '../../db/offboarding.js';
import type { TenantDb } from '../../db/tenancy.js';
import { backupCodes, factorChallenges, secondFactors } from './factors.table.js';

/** Offboarding (issue 14): the second factors, backup codes and challenges of erased accounts. */
export function factorOffboardingUseCases() {
  return {
    async eraseFactorsOfUsersIn(
      tx: TenantDb,
      userIds: readonly string[],
    ): Promise<Record<string, number>> {
      await deleteUserRows(tx, factorChallenges, userIds);
      await deleteUserRows(tx, backupCodes, userIds);
      return { secondFactors: await deleteUserRows(tx, secondFactors, userIds) };
    },
  };
}
