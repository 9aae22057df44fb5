import {
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employees } from '../employees/employees.table.js';
import { employers } from '../organisation/organisation.table.js';
import { memberships, users } from '../users/users.table.js';

/**
 * The datakluis (data vault): an employee's BSN and address/contact details, sealed with
 * AES-256-GCM (platform/crypto/secret-box.ts). Each value is bound to its employer and employee
 * as additional data, so a value copied to another row does not decrypt. Names stay in
 * `employees` (docs/decisions/005-vault-holds-bsn-and-address.md).
 */
export const vaultPersonalData = pgTable(
  'vault_personal_data',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    /** The sealed 9 digits; null when no BSN is known. */
    bsnSealed: text('bsn_sealed'),
    /** The sealed JSON of address, phone, private e-mail and letters-by-e-mail. */
    contactSealed: text('contact_sealed').notNull(),
    /** The key both values are sealed with: key rotation re-encrypts rows of older keys. */
    keyId: text('key_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.employerId, table.employeeId] }),
    foreignKey({
      name: 'vault_personal_data_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    index('vault_personal_data_key_id_idx').on(table.keyId),
  ],
);

/**
 * A signed agreement (gebruikersovereenkomst): who signed which exact text, when and from where.
 * Until the employer has one for the current user agreement, nobody of it can work.
 */
export const vaultAgreements = pgTable(
  'vault_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    /** user_agreement (the one signed at first login) */
    document: text('document').notNull(),
    version: text('version').notNull(),
    /** SHA-256 (hex) of the exact text that was shown and signed. */
    textSha256: text('text_sha256').notNull(),
    signedBy: uuid('signed_by')
      .notNull()
      .references(() => users.id),
    /** The legally authorised person (rechtsbevoegde persoon) the super user signs for. */
    authorisedName: text('authorised_name').notNull(),
    authorisedEmail: text('authorised_email').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    ip: text('ip').notNull(),
    userAgent: text('user_agent'),
  },
  (table) => [
    tenantIsolation(table.employerId),
    index('vault_agreements_employer_idx').on(table.employerId, table.document),
  ],
);

/** Who may open the vault at an employer: `admin` (datakluisbeheerder) or `access`. */
export const vaultMembers = pgTable(
  'vault_members',
  {
    employerId: uuid('employer_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** admin | access */
    level: text('level').notNull(),
    grantedBy: uuid('granted_by').references(() => users.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.employerId, table.userId] }),
    // Only a user of the employer can be granted its vault.
    foreignKey({
      name: 'vault_members_membership_fk',
      columns: [table.userId, table.employerId],
      foreignColumns: [memberships.userId, memberships.employerId],
    }),
    check('vault_members_level_check', sql`${table.level} in ('admin', 'access')`),
  ],
);

/** Beheeracties: a user's request for vault access, decided by a vault admin. */
export const vaultAccessRequests = pgTable(
  'vault_access_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id').notNull(),
    userId: uuid('user_id').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** pending | approved | refused */
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'vault_access_requests_membership_fk',
      columns: [table.userId, table.employerId],
      foreignColumns: [memberships.userId, memberships.employerId],
    }),
    index('vault_access_requests_employer_status_idx').on(table.employerId, table.status),
    // One open request per user and employer.
    uniqueIndex('vault_access_requests_pending_key')
      .on(table.employerId, table.userId)
      .where(sql`${table.status} = 'pending'`),
    check(
      'vault_access_requests_status_check',
      sql`${table.status} in ('pending', 'approved', 'refused')`,
    ),
  ],
);
