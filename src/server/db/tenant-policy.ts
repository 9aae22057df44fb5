import { type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, pgPolicy, pgRole } from 'drizzle-orm/pg-core';

// The row-level-security policy of tenant tables, apart from tenancy.ts so that table files do
// not import the connection (which imports every table through db/schema.ts).

/**
 * The database role every tenant query runs as. It owns nothing, so PostgreSQL applies the
 * policies below to it (the migrating user owns the tables and would bypass them). Created by
 * migration 0001, idempotently, because roles belong to the whole server, not one database.
 */
export const tenantRole = pgRole('verzuim_tenant').existing();

/** The employer of the current transaction, or NULL when none was set (then no row matches). */
export const currentTenant = sql`nullif(current_setting('app.employer_id', true), '')::uuid`;

/**
 * The policy of every tenant table: rows are visible and writable only when their `employer_id`
 * is the transaction's employer. Use it in the table's extra config:
 * `(table) => [tenantIsolation(table.employerId), …]`.
 */
export function tenantIsolation(employerId: AnyPgColumn): ReturnType<typeof pgPolicy> {
  const sameEmployer: SQL = sql`${employerId} = ${currentTenant}`;
  return pgPolicy('tenant_isolation', {
    as: 'permissive',
    for: 'all',
    to: tenantRole,
    using: sameEmployer,
    withCheck: sameEmployer,
  });
}
