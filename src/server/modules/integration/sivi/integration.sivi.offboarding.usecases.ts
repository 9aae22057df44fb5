import { deleteEmployerRows } from '../../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../../db/tenancy.js';
import { siviImportElements, siviImports } from './integration.sivi.table.js';

/** Offboarding (issue 14): the employer's SIVI import log. */
export function siviOffboardingUseCases() {
  return {
    async eraseEmployerSiviRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<Record<string, number>> {
      await deleteEmployerRows(tx, siviImportElements, employerId);
      return { siviImports: await deleteEmployerRows(tx, siviImports, employerId) };
    },
  };
}
