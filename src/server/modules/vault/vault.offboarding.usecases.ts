import { deleteEmployerRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  vaultAccessRequests,
  vaultAgreements,
  vaultMembers,
  vaultPersonalData,
} from './vault.table.js';

/** Offboarding (issue 14): the employer's datakluis: agreements, admins, requests, any data left. */
export function vaultOffboardingUseCases() {
  return {
    async eraseEmployerVaultRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<Record<string, number>> {
      return {
        vaultEntries: await deleteEmployerRows(tx, vaultPersonalData, employerId),
        vaultAccessRequests: await deleteEmployerRows(tx, vaultAccessRequests, employerId),
        vaultMembers: await deleteEmployerRows(tx, vaultMembers, employerId),
        vaultAgreements: await deleteEmployerRows(tx, vaultAgreements, employerId),
      };
    },
  };
}
