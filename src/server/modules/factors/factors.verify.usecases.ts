import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
} from '@simplewebauthn/server';
import type { SecondFactorKind, SecondFactorProof } from '../../../contracts/auth.js';
import { localeOf } from '../users/users.usecases.js';
import { factorsErrors } from './factors.errors.js';
import {
  challengeLifetimeMs,
  decodeBase32,
  maskPhone,
  matchTotpStep,
  normaliseBackupCode,
} from './factors.models.js';
import type { ChallengeKey } from './factors.repository.js';
import {
  challengeOf,
  type ChallengePurpose,
  type FactorsContext,
  hashPurpose,
  totpContext,
} from './factors.context.js';

/** Proving a second factor at login and step-up: which factors a user has, challenges, and the check of a proof. */
export function createVerification(context: FactorsContext) {
  const {
    clock,
    secretBox,
    keyedHash,
    audit,
    webAuthn,
    repository,
    inTransaction,
    userOrThrow,
    verifiedPhone,
    notifyByMail,
    sendSmsCode,
    checkSmsCode,
  } = context;
  /** True when the code matches the current or previous step of one of the user's apps, once. */
  async function verifyTotp(userId: string, code: string): Promise<boolean> {
    const factors = (await repository.listSecondFactors(userId)).filter(
      (factor) => factor.kind === 'totp',
    );
    const now = clock.now();
    const epoch = Math.floor(now.getTime() / 1000);
    for (const factor of factors) {
      if (!factor.secretEncrypted) continue;
      const secret = decodeBase32(secretBox.decrypt(factor.secretEncrypted, totpContext(userId)));
      const step = matchTotpStep(secret, code, epoch);
      if (step === null) continue;
      if (await repository.claimTotpStep(factor.id, step, now)) return true;
    }
    return false;
  }

  async function verifyBackupCode(userId: string, input: string): Promise<boolean> {
    const code = normaliseBackupCode(input);
    if (code === null) return false;
    const remaining = await inTransaction(async (repository, tx) => {
      const used = await repository.consumeBackupCode(
        userId,
        keyedHash.candidates(hashPurpose.backupCode, code),
        clock.now(),
      );
      if (!used) return undefined;
      const left = await repository.countUnusedBackupCodes(userId);
      await audit.record(
        { userId, action: 'factors.backup_code_used', details: { remaining: left } },
        tx,
      );
      return left;
    });
    if (remaining === undefined) return false;
    await notifyByMail(userId, 'backupCodeUsed', { remaining });
    return true;
  }

  async function webAuthnOptionsForLogin(key: ChallengeKey & { purpose: ChallengePurpose }) {
    const keys = (await repository.listSecondFactors(key.userId)).filter(
      (factor) => factor.kind === 'webauthn' && factor.credentialId,
    );
    if (keys.length === 0) throw factorsErrors.webauthnUnavailable();
    const options = await generateAuthenticationOptions({
      rpID: webAuthn.rpId,
      allowCredentials: keys.map((factor) => ({
        id: factor.credentialId as string,
        transports: (factor.transports ?? undefined) as never,
      })),
      userVerification: 'preferred',
      timeout: challengeLifetimeMs,
    });
    const now = clock.now();
    await repository.insertChallenge({
      ...key,
      kind: 'webauthn',
      challengeHash: keyedHash.digest(hashPurpose.webauthnChallenge, options.challenge),
      createdAt: now,
      expiresAt: new Date(now.getTime() + challengeLifetimeMs),
    });
    return options;
  }

  async function verifyWebAuthn(key: ChallengeKey, raw: Record<string, unknown>) {
    const response = raw as unknown as AuthenticationResponseJSON;
    const challenge = challengeOf(response);
    if (!challenge || typeof response.id !== 'string') return false;
    const now = clock.now();
    // Consumed before verifying: a challenge is spent by any attempt, good or bad.
    const consumed = await repository.consumeChallengeByHash(
      { ...key, kind: 'webauthn' },
      keyedHash.candidates(hashPurpose.webauthnChallenge, challenge),
      now,
    );
    if (!consumed) return false;
    const factor = await repository.findByCredentialId(response.id);
    if (!factor || factor.userId !== key.userId || !factor.publicKey) return false;
    try {
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: webAuthn.origin,
        expectedRPID: webAuthn.rpId,
        credential: {
          id: factor.credentialId as string,
          publicKey: Buffer.from(factor.publicKey, 'base64url'),
          counter: factor.signCount ?? 0,
        },
        requireUserVerification: false,
      });
      if (!result.verified) return false;
      await repository.advanceSignCount(factor.id, result.authenticationInfo.newCounter, now);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/counter/i.test(message)) {
        // A lower counter than stored suggests a cloned key: worth an administrator's attention.
        await audit.record({
          userId: key.userId,
          action: 'factors.webauthn_counter_regression',
          subjectType: 'second_factor',
          subjectId: factor.id,
          details: { storedCount: factor.signCount },
        });
      }
      return false;
    }
  }

  return {
    /** Which of these users have enrolled a second factor (authenticator app, SMS or key). */
    usersWithSecondFactor: (userIds: string[]) => repository.usersWithSecondFactor(userIds),
    /** The kinds of second factor the user can log in with. */
    async listKinds(userId: string): Promise<SecondFactorKind[]> {
      const factors = await repository.listSecondFactors(userId);
      const kinds = new Set<SecondFactorKind>();
      for (const factor of factors) {
        if (factor.kind === 'totp') kinds.add('totp');
        if (factor.kind === 'webauthn') kinds.add('webauthn');
      }
      if (await verifiedPhone(userId)) kinds.add('sms');
      if ((await repository.countUnusedBackupCodes(userId)) > 0) kinds.add('backup_code');
      const order: SecondFactorKind[] = ['webauthn', 'totp', 'sms', 'backup_code'];
      return order.filter((kind) => kinds.has(kind));
    },
    /** The verified number, masked, for the login page ("code sent to •••• 5678"). */
    async maskedPhone(userId: string): Promise<string | null> {
      const phone = await verifiedPhone(userId);
      return phone === null ? null : maskPhone(phone);
    },
    /**
     * Checks the proof of a login's (or step-up's) second step. `sessionId` (and `only`, when
     * given) bind SMS codes and WebAuthn challenges to the session and ceremony that asked.
     */
    async verify(
      userId: string,
      sessionId: string,
      proof: SecondFactorProof,
      only?: 'login' | 'step_up',
    ): Promise<boolean> {
      // Without `only`, a challenge of this very session counts whether it was asked for a
      // login or a step-up: the two never share a session, so the binding stays as strict.
      const purpose = only ?? (['login', 'step_up'] as const);
      switch (proof.kind) {
        case 'totp':
          return verifyTotp(userId, proof.code);
        case 'sms':
          return (
            (await checkSmsCode({ userId, sessionId, kind: 'sms', purpose }, proof.code)) !==
            undefined
          );
        case 'backup_code':
          return verifyBackupCode(userId, proof.code);
        case 'webauthn':
          return verifyWebAuthn({ userId, sessionId, kind: 'webauthn', purpose }, proof.response);
      }
    },
    /** Sends an SMS code or returns WebAuthn options for a login or step-up of this session. */
    async startChallenge(
      userId: string,
      sessionId: string,
      kind: 'sms' | 'webauthn',
      purpose: 'login' | 'step_up' = 'login',
    ): Promise<
      { kind: 'sms'; maskedPhone: string } | { kind: 'webauthn'; options: Record<string, unknown> }
    > {
      if (kind === 'webauthn') {
        const options = await webAuthnOptionsForLogin({ userId, sessionId, kind, purpose });
        return { kind, options: options as unknown as Record<string, unknown> };
      }
      const phone = await verifiedPhone(userId);
      if (phone === null) throw factorsErrors.smsUnavailable();
      const user = await userOrThrow(userId);
      await sendSmsCode({ userId, sessionId, kind, purpose }, phone, localeOf(user));
      return { kind, maskedPhone: maskPhone(phone) };
    },
  };
}
