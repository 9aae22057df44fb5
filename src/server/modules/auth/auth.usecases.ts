import type { SecondFactorProof } from '../../../contracts/auth.js';
import type { Db } from '../../db/connection.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import {
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../platform/crypto/passwords.js';
import type { FactorsUseCases } from '../factors/factors.usecases.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import { authErrors } from './auth.errors.js';
import {
  hashSessionToken,
  newSessionToken,
  pendingLoginExpiry,
  type SessionTimeouts,
  sessionExpiry,
} from './auth.models.js';
import { createAuthRepository, type Session } from './auth.repository.js';

export type RequestMeta = { ip: string; userAgent: string | undefined; requestId: string };

export function createAuthUseCases({
  db,
  clock,
  factors,
  users,
  audit,
  timeouts,
}: {
  db: Db;
  clock: Clock;
  factors: FactorsUseCases;
  users: UsersUseCases;
  audit: AuditWriter;
  timeouts: SessionTimeouts;
}) {
  const repository = createAuthRepository(db);

  async function startSession(
    userId: string,
    stage: 'password_verified' | 'authenticated',
    meta: RequestMeta,
  ) {
    const now = clock.now();
    const token = newSessionToken();
    const session = await repository.insertSession({
      tokenHash: hashSessionToken(token),
      userId,
      stage,
      ip: meta.ip,
      userAgent: meta.userAgent ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt:
        stage === 'authenticated' ? sessionExpiry(now, now, timeouts) : pendingLoginExpiry(now),
      passwordAt: now,
      secondFactorAt: stage === 'authenticated' ? now : null,
    });
    return { token, session };
  }

  return {
    /** Step one: the password. Success gives a short-lived pending session waiting for the second factor. */
    async loginWithPassword(loginName: string, password: string, meta: RequestMeta) {
      const user = await users.findByLoginName(loginName);
      if (!user?.passwordHash) {
        // Same work as for a real account, so the answer time does not reveal unknown names.
        await verifyPassword(await dummyPasswordHash(), password);
        await audit.record({
          action: 'auth.login_failed',
          ip: meta.ip,
          requestId: meta.requestId,
          details: { reason: 'unknown_or_no_password' },
        });
        throw authErrors.invalidCredentials();
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        await audit.record({
          userId: user.id,
          action: 'auth.login_failed',
          ip: meta.ip,
          requestId: meta.requestId,
          details: { reason: 'password' },
        });
        throw authErrors.invalidCredentials();
      }
      if (needsRehash(user.passwordHash))
        await users.setPasswordHash(user.id, await hashPassword(password));
      const factorKinds = await factors.listKinds(user.id);
      const { token } = await startSession(user.id, 'password_verified', meta);
      await audit.record({
        userId: user.id,
        action: 'auth.password_verified',
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return { token, factors: factorKinds };
    },

    /** Step two: the second factor. Success ends the pending session and starts a new one (a new id). */
    async verifySecondFactor(pending: Session, proof: SecondFactorProof, meta: RequestMeta) {
      if (await factors.verify(pending.userId, pending.id, proof)) {
        await repository.endSession(pending.id, clock.now());
        const started = await startSession(pending.userId, 'authenticated', meta);
        await audit.record({
          userId: pending.userId,
          action: 'auth.login_succeeded',
          ip: meta.ip,
          requestId: meta.requestId,
          details: { factor: proof.kind },
        });
        return started;
      }
      await audit.record({
        userId: pending.userId,
        action: 'auth.second_factor_failed',
        ip: meta.ip,
        requestId: meta.requestId,
        details: { factor: proof.kind },
      });
      throw authErrors.invalidCode();
    },

    /** The live session of a cookie token; an authenticated one slides its idle expiry. */
    async resolveSession(token: string): Promise<Session | undefined> {
      const now = clock.now();
      const session = await repository.findLiveSession(hashSessionToken(token), now);
      if (!session) return undefined;
      // Writing on every request is wasted work; a 30-second granularity is plenty for a 15-minute limit.
      if (
        session.stage === 'authenticated' &&
        now.getTime() - session.lastSeenAt.getTime() > 30_000
      ) {
        const expiresAt = sessionExpiry(session.createdAt, now, timeouts);
        await repository.touchSession(session.id, now, expiresAt);
        return { ...session, lastSeenAt: now, expiresAt };
      }
      return session;
    },

    async logout(session: Session, meta: RequestMeta): Promise<void> {
      await repository.endSession(session.id, clock.now());
      await audit.record({
        userId: session.userId,
        action: 'auth.logout',
        ip: meta.ip,
        requestId: meta.requestId,
      });
    },
  };
}

export type AuthUseCases = ReturnType<typeof createAuthUseCases>;
