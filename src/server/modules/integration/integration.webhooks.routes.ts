import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  saveWebhookSchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookSettingsSchema,
  webhookWithSecretSchema,
} from '../../../contracts/webhooks.js';
import type { WebhooksUseCases } from './integration.webhooks.usecases.js';

const tags = ['integration'];
const permission = 'integration.clients' as const;
const refusals = { 401: errorResponseSchema, 403: errorResponseSchema };

/** Page "Koppelingen": the employer's webhook, for its integration super users. */
export async function webhooksRoutes(
  app: FastifyInstance,
  { webhooks }: { webhooks: WebhooksUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/integration/webhook',
    {
      config: { permission },
      schema: {
        tags,
        summary: "The employer's webhook endpoint and events (never its secret)",
        response: { 200: webhookSettingsSchema, ...refusals },
      },
    },
    async (request) => webhooks.getWebhook(await request.requireActor(permission)),
  );

  routes.put(
    '/api/integration/webhook',
    {
      config: { permission },
      schema: {
        tags,
        summary:
          'Sets the endpoint, its switch and events; the first save makes the secret, shown in this answer only (audited)',
        body: saveWebhookSchema,
        response: { 200: webhookWithSecretSchema, 400: errorResponseSchema, ...refusals },
      },
    },
    async (request) => webhooks.saveWebhook(await request.requireActor(permission), request.body),
  );

  routes.delete(
    '/api/integration/webhook',
    {
      config: { permission },
      schema: {
        tags,
        summary:
          'Removes the webhook: endpoint, secret, pending messages and delivery log (audited)',
        response: { 204: z.null(), 404: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      await webhooks.deleteWebhook(await request.requireActor(permission));
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/integration/webhook/rotate',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'A new signing secret (shown once); the old one signs nothing more (audited)',
        response: { 200: webhookWithSecretSchema, 404: errorResponseSchema, ...refusals },
      },
    },
    async (request) => webhooks.rotateWebhookSecret(await request.requireActor(permission)),
  );

  routes.post(
    '/api/integration/webhook/test',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Sends a webhook.test message now and answers with its delivery (audited)',
        response: { 200: webhookDeliverySchema, 404: errorResponseSchema, ...refusals },
      },
    },
    async (request) => webhooks.sendTestEvent(await request.requireActor(permission)),
  );

  routes.get(
    '/api/integration/webhook/deliveries',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'The delivery log: the newest deliveries with every attempt',
        response: { 200: webhookDeliveryListSchema, ...refusals },
      },
    },
    async (request) => ({
      deliveries: await webhooks.listWebhookDeliveries(await request.requireActor(permission)),
    }),
  );
}
