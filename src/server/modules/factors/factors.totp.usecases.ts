import { randomBytes } from 'node:crypto';
import { generateURI } from 'otplib';
import { factorsErrors } from './factors.errors.js';
import {
  challengeLifetimeMs,
  decodeBase32,
  matchTotpStep,
  newTotpSecret,
  smsMaxAttempts,
} from './factors.models.js';
import { type FactorsContext, hashPurpose, totpContext } from './factors.context.js';

/** Enrolling an authenticator app (TOTP). */
export function createTotpEnrolment(context: FactorsContext) {
  const { clock, secretBox, keyedHash, audit, repository, inTransaction, userOrThrow, addFactor } =
    context;
  return {
    /**
     * Enrols an authenticator app at once; returns the secret and the otpauth:// URI. Only for
     * seeding known accounts (demo, tests): users enrol with `startTotpEnrolment` + confirm.
     */
    async enrolTotp(userId: string, accountLabel: string, givenSecret?: string) {
      const secret = givenSecret ?? newTotpSecret();
      await inTransaction(async (repository, tx) => {
        await repository.insertSecondFactor({
          userId,
          kind: 'totp',
          // No label: the web shows the kind's name in the user's language.
          label: null,
          secretEncrypted: secretBox.encrypt(secret, totpContext(userId)),
          createdAt: clock.now(),
        });
        await audit.record({ userId, action: 'factors.added', details: { factor: 'totp' } }, tx);
      });
      return { secret, uri: generateURI({ issuer: 'Verzuim', label: accountLabel, secret }) };
    },
    /**
     * Step one of adding an app: a new 160-bit secret, kept encrypted in a pending challenge of
     * this session until a code from it proves the app has it.
     */
    async startTotpEnrolment(userId: string, sessionId: string) {
      const user = await userOrThrow(userId);
      const now = clock.now();
      await repository.voidOpenChallenges(userId, 'totp', 'enrol', now);
      const secret = newTotpSecret();
      await repository.insertChallenge({
        userId,
        sessionId,
        kind: 'totp',
        purpose: 'enrol',
        challengeHash: keyedHash.digest(hashPurpose.totpEnrolment, randomBytes(16).toString('hex')),
        // The pending seed, sealed like an enrolled one; it never leaves the server again.
        target: secretBox.encrypt(secret, totpContext(userId)),
        createdAt: now,
        expiresAt: new Date(now.getTime() + challengeLifetimeMs * 2),
      });
      return { secret, uri: generateURI({ issuer: 'Verzuim', label: user.loginName, secret }) };
    },
    async confirmTotpEnrolment(userId: string, sessionId: string, code: string) {
      const now = clock.now();
      const key = { userId, sessionId, kind: 'totp', purpose: 'enrol' };
      const open = await repository.findOpenChallenge(key, now);
      const counted = open && (await repository.countAttempt(open.id, smsMaxAttempts, now));
      if (!counted?.target) throw factorsErrors.enrolmentFailed();
      const secret = secretBox.decrypt(counted.target, totpContext(userId));
      const step = matchTotpStep(decodeBase32(secret), code, Math.floor(now.getTime() / 1000));
      if (step === null || !(await repository.consumeChallenge(counted.id, now))) {
        throw factorsErrors.enrolmentFailed();
      }
      return addFactor(sessionId, {
        userId,
        kind: 'totp',
        // No label: the web shows the kind's name in the user's language.
        label: null,
        secretEncrypted: secretBox.encrypt(secret, totpContext(userId)),
        // The confirming code is spent: it cannot also log in.
        lastUsedStep: step,
        createdAt: now,
      });
    },
  };
}
