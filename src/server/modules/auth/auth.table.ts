import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';

/** Server-side sessions; only a SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** password_verified (waiting for the second factor) | setup_required (first login) | authenticated */
    stage: text('stage').notNull(),
    activeEmployerId: uuid('active_employer_id').references(() => employers.id),
    /** When a second factor was last proven in this session: step-up needs it within 5 minutes. */
    secondFactorAt: timestamp('second_factor_at', { withTimezone: true }),
    /** When the password was last re-entered in this session (step-up). */
    passwordAt: timestamp('password_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** logout | expired | password_changed | admin | … */
    endReason: text('end_reason'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/**
 * Single-use e-mailed links (set password, reset password, confirm e-mail): a 256-bit random
 * token of which only the SHA-256 is stored.
 */
export const emailTokens = pgTable(
  'email_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** set_password | reset_password | confirm_email */
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    data: jsonb('data').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('email_tokens_user_purpose_idx').on(table.userId, table.purpose)],
);
