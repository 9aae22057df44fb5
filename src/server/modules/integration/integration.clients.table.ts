import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';

/**
 * An employer's API client (SPEC.md §2.10): the credentials of its HR system on `/api/v1`. The
 * secret is stored as its SHA-256 (`hashSecretToken`); who made, rotated and revoked it, and when,
 * stay on the row. Revoked clients are kept (the audit log names them), never deleted.
 */
export const apiClients = pgTable(
  'api_clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    name: text('name').notNull(),
    /** A subset of `apiScopes` (contracts/api-clients.ts). */
    scopes: text('scopes').array().notNull(),
    secretHash: text('secret_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    rotatedBy: uuid('rotated_by').references(() => users.id),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    tenantIsolation(table.employerId),
    index('api_clients_employer_created_idx').on(table.employerId, table.createdAt),
    unique('api_clients_employer_id_key').on(table.employerId, table.id),
  ],
);

/**
 * A bearer token of the client-credentials grant, stored as its SHA-256, valid until
 * `expiresAt`. Not tenant data under row-level security: a request is matched to its token
 * before any employer is known (as a session cookie or a calendar feed). Revoking or rotating
 * the client deletes its tokens, and a token counts only while its client is not revoked.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    /** The scopes granted: the client's, or the subset the token request asked for. */
    scopes: text('scopes').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('api_tokens_client_idx').on(table.clientId)],
);
