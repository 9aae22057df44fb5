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
  formatBackupCode,
  newBackupCode,
  newSmsCode,
  smsCodeLifetimeMs,
  smsMaxAttempts,
  smsMaxSendsPerWindow,
  smsSendWindowMs,
} from './factors.models.js';
import {
  type ChallengeKey,
  createFactorsRepository,
  type FactorsRepository,
  type SecondFactor,
} from './factors.repository.js';

type NewSecondFactor = Parameters<FactorsRepository['insertSecondFactor']>[0];

/** What a challenge is for: a code for a login cannot complete a step-up, or an enrolment. */
export type ChallengePurpose = 'login' | 'step_up' | 'enrol';

export function totpContext(userId: string): string {
  return `second_factor:${userId}`;
}

export function phoneContext(userId: string): string {
  return `second_factor_phone:${userId}`;
}

export const hashPurpose = {
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

export function summarise(factor: SecondFactor): FactorSummary {
  return {
    id: factor.id,
    kind: factor.kind as FactorSummary['kind'],
    label: factor.label,
    createdAt: factor.createdAt.toISOString(),
    lastUsedAt: factor.lastUsedAt?.toISOString() ?? null,
  };
}

/** The challenge a browser signed, read from its clientDataJSON (checked again by the library). */
export function challengeOf(response: { response?: unknown }): string | undefined {
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

/** What the factor operations are made from (modules.ts wires the other modules in). */
export type FactorsDependencies = {
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
};

/** What the factor operations share: the repository, mails, SMS codes, backup codes. */
export function createFactorsContext({
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
}: FactorsDependencies) {
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
    message: 'backupCodesGenerated' | 'backupCodeUsed' | 'phoneChanged',
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
      phoneChanged: {
        subject: 'factors.mail.phoneChanged.subject',
        text: 'factors.mail.phoneChanged.text',
      },
    }[message];
    await mailer.send({
      to: user.email,
      subject: t(keys.subject),
      text: t(keys.text, { name: user.firstName, ...params }),
    });
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
    if ('refused' in stored) {
      await audit.record({ userId: key.userId, action: 'factors.sms_limit_reached' });
      const allowedAt = stored.refused.oldest.getTime() + smsSendWindowMs;
      throw factorsErrors.smsSendLimit(
        Math.max(1, Math.ceil((allowedAt - now.getTime()) / 60_000)),
      );
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

  /**
   * One use case, one transaction: the factor tables through a repository over `tx`, and the
   * audit entry written with `tx`, so it commits with the change it records. Mails go after.
   */
  const inTransaction = <T>(work: (repository: FactorsRepository, tx: Db) => Promise<T>) =>
    db.transaction((tx) => work(createFactorsRepository(tx), tx));

  async function generateBackupCodes(userId: string): Promise<string[]> {
    const codes = Array.from({ length: backupCodeCount }, newBackupCode);
    await inTransaction(async (repository, tx) => {
      await repository.replaceBackupCodes(
        userId,
        codes.map((code) => keyedHash.digest(hashPurpose.backupCode, code)),
        clock.now(),
      );
      await audit.record({ userId, action: 'factors.backup_codes_generated' }, tx);
    });
    await notifyByMail(userId, 'backupCodesGenerated');
    return codes.map(formatBackupCode);
  }

  /**
   * A proven factor is stored with its audit entry in one transaction (`replaces`: an SMS factor
   * takes the place of the earlier number). After a first factor the user gets backup codes;
   * later enrolments leave them.
   */
  async function addFactor(
    sessionId: string,
    values: NewSecondFactor,
    replaces?: (repository: FactorsRepository, tx: Db) => Promise<void>,
  ) {
    const userId = values.userId;
    const factor = await inTransaction(async (repository, tx) => {
      await replaces?.(repository, tx);
      const inserted = await repository.insertSecondFactor(values);
      await audit.record(
        {
          userId,
          action: 'factors.added',
          subjectType: 'second_factor',
          subjectId: inserted.id,
          details: { factor: inserted.kind },
        },
        tx,
      );
      return inserted;
    });
    const backupCodes =
      (await repository.countUnusedBackupCodes(userId)) === 0
        ? await generateBackupCodes(userId)
        : null;
    await events.factorsChanged(userId, sessionId);
    return { factor: summarise(factor), backupCodes };
  }

  return {
    db,
    clock,
    secretBox,
    keyedHash,
    audit,
    users,
    webAuthn,
    events,
    repository,
    inTransaction,
    userOrThrow,
    verifiedPhone,
    notifyByMail,
    sendSmsCode,
    checkSmsCode,
    generateBackupCodes,
    addFactor,
  };
}

export type FactorsContext = ReturnType<typeof createFactorsContext>;
