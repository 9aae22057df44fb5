import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../users/users.table.js';

/**
 * A second factor of a user: an authenticator app (totp), a verified mobile number (sms) or a
 * security key (webauthn). Backup codes are kept apart in `backup_codes`.
 */
export const secondFactors = pgTable(
  'second_factors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** totp | sms | webauthn */
    kind: text('kind').notNull(),
    label: text('label'),
    /** TOTP: the seed, encrypted with the secret box (context bound to the user). */
    secretEncrypted: text('secret_encrypted'),
    /** TOTP: the last accepted time step, so a code is accepted once. */
    lastUsedStep: bigint('last_used_step', { mode: 'number' }),
    /** WebAuthn: credential id (base64url), public key (base64url), signature counter, transports. */
    credentialId: text('credential_id'),
    publicKey: text('public_key'),
    signCount: bigint('sign_count', { mode: 'number' }),
    transports: jsonb('transports').$type<string[]>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [
    index('second_factors_user_idx').on(table.userId),
    uniqueIndex('second_factors_credential_id_key').on(table.credentialId),
  ],
);

/** Single-use backup codes, stored only as keyed hashes (HMAC-SHA-256 with a server pepper). */
export const backupCodes = pgTable(
  'backup_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHmac: text('code_hmac').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** Set when a newer set replaced this one. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    index('backup_codes_user_idx').on(table.userId),
    uniqueIndex('backup_codes_hmac_key').on(table.codeHmac),
  ],
);

/**
 * Short-lived challenges bound to one session and purpose: an SMS code (stored as HMAC) or a
 * WebAuthn challenge. Single use, limited attempts.
 */
export const factorChallenges = pgTable(
  'factor_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    sessionId: uuid('session_id'),
    /** sms | webauthn */
    kind: text('kind').notNull(),
    /** login | step_up | enrol */
    purpose: text('purpose').notNull(),
    challengeHash: text('challenge_hash').notNull(),
    /** For an SMS enrolment: the number being verified. */
    target: text('target'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (table) => [index('factor_challenges_user_created_idx').on(table.userId, table.createdAt)],
);
