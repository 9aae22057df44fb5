import { eq } from 'drizzle-orm';
import { deleteUserRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { emailTokens, sessions } from './auth.table.js';

/**
 * Offboarding (issue 14): ends every session and e-mail token of the accounts erased with the
 * employer; a session of anyone else (an operator's, a linked account's) that has the employer
 * active keeps going without an active employer, so the operator admin who offboards stays
 * logged in.
 */
export function authOffboardingUseCases() {
  return {
    async eraseSessionsForEmployerIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      userIds: readonly string[],
    ): Promise<Record<string, number>> {
      const ended = await deleteUserRows(tx, sessions, userIds);
      await deleteUserRows(tx, emailTokens, userIds);
      await tx
        .update(sessions)
        .set({ activeEmployerId: null })
        .where(eq(sessions.activeEmployerId, employerId));
      return { sessions: ended };
    },
  };
}
