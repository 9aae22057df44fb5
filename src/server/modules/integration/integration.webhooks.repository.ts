import { and, asc, desc, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, type TenantDb, trustEmployerId } from '../../db/tenancy.js';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from './integration.webhooks.table.js';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;

/** The employer's endpoint, outbox and delivery log, in its tenant transaction. */
export function createWebhooksRepository(tx: TenantDb, employerId: AuthorizedEmployerId) {
  return {
    async endpoint(): Promise<WebhookEndpointRow | undefined> {
      const [row] = await tx
        .select()
        .from(webhookEndpoints)
        .where(eq(webhookEndpoints.employerId, employerId));
      return row;
    },

    async saveEndpoint(
      values: Omit<WebhookEndpointRow, 'employerId' | 'sealedSecret' | 'secretCreatedAt'>,
      secret: Pick<WebhookEndpointRow, 'sealedSecret' | 'secretCreatedAt'>,
    ): Promise<WebhookEndpointRow> {
      const [row] = await tx
        .insert(webhookEndpoints)
        .values({ ...values, ...secret, employerId })
        .onConflictDoUpdate({ target: webhookEndpoints.employerId, set: values })
        .returning();
      if (!row) throw new Error('no webhook endpoint saved');
      return row;
    },

    /** The endpoint with its whole outbox and log: what was sent there is its business alone. */
    async deleteEndpoint(): Promise<boolean> {
      await tx.delete(webhookAttempts).where(eq(webhookAttempts.employerId, employerId));
      await tx.delete(webhookDeliveries).where(eq(webhookDeliveries.employerId, employerId));
      const removed = await tx
        .delete(webhookEndpoints)
        .where(eq(webhookEndpoints.employerId, employerId))
        .returning({ employerId: webhookEndpoints.employerId });
      return removed.length > 0;
    },

    async setSecret(
      secret: Pick<WebhookEndpointRow, 'sealedSecret' | 'secretCreatedAt'>,
    ): Promise<WebhookEndpointRow | undefined> {
      const [row] = await tx
        .update(webhookEndpoints)
        .set(secret)
        .where(eq(webhookEndpoints.employerId, employerId))
        .returning();
      return row;
    },

    async addDelivery(
      values: Pick<WebhookDeliveryRow, 'id' | 'type' | 'body' | 'createdAt' | 'claimedUntil'>,
    ): Promise<WebhookDeliveryRow> {
      const [row] = await tx
        .insert(webhookDeliveries)
        .values({ ...values, employerId, status: 'pending', nextAttemptAt: values.createdAt })
        .returning();
      if (!row) throw new Error('no webhook delivery added');
      return row;
    },

    /**
     * Claims up to `limit` deliveries due at `now` for `claimSeconds`: rows another dispatcher
     * holds are skipped, so one attempt is never posted twice at once.
     */
    claimDue(now: Date, claimSeconds: number, limit: number): Promise<WebhookDeliveryRow[]> {
      const due = tx
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.employerId, employerId),
            eq(webhookDeliveries.status, 'pending'),
            lte(webhookDeliveries.nextAttemptAt, now),
            or(isNull(webhookDeliveries.claimedUntil), lt(webhookDeliveries.claimedUntil, now)),
          ),
        )
        .orderBy(asc(webhookDeliveries.nextAttemptAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      return tx
        .update(webhookDeliveries)
        .set({ claimedUntil: new Date(now.getTime() + claimSeconds * 1000) })
        .where(inArray(webhookDeliveries.id, due))
        .returning();
    },

    async delivery(id: string): Promise<WebhookDeliveryRow | undefined> {
      const [row] = await tx
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.employerId, employerId), eq(webhookDeliveries.id, id)));
      return row;
    },

    async recordAttempt(
      deliveryId: string,
      attempt: Omit<WebhookAttemptRow, 'id' | 'employerId' | 'deliveryId'>,
      next: Pick<WebhookDeliveryRow, 'status' | 'attemptCount' | 'nextAttemptAt'>,
    ): Promise<void> {
      await tx.insert(webhookAttempts).values({ ...attempt, employerId, deliveryId });
      await tx
        .update(webhookDeliveries)
        .set({ ...next, claimedUntil: null })
        .where(
          and(eq(webhookDeliveries.employerId, employerId), eq(webhookDeliveries.id, deliveryId)),
        );
    },

    /** The newest deliveries with their attempts, oldest attempt first. */
    async recentDeliveries(
      limit: number,
    ): Promise<{ delivery: WebhookDeliveryRow; attempts: WebhookAttemptRow[] }[]> {
      const deliveries = await tx
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.employerId, employerId))
        .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
        .limit(limit);
      if (deliveries.length === 0) return [];
      const attempts = await tx
        .select()
        .from(webhookAttempts)
        .where(
          and(
            eq(webhookAttempts.employerId, employerId),
            inArray(
              webhookAttempts.deliveryId,
              deliveries.map((delivery) => delivery.id),
            ),
          ),
        )
        .orderBy(asc(webhookAttempts.at));
      return deliveries.map((delivery) => ({
        delivery,
        attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id),
      }));
    },
  };
}

export type WebhooksRepository = ReturnType<typeof createWebhooksRepository>;

/**
 * The employers with a delivery due at `now`: the dispatcher's one read across tenants (ids
 * only, on the unrestricted connection), before it works each employer in its own transaction.
 */
export async function employersWithDueDeliveries(
  db: Db,
  now: Date,
): Promise<AuthorizedEmployerId[]> {
  const rows = await db
    .selectDistinct({ employerId: webhookDeliveries.employerId })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, 'pending'),
        lte(webhookDeliveries.nextAttemptAt, now),
        or(isNull(webhookDeliveries.claimedUntil), lt(webhookDeliveries.claimedUntil, now)),
      ),
    );
  return rows.map((row) => trustEmployerId(row.employerId));
}

/** The employers with an endpoint: key rotation's read across tenants (ids only). */
export async function employersWithEndpoints(db: Db): Promise<AuthorizedEmployerId[]> {
  const rows = await db.select({ employerId: webhookEndpoints.employerId }).from(webhookEndpoints);
  return rows.map((row) => trustEmployerId(row.employerId));
}
