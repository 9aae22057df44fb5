import { deleteEmployerRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { calendarFeeds } from './tasks.calendar.table.js';
import { protocols } from './tasks.protocols.table.js';
import { caseTasks } from './tasks.table.js';

/** Offboarding (issue 14): the employer's remaining task rows, calendar feeds and protocol variants. */
export function taskOffboardingUseCases() {
  return {
    async eraseEmployerTaskRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<Record<string, number>> {
      return {
        tasks: await deleteEmployerRows(tx, caseTasks, employerId),
        calendarFeeds: await deleteEmployerRows(tx, calendarFeeds, employerId),
        // Their tasks follow (protocol_tasks cascade).
        protocolVariants: await deleteEmployerRows(tx, protocols, employerId),
      };
    },
  };
}
