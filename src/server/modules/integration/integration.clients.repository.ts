import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { apiClients, apiTokens } from './integration.clients.table.js';

export type ApiClientRow = typeof apiClients.$inferSelect;

/** A bearer token as a request is matched to it: its client, employer and scopes. */
export type ApiTokenGrant = { clientId: string; employerId: string; scopes: string[] };

/** The employer's clients, in its tenant transaction. */
export function createApiClientsRepository(tx: TenantDb) {
  return {
    list(employerId: AuthorizedEmployerId): Promise<ApiClientRow[]> {
      return tx
        .select()
        .from(apiClients)
        .where(eq(apiClients.employerId, employerId))
        .orderBy(asc(apiClients.createdAt), asc(apiClients.id));
    },

    async find(employerId: AuthorizedEmployerId, id: string): Promise<ApiClientRow | undefined> {
      const [row] = await tx
        .select()
        .from(apiClients)
        .where(and(eq(apiClients.employerId, employerId), eq(apiClients.id, id)));
      return row;
    },

    async insert(
      values: Pick<ApiClientRow, 'employerId' | 'name' | 'scopes' | 'secretHash' | 'createdBy'> & {
        createdAt: Date;
      },
    ): Promise<ApiClientRow> {
      const [row] = await tx.insert(apiClients).values(values).returning();
      if (!row) throw new Error('insert returned no api client');
      return row;
    },

    /** Sets a live client's new secret or revocation; undefined when it is revoked or absent. */
    async updateLive(
      employerId: AuthorizedEmployerId,
      id: string,
      set: Partial<
        Pick<ApiClientRow, 'secretHash' | 'rotatedBy' | 'rotatedAt' | 'revokedBy' | 'revokedAt'>
      >,
    ): Promise<ApiClientRow | undefined> {
      const [row] = await tx
        .update(apiClients)
        .set(set)
        .where(
          and(
            eq(apiClients.employerId, employerId),
            eq(apiClients.id, id),
            sql`${apiClients.revokedAt} is null`,
          ),
        )
        .returning();
      return row;
    },

    /** Ends every token of the client at once (rotation, revocation). */
    async deleteTokensOf(clientId: string): Promise<void> {
      await tx.delete(apiTokens).where(eq(apiTokens.clientId, clientId));
    },

    async insertToken(values: typeof apiTokens.$inferInsert, now: Date): Promise<void> {
      // The client's expired tokens go as a new one comes, so the table stays small.
      await tx
        .delete(apiTokens)
        .where(and(eq(apiTokens.clientId, values.clientId), lte(apiTokens.expiresAt, now)));
      await tx.insert(apiTokens).values(values);
    },
  };
}

/**
 * What is read before any employer is known, on the owner connection: a client by its id (the
 * token request names it) and a bearer token by its hash (every `/api/v1` request).
 */
export function createApiCredentialsRepository(db: Db) {
  return {
    async findClient(id: string): Promise<ApiClientRow | undefined> {
      const [row] = await db.select().from(apiClients).where(eq(apiClients.id, id));
      return row;
    },

    /** The grant of a live token: not expired, and its client not revoked. */
    async findGrant(tokenHash: string, now: Date): Promise<ApiTokenGrant | undefined> {
      const [row] = await db
        .select({
          clientId: apiTokens.clientId,
          employerId: apiTokens.employerId,
          scopes: apiTokens.scopes,
        })
        .from(apiTokens)
        .innerJoin(apiClients, eq(apiClients.id, apiTokens.clientId))
        .where(
          and(
            eq(apiTokens.tokenHash, tokenHash),
            gt(apiTokens.expiresAt, now),
            sql`${apiClients.revokedAt} is null`,
          ),
        );
      return row;
    },
  };
}
