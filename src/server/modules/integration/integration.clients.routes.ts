import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiClientListSchema,
  apiClientParamsSchema,
  apiClientSchema,
  apiClientWithSecretSchema,
  newApiClientSchema,
} from '../../../contracts/api-clients.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import type { ApiClientsUseCases } from './integration.clients.usecases.js';

const tags = ['integration'];
const permission = 'integration.clients' as const;
const refusals = { 401: errorResponseSchema, 403: errorResponseSchema };
const refusalsOfOne = { ...refusals, 404: errorResponseSchema, 409: errorResponseSchema };

/** Page "Koppelingen": the employer's API clients, for its integration super users. */
export async function apiClientsRoutes(
  app: FastifyInstance,
  { clients }: { clients: ApiClientsUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/integration/clients',
    {
      config: { permission },
      schema: {
        tags,
        summary: "The employer's API clients, revoked ones included (never a secret)",
        response: { 200: apiClientListSchema, ...refusals },
      },
    },
    async (request) => ({
      clients: await clients.listApiClients(await request.requireActor(permission)),
    }),
  );

  routes.post(
    '/api/integration/clients',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'A new API client; its secret is in this answer only (audited)',
        body: newApiClientSchema,
        response: { 201: apiClientWithSecretSchema, 400: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor(permission);
      return reply.status(201).send(await clients.createApiClient(actor, request.body));
    },
  );

  routes.post(
    '/api/integration/clients/:clientId/rotate',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'A new secret (shown once); the old one and its tokens stop at once (audited)',
        params: apiClientParamsSchema,
        response: { 200: apiClientWithSecretSchema, ...refusalsOfOne },
      },
    },
    async (request) =>
      clients.rotateApiClient(await request.requireActor(permission), request.params.clientId),
  );

  routes.post(
    '/api/integration/clients/:clientId/revoke',
    {
      config: { permission },
      schema: {
        tags,
        summary: 'Revokes the client for good: its tokens stop at once (audited)',
        params: apiClientParamsSchema,
        response: { 200: apiClientSchema, ...refusalsOfOne },
      },
    },
    async (request) =>
      clients.revokeApiClient(await request.requireActor(permission), request.params.clientId),
  );
}
