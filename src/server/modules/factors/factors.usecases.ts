import { randomBytes } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { generateURI } from 'otplib';
import type { SecondFactorKind, SecondFactorProof } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { FactorSummary } from '../../../contracts/factors.js';
import type { Db } from '../../db/connection.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { KeyedHash } from '../../platform/crypto/keyed-hash.js';
import type { SecretBox } from '../../platform/crypto/secret-box.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { SmsSender } from '../../platform/sms/sms.js';
import { localeOf, type UsersUseCases } from '../users/users.usecases.js';
import { factorsErrors } from './factors.errors.js';
import {
  backupCodeCount,
  challengeLifetimeMs,
  decodeBase32,
  formatBackupCode,
  maskPhone,
  matchTotpStep,
  newBackupCode,
  newSmsCode,
  newTotpSecret,
  normaliseBackupCode,
  normalisePhone,
  smsCodeLifetimeMs,
  smsMaxAttempts,
  smsMaxSendsPerWindow,
  smsSendWindowMs,
} from './factors.models.js';
import {
  type ChallengeKey,
  createFactorsRepository,
  type SecondFactor,
} from './factors.repository.js';

/** What a challenge is for: a code for a login cannot complete a step-up, or an enrolment. */
export type ChallengePurpose = 'login' | 'step_up' | 'enrol';

function totpContext(userId: string): string {
  return `second_factor:${userId}`;
}

function phoneContext(userId: string): string {
  return `second_factor_phone:${userId}`;
}

const hashPurpose = {
  backupCode: 'backup_code',
  smsCode: 'sms_code',
  webauthnChallenge: 'webauthn_challenge',
  totpEnrolment: 'totp_enrolment',
} as const;

export type WebAuthnSettings = { rpId: string; origin: string; rpName: string };

/**
 * rpID is the host of the public URL, the expected origin its exact origin. An IP address cannot
 * be an RP ID, so a loopback address (a developer's or the e2e server's http://127.0.0.1:port)
 * stands for localhost on the same port, the one spelling browsers accept there.
 */
export function webAuthnSettingsFrom(publicUrl: string): WebAuthnSettings {
  const url = new URL(publicUrl);
  if (url.hostname === '127.0.0.1' || url.hostname === '[::1]') url.hostname = 'localhost';
  return { rpId: url.hostname, origin: url.origin, rpName: 'Verzuim' };
}

function summarise(factor: SecondFactor): FactorSummary {
  return {
    id: factor.id,
    kind: factor.kind as FactorSummary['kind'],
    label: factor.label,
    createdAt: factor.createdAt.toISOString(),
    lastUsedAt: factor.lastUsedAt?.toISOString() ?? null,
  };
}

