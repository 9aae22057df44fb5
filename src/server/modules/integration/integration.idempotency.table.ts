import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employers } from '../organisation/organisation.table.js';
import { apiClients } from './integration.clients.table.js';

/**
 * The answers to `POST /api/v1/…` requests sent with an `Idempotency-Key` header (SPEC.md §2.10):
 * per API client and key, the SHA-256 of the operation and body it came with and the answer
 * given. The row is inserted in the request's own transaction before the work, so a concurrent
 * duplicate waits on it and then replays the answer; a refused request stores nothing.
 */
export const apiIdempotencyKeys = pgTable(
  'api_idempotency_keys',
  {
    clientId: uuid('client_id')
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    requestHash: text('request_hash').notNull(),
    /** Null until the request's work is done, in the same transaction (so never seen null). */
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.clientId, table.key] }),
  ],
);
