import { z } from 'zod';

/**
 * Webhooks (issue 13): an employer may have Verzuim post its events to one endpoint of its HR
 * system, signed in the Standard Webhooks format (docs/webhooks.md). Configured on the page
 * "Koppelingen"; the secret is shown once, when made or rotated.
 */

/** The events an endpoint may subscribe to. `webhook.test` is sent only by the test button. */
export const webhookEventTypes = [
  'case.opened',
  'case.changed',
  'case.closed',
  'task.due',
  'case.withdrawn',
] as const;
export const webhookEventTypeSchema = z.enum(webhookEventTypes);
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;
export const webhookTestEvent = 'webhook.test';
export type WebhookDeliveredType = WebhookEventType | typeof webhookTestEvent;

export const webhookSettingsSchema = z.object({
  configured: z.boolean(),
  url: z.string().nullable(),
  enabled: z.boolean(),
  events: z.array(webhookEventTypeSchema),
  /** When the secret was made or last rotated (the secret itself is never read back). */
  secretCreatedAt: z.iso.datetime().nullable(),
});
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;

export const saveWebhookSchema = z
  .object({
    url: z.url().max(2000),
    enabled: z.boolean(),
    events: z
      .array(webhookEventTypeSchema)
      .refine((events) => new Set(events).size === events.length, {
        params: { code: 'duplicate_event' },
      }),
  })
  .strict();
export type SaveWebhook = z.infer<typeof saveWebhookSchema>;

/** The settings with the secret: the answer that made or rotated it, and only that one. */
export const webhookWithSecretSchema = z.object({
  settings: webhookSettingsSchema,
  secret: z.string().nullable(),
});
export type WebhookWithSecret = z.infer<typeof webhookWithSecretSchema>;

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const;

export const webhookAttemptSchema = z.object({
  at: z.iso.datetime(),
  /** The HTTP status the endpoint answered; null when no answer came (see `error`). */
  statusCode: z.number().int().nullable(),
  durationMs: z.number().int(),
  error: z.string().nullable(),
  /** The first bytes of the answer's body, at most `webhookResponseExcerptBytes`. */
  responseExcerpt: z.string().nullable(),
});
export type WebhookAttempt = z.infer<typeof webhookAttemptSchema>;

export const webhookDeliverySchema = z.object({
  /** The `webhook-id` header: the same on every attempt, for the receiver to drop repeats. */
  id: z.string(),
  type: z.string(),
  createdAt: z.iso.datetime(),
  status: z.enum(webhookDeliveryStatuses),
  nextAttemptAt: z.iso.datetime().nullable(),
  attempts: z.array(webhookAttemptSchema),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryListSchema = z.object({ deliveries: z.array(webhookDeliverySchema) });
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryListSchema>;

export const webhookResponseExcerptBytes = 512;
