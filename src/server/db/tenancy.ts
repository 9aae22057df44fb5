import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';

declare const authorizedEmployer: unique symbol;
declare const tenantTransaction: unique symbol;

/**
 * An employer id that the auth layer has checked the actor may act for. Repositories of tenant
 * data take this type, so an id straight from a URL does not compile there.
 */
export type AuthorizedEmployerId = string & { readonly [authorizedEmployer]: true };

/** Only for the auth layer and for trusted system code (seeding, jobs) that acts for an employer. */
export function trustEmployerId(employerId: string): AuthorizedEmployerId {
  return employerId as AuthorizedEmployerId;
}

/**
 * A transaction that runs as the row-level-security role with one employer set: every query in it
 * sees and writes only that employer's rows, whatever its WHERE clause says. Repositories of tenant
 * tables take this type, so they cannot be handed the unrestricted connection by mistake.
 */
export type TenantDb = Db & { readonly [tenantTransaction]: AuthorizedEmployerId };

/**
 * Runs `work` in a transaction as `verzuim_tenant` with `app.employer_id` set, both LOCAL so they
 * end with the transaction. On PGlite (one connection) everything inside must use `tx`: a query on
 * the outer `db` would wait for this transaction forever. Write audit entries after it returns.
 */
export async function inTenant<T>(
  db: Db,
  employerId: AuthorizedEmployerId,
  work: (tx: TenantDb) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role verzuim_tenant`);
    await tx.execute(sql`select set_config('app.employer_id', ${employerId}, true)`);
    return work(tx as unknown as TenantDb);
  });
}
