import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import { worklistQuerySchema, worklistResponseSchema } from '../../../contracts/worklist.js';
import type { WorklistUseCases } from './worklist.usecases.js';

/** Werklijst: across employers, so no employer need be chosen in the header first. */
export async function worklistRoutes(
  app: FastifyInstance,
  options: { worklist: WorklistUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/api/worklist',
    {
      config: { permission: 'worklist.read', acrossEmployers: true },
      schema: {
        tags: ['worklist'],
        summary: "A casemanager's or bedrijfsarts's work across the employers assigned to them",
        querystring: worklistQuerySchema,
        response: {
          200: worklistResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const actor = await request.requireActorAcrossEmployers('worklist.read');
      return options.worklist.worklist(actor, request.query, request.locale);
    },
  );
}
