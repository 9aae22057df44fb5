import {
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { factorsErrors } from './factors.errors.js';
import { challengeLifetimeMs } from './factors.models.js';
import { challengeOf, type FactorsContext, hashPurpose } from './factors.context.js';

/** Enrolling a security key or passkey (WebAuthn). */
export function createWebAuthnEnrolment(context: FactorsContext) {
  const { clock, keyedHash, webAuthn, repository, userOrThrow, addFactor } = context;
  return {
    /** Registration options for a new security key; keys already registered are excluded. */
    async startWebAuthnEnrolment(userId: string, sessionId: string) {
      const user = await userOrThrow(userId);
      const existing = (await repository.listSecondFactors(userId)).filter(
        (factor) => factor.kind === 'webauthn' && factor.credentialId,
      );
      const options = await generateRegistrationOptions({
        rpName: webAuthn.rpName,
        rpID: webAuthn.rpId,
        userName: user.loginName,
        userDisplayName: `${user.firstName} ${user.lastName}`,
        userID: new TextEncoder().encode(user.id),
        attestationType: 'none',
        excludeCredentials: existing.map((factor) => ({
          id: factor.credentialId as string,
          transports: factor.transports ?? undefined,
        })),
        authenticatorSelection: { residentKey: 'discouraged', userVerification: 'preferred' },
        timeout: challengeLifetimeMs,
      });
      const now = clock.now();
      await repository.insertChallenge({
        userId,
        sessionId,
        kind: 'webauthn',
        purpose: 'enrol',
        challengeHash: keyedHash.digest(hashPurpose.webauthnChallenge, options.challenge),
        createdAt: now,
        expiresAt: new Date(now.getTime() + challengeLifetimeMs),
      });
      return options as unknown as Record<string, unknown>;
    },
    async confirmWebAuthnEnrolment(
      userId: string,
      sessionId: string,
      raw: Record<string, unknown>,
      label: string | undefined,
    ) {
      const response = raw as unknown as RegistrationResponseJSON;
      const challenge = challengeOf(response);
      const now = clock.now();
      const consumed =
        challenge &&
        (await repository.consumeChallengeByHash(
          { userId, sessionId, kind: 'webauthn', purpose: 'enrol' },
          keyedHash.candidates(hashPurpose.webauthnChallenge, challenge),
          now,
        ));
      if (!challenge || !consumed) throw factorsErrors.enrolmentFailed();
      let verified;
      try {
        verified = await verifyRegistrationResponse({
          response,
          expectedChallenge: challenge,
          expectedOrigin: webAuthn.origin,
          expectedRPID: webAuthn.rpId,
          requireUserVerification: false,
        });
      } catch {
        throw factorsErrors.enrolmentFailed();
      }
      if (!verified.verified) throw factorsErrors.enrolmentFailed();
      const { credential } = verified.registrationInfo;
      if (await repository.findByCredentialId(credential.id)) {
        throw factorsErrors.keyAlreadyRegistered();
      }
      return addFactor(sessionId, {
        userId,
        kind: 'webauthn',
        label: label ?? null,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        signCount: credential.counter,
        transports: credential.transports ?? null,
        createdAt: now,
      });
    },
  };
}
