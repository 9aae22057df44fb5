import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';

/** A second factor of a user. Secrets are stored encrypted (platform/crypto). */
export const secondFactors = pgTable(
  'second_factors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** totp (more kinds follow with the login issue) */
    kind: text('kind').notNull(),
    label: text('label'),
    secretEncrypted: text('secret_encrypted'),
    /** TOTP: the last accepted time step, so a code is accepted once. */
    lastUsedStep: bigint('last_used_step', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('second_factors_user_idx').on(table.userId)],
);

/** Server-side sessions; only a SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** password_verified (waiting for the second factor) | authenticated */
    stage: text('stage').notNull(),
    activeEmployerId: uuid('active_employer_id').references(() => employers.id),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);
