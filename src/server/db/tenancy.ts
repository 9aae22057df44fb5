import { sql } from 'drizzle-orm';
import { type Db, preludedTransactionOf } from './connection.js';

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

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `work` in a transaction as `verzuim_tenant` with `app.employer_id` set, both LOCAL so they
 * end with the transaction. Role and employer go to the database with BEGIN, in one round trip
 * (the id is checked to be a uuid, so it can be written into that statement). One use case opens
 * one such transaction and writes its audit entries in it (`auditBy` in platform/audit); a use
 * case called from another takes the caller's `tx`. On PGlite (one connection) everything inside
 * must use `tx`: a query on the outer `db` would wait for this transaction forever.
 */
export async function inTenant<T>(
  db: Db,
  employerId: AuthorizedEmployerId,
  work: (tx: TenantDb) => Promise<T>,
): Promise<T> {
  if (!uuidPattern.test(employerId)) throw new Error('a tenant id must be a uuid');
  const preluded = preludedTransactionOf(db);
  if (preluded) {
    return preluded(
      `set local role verzuim_tenant; select set_config('app.employer_id', '${employerId}', true)`,
      (tx) => work(tx as TenantDb),
    );
  }
  // A transaction handle (nested use): a savepoint, with the settings as their own statements.
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role verzuim_tenant`);
    await tx.execute(sql`select set_config('app.employer_id', ${employerId}, true)`);
    return work(tx as unknown as TenantDb);
  });
}

/**
 * Maintenance across employers (key rotation, the startup check of seal contexts): for each
 * employer, `work` reads one batch of rows after a cursor and handles them, inside one tenant
 * transaction per batch; batches go on while they come back full.
 */
export async function inTenantBatches<Row>(
  db: Db,
  employerIds: readonly AuthorizedEmployerId[],
  batch: { size: number; cursorOf: (row: Row) => string },
  work: (
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    after: string | null,
    limit: number,
  ) => Promise<Row[]>,
): Promise<void> {
  for (const employerId of employerIds) {
    let after: string | null = null;
    for (;;) {
      const cursor: string | null = after;
      const rows = await inTenant(db, employerId, (tx) => work(tx, employerId, cursor, batch.size));
      const last = rows.at(-1);
      if (last === undefined || rows.length < batch.size) break;
      after = batch.cursorOf(last);
    }
  }
}
