import { generateSecret, generateURI, verify as verifyTotpCode } from 'otplib';
import type { SecondFactorKind, SecondFactorProof } from '../../../contracts/auth.js';
import type { Db } from '../../db/connection.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { SecretBox } from '../../platform/crypto/secret-box.js';
import { createFactorsRepository } from './factors.repository.js';

/** TOTP per RFC 6238: 30-second steps; the current and the previous step are accepted. */
const totpPeriodSeconds = 30;

function totpContext(userId: string): string {
  return `second_factor:${userId}`;
}

/**
 * Second factors: enrolment, listing and verification. The auth module decides what a failure
 * means (lockout, audit of the login); this module only answers whether the proof holds.
 */
export function createFactorsUseCases({
  db,
  clock,
  secretBox,
  audit,
}: {
  db: Db;
  clock: Clock;
  secretBox: SecretBox;
  audit: AuditWriter;
}) {
  const repository = createFactorsRepository(db);

  /** True when the code matches the current or previous step of one of the user's apps, once. */
  async function verifyTotp(userId: string, code: string): Promise<boolean> {
    const factors = (await repository.listSecondFactors(userId)).filter(
      (factor) => factor.kind === 'totp',
    );
    const now = clock.now();
    const epoch = Math.floor(now.getTime() / 1000);
    for (const factor of factors) {
      if (!factor.secretEncrypted) continue;
      const secret = secretBox.decrypt(factor.secretEncrypted, totpContext(userId));
      const result = await verifyTotpCode({
        secret,
        token: code,
        epoch,
        period: totpPeriodSeconds,
        epochTolerance: [totpPeriodSeconds, 0],
      });
      if (!result.valid) continue;
      const step = Math.floor(epoch / totpPeriodSeconds) + result.delta;
      if (await repository.claimTotpStep(factor.id, step, now)) return true;
    }
    return false;
  }

  return {
    /** The kinds of second factor the user can log in with. */
    async listKinds(userId: string): Promise<SecondFactorKind[]> {
      const factors = await repository.listSecondFactors(userId);
      return [...new Set(factors.map((factor) => factor.kind))].filter(
        (kind): kind is SecondFactorKind => kind === 'totp',
      );
    },

    /**
     * Checks the proof of a login's (or step-up's) second step. `sessionId` binds SMS codes and
     * WebAuthn challenges to the session that asked for them.
     */
    async verify(userId: string, _sessionId: string, proof: SecondFactorProof): Promise<boolean> {
      switch (proof.kind) {
        case 'totp':
          return verifyTotp(userId, proof.code);
        default:
          return false;
      }
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
      await audit.record({ userId, action: 'factors.added', details: { factor: 'totp' } });
      return { secret, uri: generateURI({ issuer: 'Verzuim', label: accountLabel, secret }) };
    },
  };
}

export type FactorsUseCases = ReturnType<typeof createFactorsUseCases>;
