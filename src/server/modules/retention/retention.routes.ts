import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  retentionEraseRequestSchema,
  retentionEraseResponseSchema,
  retentionPreviewResponseSchema,
} from '../../../contracts/retention.js';
import { offboardingRoutes } from './retention.offboarding.routes.js';
import { subjectAccessRoutes } from './retention.subject-access.routes.js';
import type { RetentionUseCases } from './retention.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const permission = 'retention.manage' as const;

/** Bewaartermijnen: the operator admin's preview and "Nu opschonen", across employers. */
export async function retentionRoutes(
  app: FastifyInstance,
  options: { retention: RetentionUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { retention } = options;
  await app.register(subjectAccessRoutes, { retention });
  await app.register(offboardingRoutes, { retention });

  routes.get(
    '/api/retention/preview',
    {
      config: { permission, acrossEmployers: true },
      schema: {
        tags: ['retention'],
        summary: 'What is expired per employer, and what a dossier tag keeps (retention.manage)',
        response: { 200: retentionPreviewResponseSchema, ...refusals },
      },
    },
    async (request) => {
      await request.requireActorAcrossEmployers(permission);
      return retention.retentionPreview();
    },
  );

  routes.post(
    '/api/retention/erase',
    {
      config: { permission, acrossEmployers: true },
      schema: {
        tags: ['retention'],
        summary: "Erase an employer's expired data now, or one dossier's (retention.manage)",
        body: retentionEraseRequestSchema,
        response: { 200: retentionEraseResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActorAcrossEmployers(permission);
      return retention.eraseNow(actor, request.body);
    },
  );
}
