import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employers } from '../organisation/organisation.table.js';

/**
 * An employer's webhook endpoint (issue 13), at most one. The signing secret is sealed with the
 * secret box (it must be read to sign, so it cannot be a hash), bound to the employer as context.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    employerId: uuid('employer_id')
      .primaryKey()
      .references(() => employers.id),
    url: text('url').notNull(),
    enabled: boolean('enabled').notNull(),
    /** A subset of `webhookEventTypes` (contracts/webhooks.ts). */
    events: text('events').array().notNull(),
    sealedSecret: text('sealed_secret').notNull(),
    secretCreatedAt: timestamp('secret_created_at', { withTimezone: true }).notNull(),
  },
  (table) => [tenantIsolation(table.employerId)],
);

/**
 * The transactional outbox of the webhooks: one row per event, written in the transaction of the
 * change it reports, then delivered (and retried with backoff) by the `webhooks-dispatch` job.
 * Its id is the message's `webhook-id`, the same on every attempt.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    type: text('type').notNull(),
    /** The JSON body as signed and sent. */
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** pending | delivered | failed (no attempts left). */
    status: text('status').notNull(),
    attemptCount: integer('attempt_count').notNull().default(0),
    /** When the next attempt is due; null once delivered or failed. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    /** Claimed by a dispatcher until then, so two instances never post one attempt twice. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
  },
  (table) => [
    tenantIsolation(table.employerId),
    index('webhook_deliveries_employer_created_idx').on(table.employerId, table.createdAt),
    index('webhook_deliveries_due_idx').on(table.nextAttemptAt),
  ],
);

/** The delivery log: each attempt with its answer (status, duration, error, a short excerpt). */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    deliveryId: uuid('delivery_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
    responseExcerpt: text('response_excerpt'),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({ columns: [table.deliveryId], foreignColumns: [webhookDeliveries.id] }).onDelete(
      'cascade',
    ),
    index('webhook_attempts_delivery_idx').on(table.deliveryId, table.at),
  ],
);
