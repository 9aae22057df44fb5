import { and, eq } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { apiIdempotencyKeys } from './integration.idempotency.table.js';

export type StoredAnswer = { requestHash: string; statusCode: number | null; response: unknown };

/** The `Idempotency-Key` rows of an API client, in the request's tenant transaction. */
export function createIdempotencyRepository(tx: TenantDb) {
  return {
    /**
     * Takes the key for this request: true when it was free. A concurrent request that took the
     * same key first makes this wait until that one's transaction ends; then false when it
     * committed (its answer is stored), true when it rolled back.
     */
    async claim(
      employerId: AuthorizedEmployerId,
      clientId: string,
      key: string,
      requestHash: string,
    ): Promise<boolean> {
      const inserted = await tx
        .insert(apiIdempotencyKeys)
        .values({ employerId, clientId, key, requestHash })
        .onConflictDoNothing()
        .returning({ key: apiIdempotencyKeys.key });
      return inserted.length === 1;
    },

    async stored(clientId: string, key: string): Promise<StoredAnswer | undefined> {
      const [row] = await tx
        .select({
          requestHash: apiIdempotencyKeys.requestHash,
          statusCode: apiIdempotencyKeys.statusCode,
          response: apiIdempotencyKeys.response,
        })
        .from(apiIdempotencyKeys)
        .where(and(eq(apiIdempotencyKeys.clientId, clientId), eq(apiIdempotencyKeys.key, key)));
      return row;
    },

    async answer(clientId: string, key: string, statusCode: number, response: unknown) {
      await tx
        .update(apiIdempotencyKeys)
        .set({ statusCode, response })
        .where(and(eq(apiIdempotencyKeys.clientId, clientId), eq(apiIdempotencyKeys.key, key)));
    },
  };
}
