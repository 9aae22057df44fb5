import { errors } from '../../platform/errors.js';
import type {
  RequestMeta,
  RequestSession,
  ResolvedSession,
} from '../../platform/session/session.js';
import { actorOf } from '../users/users.policies.js';
import { localeOf } from '../users/users.usecases.js';
import { accountRefusal, hashSessionToken } from './auth.models.js';
import { createAuthRepository } from './auth.repository.js';
import type { Db } from '../../db/connection.js';
import type { AuthContext } from './auth.context.js';

/** Sessions: a cookie resolved per request, the user's own sessions list, and ending sessions for other modules. */
export function createSessions(context: AuthContext) {
  const { db, clock, audit, repository, inTransaction, recordAuthEvent, slideExpiry } = context;
  return {
    /**
     * The live session of a cookie token with the actor and language of its user; an
     * authenticated one slides its idle expiry. A session of an account that may no longer log in
     * (deactivated, validity over, blocked) ends here.
     */
    async resolveSession(
      token: string,
      meta: { ip: string; requestId: string },
    ): Promise<ResolvedSession | undefined> {
      const now = clock.now();
      const found = await repository.findLiveSessionWithAccess(hashSessionToken(token), now);
      if (!found) return undefined;
      const refusal = accountRefusal(found.account, now);
      if (refusal) {
        await repository.endSession(found.session.id, now, refusal);
        return undefined;
      }
      const session = await slideExpiry(found.session, now);
      return {
        session,
        actor: actorOf(found.access, session, meta),
        locale: localeOf(found.access),
        expiresInSeconds: Math.max(
          0,
          Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000),
        ),
      };
    },
    /** The user's own live sessions, the current one marked. */
    async listSessions(session: RequestSession) {
      const rows = await repository.listLiveSessions(session.userId, clock.now());
      return rows.map((row) => ({
        id: row.id,
        ip: row.ip,
        userAgent: row.userAgent,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        current: row.id === session.id,
      }));
    },
    async endSession(session: RequestSession, sessionId: string, meta: RequestMeta): Promise<void> {
      if (sessionId === session.id)
        throw errors.validation([{ path: 'id', code: 'invalid_value' }]);
      await inTransaction(async (repository, tx) => {
        const now = clock.now();
        if (!(await repository.endUserSession(session.userId, sessionId, now, 'ended_by_user')))
          throw errors.notFound();
        await audit.record(
          {
            userId: session.userId,
            action: 'auth.session_ended',
            subjectType: 'session',
            subjectId: sessionId,
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
      });
    },
    async endOtherSessions(session: RequestSession, meta: RequestMeta): Promise<number> {
      return inTransaction(async (repository, tx) => {
        const ended = await repository.endUserSessions(
          session.userId,
          clock.now(),
          'ended_by_user',
          session.id,
        );
        await recordAuthEvent('auth.other_sessions_ended', session.userId, meta, { ended }, tx);
        return ended;
      });
    },
    /**
     * The factors module's event: a factor was added or removed, or new backup codes were made.
     * Every other session of the user ends (ASVS 7.4.3); `keepSessionId` is the one that did it.
     */
    async endSessionsAfterFactorChange(
      userId: string,
      keepSessionId: string | null,
    ): Promise<number> {
      return inTransaction(async (repository, tx) => {
        const ended = await repository.endUserSessions(
          userId,
          clock.now(),
          'factors_changed',
          keepSessionId ?? undefined,
        );
        await audit.record(
          { userId, action: 'auth.sessions_ended_after_factor_change', details: { ended } },
          tx,
        );
        return ended;
      });
    },
    /**
     * The employer the session acts for (header switch). The users module checks that the user
     * may act for it before calling this; `within` is its transaction.
     */
    setActiveEmployer(sessionId: string, employerId: string, within?: Db): Promise<void> {
      return createAuthRepository(within ?? db).setActiveEmployer(sessionId, employerId);
    },
    /** User management ends every session of a user, in its transaction (`within`). */
    async endAllSessionsOf(userId: string, reason: string, within?: Db): Promise<number> {
      return createAuthRepository(within ?? db).endUserSessions(userId, clock.now(), reason);
    },
  };
}
