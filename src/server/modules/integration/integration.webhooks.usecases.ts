import { randomUUID } from 'node:crypto';
import {
  type SaveWebhook,
  type WebhookDelivery,
  type WebhookDeliveredType,
  type WebhookEventType,
  webhookEventTypeSchema,
  webhookResponseExcerptBytes,
  type WebhookSettings,
  webhookTestEvent,
  type WebhookWithSecret,
} from '../../../contracts/webhooks.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { auditBy, type AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { SecretBox } from '../../platform/crypto/secret-box.js';
import { errors } from '../../platform/errors.js';
import { type PostOutcome, postJson } from '../../platform/webhooks/post.js';
import { newWebhookSecret, webhookHeaders } from '../../platform/webhooks/standard-webhooks.js';
import type { EmployerActor } from '../users/users.policies.js';
import {
  createWebhooksRepository,
  employersWithDueDeliveries,
  employersWithEndpoints,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from './integration.webhooks.repository.js';

/** The recurring job that delivers what is due (scheduled in main.ts). */
export const webhooksDispatchJob = 'webhooks-dispatch';

/** Attempts per delivery, the first included; the waits between them double from 30 seconds. */
export const webhookMaxAttempts = 8;
const firstRetrySeconds = 30;
const timeoutMs = 10_000;
/** How long a dispatcher holds a claimed delivery: the timeout and a margin. */
const claimSeconds = 60;
const deliveriesShown = 50;

/** The wait before attempt `attempt + 1` after attempt `attempt` failed. */
export function retryDelaySeconds(attempt: number): number {
  return firstRetrySeconds * 2 ** (attempt - 1);
}

export type WebhooksDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  secretBox: SecretBox;
  /** Outside production an endpoint may be plain http and on this host (tests, development). */
  allowInsecureEndpoints: boolean;
  /** The HTTP client; tests may replace it, the default guards against SSRF. */
  post?: typeof postJson;
};

/**
 * What happened, as a lower module tells it in its transaction: a change of a case (the cases
 * port `CaseEvents`) or a task whose due date came (the tasks port `TaskEvents`).
 */
export type WebhookEvent = {
  type: WebhookEventType;
  data: Record<string, unknown>;
};

const secretContext = (employerId: string) => `webhook_endpoints.secret:${employerId}`;

/**
 * Webhooks of an employer (page "Koppelingen"): its endpoint, the events enqueued in the
 * transaction of the change they report (an outbox row each), and their delivery with retries.
 */