/** The challenge a browser signed, read from its clientDataJSON (checked again by the library). */
function challengeOf(response: { response?: unknown }): string | undefined {
  const inner = response.response as { clientDataJSON?: unknown } | undefined;
  if (typeof inner?.clientDataJSON !== 'string') return undefined;
  try {
    const clientData = JSON.parse(Buffer.from(inner.clientDataJSON, 'base64url').toString('utf8'));
    return typeof clientData?.challenge === 'string' ? clientData.challenge : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the factors module tells others. `factorsChanged` runs after a factor was added or
 * removed or new backup codes were made; auth listens and ends the user's other sessions
 * (ASVS 7.4.3). An interface, not an import: auth depends on factors, never the reverse.
 */
export type FactorsEvents = {
  factorsChanged(userId: string, keepSessionId: string | null): Promise<void>;
};

/**
 * Second factors: enrolment, listing and verification. The auth module decides what a failure
 * means (lockout, audit of the login); this module only answers whether the proof holds.
 */
export function createFactorsUseCases({
  db,
  clock,
  secretBox,
  keyedHash,
  audit,
  mailer,
  sms,
  users,
  webAuthn,
  events,
}: {
  db: Db;
  clock: Clock;
  secretBox: SecretBox;
  keyedHash: KeyedHash;
  audit: AuditWriter;
  mailer: Mailer;
  sms: SmsSender;
  users: UsersUseCases;
  webAuthn: WebAuthnSettings;
  events: FactorsEvents;
}) {
  const repository = createFactorsRepository(db);

  async function userOrThrow(userId: string) {
    const user = await users.findById(userId);
    if (!user) throw factorsErrors.notFound();
    return user;
  }

  /** The number SMS codes go to: the one proven by enrolment, kept sealed in the SMS factor. */
  async function verifiedPhone(userId: string): Promise<string | null> {
    const factor = (await repository.listSecondFactors(userId)).find(
      (candidate) => candidate.kind === 'sms' && candidate.secretEncrypted,
    );
    return factor?.secretEncrypted
      ? secretBox.decrypt(factor.secretEncrypted, phoneContext(userId))
      : null;
  }

  async function notifyByMail(
    userId: string,
    message: 'backupCodesGenerated' | 'backupCodeUsed',
    params: Record<string, unknown> = {},
  ) {
    const user = await userOrThrow(userId);
    const t = translator(localeOf(user));
    const keys = {
      backupCodesGenerated: {
        subject: 'factors.mail.backupCodesGenerated.subject',
        text: 'factors.mail.backupCodesGenerated.text',
      },
      backupCodeUsed: {
        subject: 'factors.mail.backupCodeUsed.subject',
        text: 'factors.mail.backupCodeUsed.text',
      },
    }[message];
    await mailer.send({
      to: user.email,
      subject: t(keys.subject),
      text: t(keys.text, { name: user.firstName, ...params }),
    });
  }

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

  /**
   * Sends a new code (voiding any open one) to `phone`, bound to the session and purpose. The
   * fourth send within 15 minutes for one account is refused before anything is sent.
   */
  async function sendSmsCode(
    key: ChallengeKey & { purpose: ChallengePurpose },
    phone: string,
    locale: Locale,
  ): Promise<void> {
    const now = clock.now();
    const code = newSmsCode();
    const stored = await repository.insertChallengeWithinLimit(
      {
        userId: key.userId,
        sessionId: key.sessionId,
        kind: 'sms',
        purpose: key.purpose,
        challengeHash: keyedHash.digest(hashPurpose.smsCode, code),
        target: phone,
        createdAt: now,
        expiresAt: new Date(now.getTime() + smsCodeLifetimeMs),
      },
      { max: smsMaxSendsPerWindow, since: new Date(now.getTime() - smsSendWindowMs) },
    );
    if (!stored) {
      await audit.record({ userId: key.userId, action: 'factors.sms_limit_reached' });
      throw factorsErrors.smsSendLimit();
    }
    await sms.send({ to: phone, text: translator(locale)('factors.sms.text', { code }) });
  }

  /** Checks an SMS code of this session and purpose; returns the challenge when it holds. */
  async function checkSmsCode(key: ChallengeKey, code: string) {
    const now = clock.now();
    const open = await repository.findOpenChallenge({ ...key, kind: 'sms' }, now);
    if (!open) return undefined;
    const counted = await repository.countAttempt(open.id, smsMaxAttempts, now);
    if (!counted) return undefined;
    if (!keyedHash.matches(hashPurpose.smsCode, code, counted.challengeHash)) return undefined;
    return (await repository.consumeChallenge(counted.id, now)) ? counted : undefined;
  }

  async function verifyBackupCode(userId: string, input: string): Promise<boolean> {
    const code = normaliseBackupCode(input);
    if (code === null) return false;
    const used = await repository.consumeBackupCode(
      userId,
      keyedHash.candidates(hashPurpose.backupCode, code),
      clock.now(),
    );
    if (!used) return false;
    const remaining = await repository.countUnusedBackupCodes(userId);
    await audit.record({ userId, action: 'factors.backup_code_used', details: { remaining } });
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

  /**
   * New backup codes replace all earlier ones; returned formatted, once, never stored plain.
   * Asked for on their own (not as part of an enrolment), the user's other sessions end.
   */
  async function newBackupCodes(userId: string, keepSessionId: string | null): Promise<string[]> {
    const codes = await generateBackupCodes(userId);
    await events.factorsChanged(userId, keepSessionId);
    return codes;
  }

  async function generateBackupCodes(userId: string): Promise<string[]> {
    const codes = Array.from({ length: backupCodeCount }, newBackupCode);
    await repository.replaceBackupCodes(
      userId,
      codes.map((code) => keyedHash.digest(hashPurpose.backupCode, code)),
      clock.now(),
    );
    await audit.record({ userId, action: 'factors.backup_codes_generated' });
    await notifyByMail(userId, 'backupCodesGenerated');
    return codes.map(formatBackupCode);
  }

  /** After a first factor is enrolled the user gets backup codes; later enrolments leave them. */
  async function afterEnrolment(userId: string, sessionId: string, factor: SecondFactor) {
    await audit.record({
      userId,
      action: 'factors.added',
      subjectType: 'second_factor',
      subjectId: factor.id,
      details: { factor: factor.kind },
    });
    const backupCodes =
      (await repository.countUnusedBackupCodes(userId)) === 0
        ? await generateBackupCodes(userId)
        : null;
    await events.factorsChanged(userId, sessionId);
    return { factor: summarise(factor), backupCodes };
  }

  return {
    /**
     * Key rotation: re-seals every TOTP seed and SMS phone number not yet under the current key.
     * (Backup codes and other keyed hashes cannot be re-computed: the old key stays configured
     * as long as they may be in use, see docs/security.md.)
     */
    async reencryptSecrets(): Promise<{ reencrypted: number; unreadable: number }> {
      let reencrypted = 0;
      let unreadable = 0;
      let after: string | null = null;
      for (;;) {
        const rows = await repository.listSealed(after, 500);
        for (const factor of rows) {
          if (!factor.secretEncrypted || !secretBox.needsReencryption(factor.secretEncrypted)) {
            continue;
          }
          const context =
            factor.kind === 'sms' ? phoneContext(factor.userId) : totpContext(factor.userId);
          try {
            const clear = secretBox.decrypt(factor.secretEncrypted, context);
            await repository.replaceSealed(factor.id, secretBox.encrypt(clear, context));
            reencrypted++;
          } catch {
            unreadable++;
          }
        }
        after = rows.at(-1)?.id ?? null;
        if (rows.length < 500) break;
      }
      return { reencrypted, unreadable };
    },
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

    async listFactors(userId: string) {
      const factors = await repository.listSecondFactors(userId);
      const phone = await verifiedPhone(userId);
      return {
        factors: factors.map(summarise),
        maskedPhone: phone === null ? null : maskPhone(phone),
        backupCodesRemaining: await repository.countUnusedBackupCodes(userId),
      };
    },

    /**
     * Enrols an authenticator app at once; returns the secret and the otpauth:// URI. Only for
     * seeding known accounts (demo, tests): users enrol with `startTotpEnrolment` + confirm.
     */
    async enrolTotp(userId: string, accountLabel: string, givenSecret?: string) {
      const secret = givenSecret ?? newTotpSecret();
      await repository.insertSecondFactor({
        userId,
        kind: 'totp',
        // No label: the web shows the kind's name in the user's language.
        label: null,
        secretEncrypted: secretBox.encrypt(secret, totpContext(userId)),
        createdAt: clock.now(),
      });
      await audit.record({ userId, action: 'factors.added', details: { factor: 'totp' } });
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
      const factor = await repository.insertSecondFactor({
        userId,
        kind: 'totp',
        // No label: the web shows the kind's name in the user's language.
        label: null,
        secretEncrypted: secretBox.encrypt(secret, totpContext(userId)),
        // The confirming code is spent: it cannot also log in.
        lastUsedStep: step,
        createdAt: now,
      });
      return afterEnrolment(userId, sessionId, factor);
    },

    /** Sends a code to a new mobile number; the number counts only once the code comes back. */
    async startSmsEnrolment(userId: string, sessionId: string, phoneInput: string) {
      const phone = normalisePhone(phoneInput);
      if (phone === null) throw factorsErrors.invalidPhone();
      const user = await userOrThrow(userId);
      await sendSmsCode(
        { userId, sessionId, kind: 'sms', purpose: 'enrol' },
        phone,
        localeOf(user),
      );
      return { maskedPhone: maskPhone(phone) };
    },

    async confirmSmsEnrolment(userId: string, sessionId: string, code: string) {
      const challenge = await checkSmsCode(
        { userId, sessionId, kind: 'sms', purpose: 'enrol' },
        code,
      );
      if (!challenge?.target) throw factorsErrors.enrolmentFailed();
      const now = clock.now();
      // One SMS factor per account: a new number replaces the old one.
      for (const old of await repository.listSecondFactors(userId)) {
        if (old.kind === 'sms') await repository.deleteSecondFactor(userId, old.id);
      }
      const factor = await repository.insertSecondFactor({
        userId,
        kind: 'sms',
        label: maskPhone(challenge.target),
        // The number is personal data: sealed like a TOTP seed, bound to this user.
        secretEncrypted: secretBox.encrypt(challenge.target, phoneContext(userId)),
        createdAt: now,
      });
      return afterEnrolment(userId, sessionId, factor);
    },

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
      const factor = await repository.insertSecondFactor({
        userId,
        kind: 'webauthn',
        label: label ?? null,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        signCount: credential.counter,
        transports: credential.transports ?? null,
        createdAt: now,
      });
      return afterEnrolment(userId, sessionId, factor);
    },

    /** Removes a factor, never the last one: the account would be left with a password only. */
    async removeFactor(userId: string, factorId: string, keepSessionId: string | null) {
      const factors = await repository.listSecondFactors(userId);
      const target = factors.find((factor) => factor.id === factorId);
      if (!target) throw factorsErrors.notFound();
      if (factors.length <= 1) throw factorsErrors.lastFactor();
      await repository.deleteSecondFactor(userId, factorId);
      await audit.record({
        userId,
        action: 'factors.removed',
        subjectType: 'second_factor',
        subjectId: factorId,
        details: { factor: target.kind },
      });
      await events.factorsChanged(userId, keepSessionId);
    },

    generateBackupCodes: newBackupCodes,
  };
}

export type FactorsUseCases = ReturnType<typeof createFactorsUseCases>;
