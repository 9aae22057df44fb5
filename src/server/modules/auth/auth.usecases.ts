import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import type { Db } from '../../db/connection.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import {
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../platform/crypto/passwords.js';
import type { SecretBox } from '../../platform/crypto/secret-box.js';
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

/** TOTP per RFC 6238: 30-second steps; the current and the previous step are accepted. */
const totpPeriodSeconds = 30;

function totpContext(userId: string): string {
  return `second_factor:${userId}`;
}

export function createAuthUseCases({
  db,
  clock,
  secretBox,
  users,
  audit,
  timeouts,
}: {
  db: Db;
  clock: Clock;
  secretBox: SecretBox;
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
      const factors = await repository.listSecondFactors(user.id);
      const { token } = await startSession(user.id, 'password_verified', meta);
      await audit.record({
        userId: user.id,
        action: 'auth.password_verified',
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return { token, factors: [...new Set(factors.map((factor) => factor.kind))] as 'totp'[] };
    },

    /** Step two: a TOTP code. Success ends the pending session and starts a new one (a new id). */
    async verifySecondFactor(pending: Session, code: string, meta: RequestMeta) {
      const factors = (await repository.listSecondFactors(pending.userId)).filter(
        (factor) => factor.kind === 'totp',
      );
      const epoch = Math.floor(clock.now().getTime() / 1000);
      for (const factor of factors) {
        if (!factor.secretEncrypted) continue;
        const secret = secretBox.decrypt(factor.secretEncrypted, totpContext(pending.userId));
        const result = await verifyTotp({
          secret,
          token: code,
          epoch,
          period: totpPeriodSeconds,
          epochTolerance: [totpPeriodSeconds, 0],
        });
        if (!result.valid) continue;
        const step = Math.floor(epoch / totpPeriodSeconds) + result.delta;
        if (await repository.claimTotpStep(factor.id, step)) {
          await repository.endSession(pending.id, clock.now());
          const started = await startSession(pending.userId, 'authenticated', meta);
          await audit.record({
            userId: pending.userId,
            action: 'auth.login_succeeded',
            ip: meta.ip,
            requestId: meta.requestId,
            details: { factor: 'totp' },
          });
          return started;
        }
      }
      await audit.record({
        userId: pending.userId,
        action: 'auth.second_factor_failed',
        ip: meta.ip,
        requestId: meta.requestId,
        details: { factor: 'totp' },
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

    /**
     * Enrols an authenticator app; returns the secret and the otpauth:// URI to show once.
     * A given secret is only for seeding known test accounts.
     */
    async enrolTotp(userId: string, accountLabel: string, givenSecret?: string) {
      const secret = givenSecret ?? generateSecret();
      await repository.insertSecondFactor({
        userId,
        kind: 'totp',
        label: 'Authenticator',
        secretEncrypted: secretBox.encrypt(secret, totpContext(userId)),
        createdAt: clock.now(),
      });
      await audit.record({ userId, action: 'auth.factor_added', details: { factor: 'totp' } });
      return { secret, uri: generateURI({ issuer: 'Verzuim', label: accountLabel, secret }) };
    },
  };
}

export type AuthUseCases = ReturnType<typeof createAuthUseCases>;
