import { deleteEmployerRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { sentSignals, weeklySignalRounds } from './signals.table.js';

/** Offboarding (issue 14): the signals' once-keys and weekly rounds of the employer. */
export function signalOffboardingUseCases() {
  return {
    async eraseEmployerSignalRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<Record<string, number>> {
      return {
        sentSignals: await deleteEmployerRows(tx, sentSignals, employerId),
        weeklySignalRounds: await deleteEmployerRows(tx, weeklySignalRounds, employerId),
      };
    },
  };
}