export function createWebhooksUseCases(dependencies: WebhooksDependencies) {
  const { db, clock, audit, secretBox } = dependencies;
  const post = dependencies.post ?? postJson;

  function settingsOf(row: WebhookEndpointRow | undefined): WebhookSettings {
    if (!row)
      return { configured: false, url: null, enabled: false, events: [], secretCreatedAt: null };
    return {
      configured: true,
      url: row.url,
      enabled: row.enabled,
      events: row.events.filter(
        (event): event is WebhookEventType => webhookEventTypeSchema.safeParse(event).success,
      ),
      secretCreatedAt: row.secretCreatedAt.toISOString(),
    };
  }

  function sealed(employerId: AuthorizedEmployerId, secret: string) {
    return {
      sealedSecret: secretBox.encrypt(secret, secretContext(employerId)),
      secretCreatedAt: clock.now(),
    };
  }

  function checkUrl(url: string) {
    const { protocol } = new URL(url);
    const allowed =
      protocol === 'https:' || (protocol === 'http:' && dependencies.allowInsecureEndpoints);
    if (!allowed) throw errors.invalidField('url', 'webhook_url_https');
  }

  /** The outbox row of one event: its body as signed, in the standard's `type/timestamp/data`. */
  function enqueue(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    type: WebhookDeliveredType,
    data: Record<string, unknown>,
    claimedUntil: Date | null = null,
  ): Promise<WebhookDeliveryRow> {
    const createdAt = clock.now();
    const id = randomUUID();
    const body = JSON.stringify({ id, type, timestamp: createdAt.toISOString(), data });
    return createWebhooksRepository(tx, employerId).addDelivery({
      id,
      type,
      body,
      createdAt,
      claimedUntil,
    });
  }

  function endpointOf(employerId: AuthorizedEmployerId, row: WebhookEndpointRow) {
    return { url: row.url, secret: secretBox.decrypt(row.sealedSecret, secretContext(employerId)) };
  }

  /** One attempt of a claimed delivery, outside any transaction; its outcome is logged. */
  async function attempt(
    employerId: AuthorizedEmployerId,
    delivery: WebhookDeliveryRow,
    endpoint: { url: string; secret: string },
  ): Promise<PostOutcome> {
    const at = clock.now();
    const headers = webhookHeaders({
      secret: endpoint.secret,
      id: delivery.id,
      timestamp: Math.floor(at.getTime() / 1000),
      body: delivery.body,
    });
    const outcome = await post(endpoint.url, headers, delivery.body, {
      timeoutMs,
      excerptBytes: webhookResponseExcerptBytes,
      publicAddressesOnly: !dependencies.allowInsecureEndpoints,
    });
    const delivered =
      outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const attemptCount = delivery.attemptCount + 1;
    const lastAttempt = attemptCount >= webhookMaxAttempts;
    await inTenant(db, employerId, (tx) =>
      createWebhooksRepository(tx, employerId).recordAttempt(
        delivery.id,
        { at, ...outcome },
        {
          attemptCount,
          status: delivered ? 'delivered' : lastAttempt ? 'failed' : 'pending',
          nextAttemptAt:
            delivered || lastAttempt
              ? null
              : new Date(at.getTime() + retryDelaySeconds(attemptCount) * 1000),
        },
      ),
    );
    return outcome;
  }

  /** Claims the employer's due deliveries and the endpoint's url and secret, in one transaction. */
  function claim(employerId: AuthorizedEmployerId, now: Date, limit: number) {
    return inTenant(db, employerId, async (tx) => {
      const repository = createWebhooksRepository(tx, employerId);
      const endpoint = await repository.endpoint();
      if (!endpoint) return { endpoint: undefined, deliveries: [] };
      return {
        endpoint: endpointOf(employerId, endpoint),
        deliveries: await repository.claimDue(now, claimSeconds, limit),
      };
    });
  }

  async function viewsOf(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
  ): Promise<WebhookDelivery[]> {
    const rows = await createWebhooksRepository(tx, employerId).recentDeliveries(deliveriesShown);
    return rows.map(({ delivery, attempts }) => ({
      id: delivery.id,
      type: delivery.type,
      createdAt: delivery.createdAt.toISOString(),
      status: delivery.status as WebhookDelivery['status'],
      nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
      attempts: attempts.map((row) => ({
        at: row.at.toISOString(),
        statusCode: row.statusCode,
        durationMs: row.durationMs,
        error: row.error,
        responseExcerpt: row.responseExcerpt,
      })),
    }));
  }

  return {
    getWebhook(actor: EmployerActor): Promise<WebhookSettings> {
      return inTenant(db, actor.employerId, async (tx) =>
        settingsOf(await createWebhooksRepository(tx, actor.employerId).endpoint()),
      );
    },

    /** Sets url, switch and events; the first save makes the secret, shown in this answer only. */
    async saveWebhook(actor: EmployerActor, input: SaveWebhook): Promise<WebhookWithSecret> {
      checkUrl(input.url);
      return inTenant(db, actor.employerId, async (tx) => {
        const repository = createWebhooksRepository(tx, actor.employerId);
        const existing = await repository.endpoint();
        const secret = existing ? null : newWebhookSecret();
        const row = await repository.saveEndpoint(
          { url: input.url, enabled: input.enabled, events: [...input.events] },
          existing ?? sealed(actor.employerId, secret ?? ''),
        );
        await auditBy(audit, actor).record(
          {
            action: 'webhooks.configured',
            subjectType: 'webhook',
            subjectId: actor.employerId,
            details: { url: input.url, enabled: input.enabled, events: input.events },
          },
          tx,
        );
        return { settings: settingsOf(row), secret };
      });
    },

    /** A new secret, shown once; the old one signs nothing from now on. */
    rotateWebhookSecret(actor: EmployerActor): Promise<WebhookWithSecret> {
      const secret = newWebhookSecret();
      return inTenant(db, actor.employerId, async (tx) => {
        const row = await createWebhooksRepository(tx, actor.employerId).setSecret(
          sealed(actor.employerId, secret),
        );
        if (!row) throw errors.notFound();
        await auditBy(audit, actor).record(
          {
            action: 'webhooks.secret_rotated',
            subjectType: 'webhook',
            subjectId: actor.employerId,
          },
          tx,
        );
        return { settings: settingsOf(row), secret };
      });
    },

    /**
     * Removes the webhook: the endpoint, its secret, and its outbox with the delivery log, so
     * nothing pending is sent after. Audited; a new save starts afresh with a new secret.
     */
    deleteWebhook(actor: EmployerActor): Promise<void> {
      return inTenant(db, actor.employerId, async (tx) => {
        if (!(await createWebhooksRepository(tx, actor.employerId).deleteEndpoint())) {
          throw errors.notFound();
        }
        await auditBy(audit, actor).record(
          { action: 'webhooks.deleted', subjectType: 'webhook', subjectId: actor.employerId },
          tx,
        );
      });
    },

    /** The delivery log: the newest deliveries, each with its attempts. */
    listWebhookDeliveries(actor: EmployerActor): Promise<WebhookDelivery[]> {
      return inTenant(db, actor.employerId, (tx) => viewsOf(tx, actor.employerId));
    },

    /**
     * A `webhook.test` message, enqueued and attempted at once (also while the endpoint is
     * switched off), so the user sees the answer; a failure is retried as any delivery is.
     */
    async sendTestEvent(actor: EmployerActor): Promise<WebhookDelivery> {
      const { delivery, endpoint } = await inTenant(db, actor.employerId, async (tx) => {
        const row = await createWebhooksRepository(tx, actor.employerId).endpoint();
        if (!row) throw errors.notFound();
        // Claimed from the start: the dispatcher leaves it to this request's attempt.
        const claimedUntil = new Date(clock.now().getTime() + claimSeconds * 1000);
        const added = await enqueue(
          tx,
          actor.employerId,
          webhookTestEvent,
          { message: 'Test event from Verzuim' },
          claimedUntil,
        );
        await auditBy(audit, actor).record(
          { action: 'webhooks.test_sent', subjectType: 'webhook', subjectId: actor.employerId },
          tx,
        );
        return { delivery: added, endpoint: endpointOf(actor.employerId, row) };
      });
      await attempt(actor.employerId, delivery, endpoint);
      const views = await inTenant(db, actor.employerId, (tx) => viewsOf(tx, actor.employerId));
      const view = views.find((candidate) => candidate.id === delivery.id);
      if (!view) throw new Error('the test delivery is gone');
      return view;
    },

    /**
     * The events ports of the cases and tasks modules: in the transaction of the change, an
     * outbox row per event the employer's endpoint is on for and subscribes to. Exactly one per
     * change; the endpoint is read once for all the events told together.
     */
    async eventsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      events: readonly WebhookEvent[],
    ): Promise<void> {
      if (events.length === 0) return;
      const endpoint = await createWebhooksRepository(tx, employerId).endpoint();
      if (!endpoint?.enabled) return;
      for (const event of events) {
        if (endpoint.events.includes(event.type)) {
          await enqueue(tx, employerId, event.type, event.data);
        }
      }
    },

    /**
     * One round of the dispatcher (the `webhooks-dispatch` job): every due delivery of every
     * employer is attempted once; a failure waits twice as long as the one before it.
     */
    async dispatch(): Promise<{ attempted: number }> {
      const now = clock.now();
      let attempted = 0;
      const failures: unknown[] = [];
      for (const employerId of await employersWithDueDeliveries(db, now)) {
        // One employer's failure (a secret that no longer opens, say) must not hold up the
        // others' deliveries: it is reported after the round, to the job runner's log.
        try {
          const { endpoint, deliveries } = await claim(employerId, now, 20);
          if (!endpoint) continue;
          for (const delivery of deliveries) {
            await attempt(employerId, delivery, endpoint);
            attempted += 1;
          }
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length > 0) {
        throw new AggregateError(
          failures,
          `webhooks-dispatch: ${failures.length} employer(s) failed; ${attempted} attempts made for the others`,
        );
      }
      return { attempted };
    },

    /**
     * Key rotation (`npm run vault:rotate-keys`): every endpoint secret sealed under an older key
     * is re-sealed under the current one, keeping its creation time; one that does not open is
     * left as it is and counted.
     */
    async reencryptSecrets(): Promise<{ reencrypted: number; unreadable: number }> {
      let reencrypted = 0;
      let unreadable = 0;
      for (const employerId of await employersWithEndpoints(db)) {
        await inTenant(db, employerId, async (tx) => {
          const repository = createWebhooksRepository(tx, employerId);
          const row = await repository.endpoint();
          if (!row || !secretBox.needsReencryption(row.sealedSecret)) return;
          let secret: string;
          try {
            secret = secretBox.decrypt(row.sealedSecret, secretContext(employerId));
          } catch {
            unreadable++;
            return;
          }
          await repository.setSecret({
            sealedSecret: secretBox.encrypt(secret, secretContext(employerId)),
            secretCreatedAt: row.secretCreatedAt,
          });
          reencrypted++;
        });
      }
      return { reencrypted, unreadable };
    },
  };
}

export type WebhooksUseCases = ReturnType<typeof createWebhooksUseCases>;
